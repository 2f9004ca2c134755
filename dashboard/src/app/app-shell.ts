import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../../../protocol/i18n.js';
import { logout } from '../data/auth.js';
import { LiveStatusController } from '../data/live-status.js';
import { ResourceController } from '../data/resource.js';
import { getVenue } from '../data/venue.js';
import { LocaleController } from '../i18n/controller.js';
import { DEFAULT_ZONE, zoneName } from '../i18n/format.js';
import '../pages/login/login-page.js';
import { installGlobalStyles, installPageNumbers } from '../ui/global-styles.js';
import type { PageRoute } from './page.js';
import { paths } from './paths.js';
import { ROUTES } from './routes.js';
import type { Services } from './services.js';
import { shell } from './shell-messages.js';

/** A page under a navigation entry (a session's desk is under "Hari ujian" /sesi). */
function within(nav: PageRoute, active: PageRoute | undefined): boolean {
  return nav.pattern !== '/' && active !== undefined && active.pattern.startsWith(`${nav.pattern}/`);
}

/**
 * The app: login when nobody is logged in, otherwise the header (venue, navigation, live state,
 * language, logout) around the current page. Pages' code loads on first visit.
 */
export class SiapApp extends LitElement {
  static override properties = { services: { attribute: false } };
  declare services: Services;
  readonly #l = new LocaleController(this);
  #live: LiveStatusController | undefined;
  #venue: ResourceController<Awaited<ReturnType<typeof getVenue>> | null> | undefined;
  readonly #loaded = new Map<string, 'ok' | 'failed'>();
  #offs: Array<() => void> = [];

