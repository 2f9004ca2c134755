import type { RegionVenuesResponse } from '../../../protocol/region-responses.js';

const TOKEN_KEY = 'siapcat.region.token';

export class RegionApiError extends Error {
  constructor(
    readonly status: number,
    readonly text: { id: string; en: string },
  ) {
    super(text.en);
  }
}

/**
 * The regional dashboard's data layer: the one place that knows the regional API's addresses.
 * The login token lives in sessionStorage (gone when the tab closes); a 401 ends it.
 */
export class RegionApi {
  #token: string | null;

  constructor(
    private readonly fetcher: typeof fetch = globalThis.fetch.bind(globalThis),
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = globalThis.sessionStorage,
  ) {
    this.#token = storage?.getItem(TOKEN_KEY) ?? null;
  }

  get loggedIn(): boolean {
    return this.#token !== null;
  }

  async login(username: string, password: string): Promise<void> {
    const body = await this.#call<{ token: string }>('POST', '/api/login', { username, password }, false);
    this.#token = body.token;
    this.storage?.setItem(TOKEN_KEY, body.token);
  }

  logout(): void {
    if (this.#token) void this.#call('POST', '/api/logout', undefined, true).catch(() => undefined);
    this.#token = null;
    this.storage?.removeItem(TOKEN_KEY);
  }

  venues(): Promise<RegionVenuesResponse> {
    return this.#call('GET', '/api/region/venues');
  }

  async #call<T>(method: string, path: string, body?: unknown, auth = true): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (auth && this.#token) headers.authorization = `Bearer ${this.#token}`;
    let res: Response;
    try {
      res = await this.fetcher(path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    } catch {
      throw new RegionApiError(0, {
        id: 'Layanan wilayah tidak terjangkau. Periksa jaringan lalu coba lagi.',
        en: 'The regional service cannot be reached. Check the network and try again.',
      });
    }
    const data = res.status === 204 ? undefined : await res.json().catch(() => undefined);
    if (!res.ok) {
      if (res.status === 401 && auth) {
        this.#token = null;
        this.storage?.removeItem(TOKEN_KEY);
      }
      const error = (data as { error?: { message?: string; en?: string } } | undefined)?.error;
      throw new RegionApiError(res.status, { id: error?.message ?? `HTTP ${res.status}`, en: error?.en ?? `HTTP ${res.status}` });
    }
    return data as T;
  }
}

export const regionPaths = {
  list: () => '/wilayah',
  venue: (id: string) => `/wilayah/${encodeURIComponent(id)}`,
};

/** The venue id of a /wilayah/:id address, or undefined for the list. */
export function venueIdOf(pathname: string): string | undefined {
  const m = /^\/wilayah\/([^/]+)\/?$/.exec(pathname);
  return m ? decodeURIComponent(m[1]!) : undefined;
}
