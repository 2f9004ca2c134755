/**
 * A small history router: patterns like `/ruang/:id`, real paths (deep links work because the
 * hub answers every page path with index.html), and in-app links that are plain `<a href>`:
 * clicks on same-origin links anywhere in the page (shadow DOM included) are handled here.
 */

export interface Match {
  pattern: string;
  params: Record<string, string>;
  query: URLSearchParams;
  path: string;
}

interface Compiled {
  pattern: string;
  regex: RegExp;
  keys: string[];
}

export function compile(pattern: string): Compiled {
  const keys: string[] = [];
  const source = pattern
    .split('/')
    .map((part) => {
      if (part.startsWith(':')) {
        keys.push(part.slice(1));
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return { pattern, regex: new RegExp(`^${source}/?$`), keys };
}

/** The first pattern that matches `url` (path and query), with its decoded parameters. */
export function matchPath(patterns: readonly Compiled[], url: string): Match | undefined {
  const parsed = new URL(url, 'http://x');
  for (const c of patterns) {
    const m = c.regex.exec(parsed.pathname);
    if (!m) continue;
    const params: Record<string, string> = {};
    try {
      c.keys.forEach((key, i) => (params[key] = decodeURIComponent(m[i + 1] ?? '')));
    } catch {
      continue; // a malformed %-escape is not this route
    }
    return { pattern: c.pattern, params, query: parsed.searchParams, path: parsed.pathname + parsed.search };
  }
  return undefined;
}

type WindowLike = Pick<Window, 'location' | 'history' | 'addEventListener' | 'removeEventListener' | 'scrollTo'>;

export class Router {
  readonly #compiled: Compiled[];
  readonly #listeners = new Set<() => void>();
  #current: Match | undefined;

  constructor(
    patterns: readonly string[],
    private readonly win: WindowLike = window,
  ) {
    this.#compiled = patterns.map(compile);
    this.#current = this.#resolve();
  }

  /** The matched route, or undefined for an unknown path (the app shows "not found"). */
  get current(): Match | undefined {
    return this.#current;
  }

  get path(): string {
    return this.win.location.pathname + this.win.location.search;
  }

  start(): void {
    this.win.addEventListener('popstate', this.#onPop);
    this.win.addEventListener('click', this.#onClick);
  }

  stop(): void {
    this.win.removeEventListener('popstate', this.#onPop);
    this.win.removeEventListener('click', this.#onClick);
  }

  navigate(path: string, options: { replace?: boolean } = {}): void {
    if (path === this.path) return;
    if (options.replace) this.win.history.replaceState(null, '', path);
    else this.win.history.pushState(null, '', path);
    this.#update();
    this.win.scrollTo(0, 0);
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #resolve(): Match | undefined {
    return matchPath(this.#compiled, this.path);
  }

  #update(): void {
    this.#current = this.#resolve();
    for (const listener of this.#listeners) listener();
  }

  #onPop = () => this.#update();

  #onClick = (event: Event) => {
    const e = event as MouseEvent;
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const anchor = e.composedPath().find((n): n is HTMLAnchorElement => n instanceof HTMLAnchorElement);
    if (!anchor || !anchor.href || anchor.target || anchor.hasAttribute('download')) return;
    const url = new URL(anchor.href);
    if (url.origin !== this.win.location.origin) return;
    if (!matchPath(this.#compiled, url.pathname + url.search)) return;
    e.preventDefault();
    this.navigate(url.pathname + url.search);
  };
}