  override connectedCallback(): void {
    installGlobalStyles(this.ownerDocument);
    super.connectedCallback();
    const { session, router, live, api } = this.services;
    this.#live ??= new LiveStatusController(this, live);
    this.#venue ??= new ResourceController(this, {
      load: async () => {
        if (!session.loggedIn) return null;
        const state = await getVenue(api);
        if (state.venue) this.#l.locale.setZone(state.venue.timeZone);
        return state;
      },
      live,
      topics: ['venue'],
    });
    this.#offs = [
      session.subscribe(() => {
        void this.#venue?.reload();
        this.requestUpdate();
      }),
      router.subscribe(() => this.requestUpdate()),
    ];
    router.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#offs.forEach((off) => off());
    this.services.router.stop();
  }

  static override styles = css`
    :host {
      display: block;
      min-height: 100vh;
    }
    header {
      display: flex;
      align-items: center;
      gap: 0.5rem 1rem;
      flex-wrap: wrap;
      padding: 0.5rem 1rem;
      background: #0f2740;
      color: #fff;
    }
    .brand {
      font-weight: 700;
      font-size: 1.1rem;
      color: #fff;
      text-decoration: none;
    }
    .venue {
      color: #c9d6e3;
      font-size: 0.9rem;
    }
    nav {
      display: flex;
      gap: 0.15rem;
      flex-wrap: wrap;
      flex: 1;
    }
    nav a {
      color: #dce6f0;
      text-decoration: none;
      padding: 0.3rem 0.6rem;
      border-radius: 6px;
    }
    nav a:hover {
      background: #ffffff22;
    }
    nav a[aria-current='page'],
    nav a[aria-current='location'] {
      background: #fff;
      color: #0f2740;
      font-weight: 600;
    }
    .tools {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      font-size: 0.9rem;
    }
    .live {
      display: inline-flex;
      align-items: center;
      gap: 0.3rem;
    }
    .live::before {
      content: '';
      width: 0.6rem;
      height: 0.6rem;
      border-radius: 50%;
      background: #9aa5b1;
    }
    .live[data-status='open']::before {
      background: #4ac26b;
    }
    .live[data-status='waiting']::before {
      background: #f0883e;
    }
    .lang button,
    .logout {
      font: inherit;
      font-size: 0.85rem;
      background: transparent;
      color: #fff;
      border: 1px solid #ffffff66;
      padding: 0.15rem 0.45rem;
      cursor: pointer;
    }
    .lang button:first-child {
      border-radius: 5px 0 0 5px;
    }
    .lang button:last-child {
      border-radius: 0 5px 5px 0;
      border-left: 0;
    }
    .lang button[aria-pressed='true'] {
      background: #fff;
      color: #0f2740;
    }
    .logout {
      border-radius: 5px;
    }
    main {
      padding: 1rem;
      max-width: 110rem;
      margin: 0 auto;
    }
    .skip {
      position: absolute;
      left: -999px;
    }
    .skip:focus {
      left: 0.5rem;
      top: 0.5rem;
      background: #fff;
      padding: 0.4rem;
      z-index: 10;
    }
    .fail {
      border: 1px solid var(--siap-bad);
      background: var(--siap-bad-bg);
      padding: 0.8rem;
      border-radius: var(--siap-radius);
    }
    /* A phone: one line for the name and tools, one sideways-scrolling line of menu, 44 px targets. */
    @media (max-width: 600px) {
      header {
        padding: 0.25rem 0.5rem;
        gap: 0.25rem 0.5rem;
      }
      .venue,
      .live .word,
      .user {
        display: none;
      }
      .tools {
        margin-left: auto;
        gap: 0.4rem;
      }
      nav {
        order: 3;
        flex: 1 0 100%;
        flex-wrap: nowrap;
        overflow-x: auto;
        scrollbar-width: none;
      }
      nav a {
        white-space: nowrap;
        display: inline-flex;
        align-items: center;
        min-height: 44px;
      }
      .lang button,
      .logout {
        min-height: 44px;
        min-width: 44px;
      }
      main {
        padding: 0.5rem;
      }
    }
    @media print {
      header,
      .skip {
        display: none;
      }
      main {
        padding: 0;
        max-width: none;
      }
    }
  `;

  override render() {
    installPageNumbers(this.#l.lang, this.ownerDocument);
    const { session, router } = this.services;
    if (!session.loggedIn) {
      document.title = `${this.#l.t({ id: 'Masuk', en: 'Log in' })} — SiapCAT`;
      return html`<siap-login-page .services=${this.services}></siap-login-page>`;
    }
    const match = router.current;
    const route = match && ROUTES.find((r) => r.pattern === match.pattern);
    document.title = `${this.#l.t(route?.title ?? shell.notFound)} — SiapCAT`;
    const body = route && match ? this.#page(route, match.params, match.query) : this.#notFound();
    if (route?.chrome === 'bare') return body;
    return html`<a class="skip" href="#main">${this.#l.t(shell.skip)}</a>${this.#header(route)}<main id="main">${body}</main>`;
  }

  #header(active: PageRoute | undefined): TemplateResult {
    const t = this.#l.t;
    const venue = this.#venue?.value?.venue;
    const status = this.#live?.status ?? 'idle';
    return html`<header>
      <a class="brand" href=${paths.overview()}>SiapCAT</a>
      <span class="venue">${venue?.name ? `${venue.name} · ` : ''}${zoneName(venue?.timeZone ?? DEFAULT_ZONE)}</span>
      <nav aria-label=${t(shell.menu)}>
        ${ROUTES.filter((r) => r.nav).map(
          (r) =>
            html`<a href=${r.pattern} aria-current=${r === active ? 'page' : within(r, active) ? 'location' : 'false'}>${t(r.nav!)}</a>`,
        )}
      </nav>
      <div class="tools">
        <span class="live" data-status=${status} title=${t(shell.liveHint)} aria-label=${t(shell.live[status])}><span class="word">${t(shell.live[status])}</span></span>
        ${this.#langToggle()}
        <span class="user">${this.services.session.username}</span>
        <button class="logout" @click=${() => void logout(this.services.api)}>${t(shell.logout)}</button>
      </div>
    </header>`;
  }

  #langToggle(): TemplateResult {
    const set = (lang: Lang) => () => this.#l.locale.setLang(lang);
    return html`<span class="lang" role="group" aria-label=${this.#l.t(shell.language)}>
      <button lang="id" aria-pressed=${this.#l.lang === 'id'} @click=${set('id')}>ID</button
      ><button lang="en" aria-pressed=${this.#l.lang === 'en'} @click=${set('en')}>EN</button>
    </span>`;
  }

  #page(route: PageRoute, params: Record<string, string>, query: URLSearchParams): TemplateResult | typeof nothing {
    const state = this.#loaded.get(route.pattern);
    if (state === 'failed') {
      return html`<div class="fail" role="alert">
        ${this.#l.t(shell.chunkFailed)} <button @click=${() => location.reload()}>${this.#l.t(shell.reload)}</button>
      </div>`;
    }
    if (state !== 'ok') {
      route.load().then(
        () => this.#loaded.set(route.pattern, 'ok'),
        () => this.#loaded.set(route.pattern, 'failed'),
      ).finally(() => this.requestUpdate());
      return html`<p>${this.#l.t({ id: 'Memuat…', en: 'Loading…' })}</p>`;
    }
    return route.render({ services: this.services, params, query });
  }

  #notFound(): TemplateResult {
    return html`<h1>${this.#l.t(shell.notFound)}</h1>
      <p><a href=${paths.overview()}>${this.#l.t(shell.notFoundHelp)}</a></p>`;
  }
}
customElements.define('siap-app', SiapApp);

declare global {
  interface HTMLElementTagNameMap {
    'siap-app': SiapApp;
  }
}
