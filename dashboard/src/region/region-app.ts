import { css, html, LitElement, nothing } from 'lit';
import type { RegionVenue } from '../../../protocol/region-responses.js';
import { LocaleController } from '../i18n/controller.js';
import { formatDateTime } from '../i18n/format.js';
import { RegionApi, RegionApiError, regionPaths, venueIdOf } from './data.js';
import { regionStyles } from './styles.js';
import { venueCard } from './venue-card.js';
import { venueDetail } from './venue-detail.js';

/** The regional view refreshes this often (a venue's push reaches PostgreSQL within about a second). */
const REFRESH_MS = 5000;

/**
 * The regional dashboard (read-only): every venue with its light, when it was last heard, machines,
 * attendance per session and incidents; one venue in detail. Regional admin and monitor see the same.
 */
export class SiapRegionApp extends LitElement {
  static override properties = { api: { attribute: false }, now: { attribute: false } };
  declare api: RegionApi;
  /** The clock (tests pass a fixed one). */
  declare now: () => Date;
  readonly #l = new LocaleController(this);
  #venues: RegionVenue[] | undefined;
  #error: RegionApiError | undefined;
  #timer: ReturnType<typeof setInterval> | undefined;
  #path = location.pathname;
  readonly #onPop = () => {
    this.#path = location.pathname;
    void this.refresh();
  };

  constructor() {
    super();
    this.api = new RegionApi();
    this.now = () => new Date();
  }

  static override styles = [
    regionStyles,
    css`
      header {
        display: flex;
        align-items: center;
        gap: 1rem;
        padding: 0.6rem 1rem;
        background: var(--siap-accent);
        color: #fff;
      }
      header b {
        font-size: 1.1rem;
        flex: 1;
      }
      header button {
        background: transparent;
        color: #fff;
        border: 1px solid #fff8;
        border-radius: 4px;
        padding: 0.2rem 0.6rem;
        cursor: pointer;
      }
      main {
        padding: 1rem;
        max-width: 80rem;
        margin: 0 auto;
      }
      form {
        display: grid;
        gap: 0.5rem;
        max-width: 20rem;
      }
      .error {
        color: var(--siap-bad);
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.#onPop);
    this.#timer = setInterval(() => void this.refresh(), REFRESH_MS);
    void this.refresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.#onPop);
    clearInterval(this.#timer);
  }

  async refresh(): Promise<void> {
    if (!this.api.loggedIn) return this.requestUpdate();
    try {
      this.#venues = (await this.api.venues()).venues;
      this.#error = undefined;
    } catch (err) {
      this.#error = err instanceof RegionApiError ? err : new RegionApiError(0, { id: String(err), en: String(err) });
    }
    this.requestUpdate();
  }

  #navigate(event: MouseEvent): void {
    const a = event.composedPath().find((el): el is HTMLAnchorElement => el instanceof HTMLAnchorElement);
    if (!a || a.origin !== location.origin || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    history.pushState(null, '', a.pathname);
    this.#path = a.pathname;
    this.requestUpdate();
  }

  async #login(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    try {
      await this.api.login(String(form.get('username') ?? ''), String(form.get('password') ?? ''));
      this.#error = undefined;
      await this.refresh();
    } catch (err) {
      this.#error = err as RegionApiError;
      this.requestUpdate();
    }
  }

  override render() {
    const t = this.#l.t;
    const lang = this.#l.lang;
    return html`<header>
        <b>SiapCAT — ${t({ id: 'Pantauan wilayah', en: 'Regional view' })}</b>
        <button @click=${() => this.#l.locale.setLang(lang === 'id' ? 'en' : 'id')}>${lang === 'id' ? 'English' : 'Bahasa Indonesia'}</button>
        ${
          this.api.loggedIn
            ? html`<button @click=${() => (this.api.logout(), this.requestUpdate())}>${t({ id: 'Keluar', en: 'Log out' })}</button>`
            : nothing
        }
      </header>
      <main @click=${(e: MouseEvent) => this.#navigate(e)}>${this.api.loggedIn ? this.#page() : this.#loginForm()}</main>`;
  }

  #loginForm() {
    const t = this.#l.t;
    return html`<h1>${t({ id: 'Masuk', en: 'Log in' })}</h1>
      <form @submit=${(e: SubmitEvent) => this.#login(e)}>
        <label>${t({ id: 'Nama pengguna', en: 'Username' })} <input name="username" autocomplete="username" required /></label>
        <label>${t({ id: 'Kata sandi', en: 'Password' })} <input name="password" type="password" autocomplete="current-password" required /></label>
        <button type="submit">${t({ id: 'Masuk', en: 'Log in' })}</button>
        ${this.#error ? html`<p class="error" role="alert">${t(this.#error.text)}</p>` : nothing}
      </form>`;
  }

  #page() {
    const t = this.#l.t;
    const n = (v: number) => this.#l.number(v);
    const now = this.now();
    const error = this.#error ? html`<p class="error" role="alert">${t(this.#error.text)}</p>` : nothing;
    if (!this.#venues) return html`${error}<p class="muted">${t({ id: 'Memuat…', en: 'Loading…' })}</p>`;
    const id = venueIdOf(this.#path);
    if (id !== undefined) {
      const venue = this.#venues.find((v) => v.id === id);
      if (!venue)
        return html`${error}<p>${t({ id: `Lokasi ${id} tidak terdaftar.`, en: `Venue ${id} is not enrolled.` })} <a href=${regionPaths.list()}>←</a></p>`;
      return html`${error}${venueDetail(venue, now, t, n, (iso, zone) => (zone ? formatDateTime(iso, zone, this.#l.lang) : this.#l.dateTime(iso)))}`;
    }
    const count = (pred: (v: RegionVenue) => boolean) => this.#venues!.filter(pred).length;
    return html`${error}
      <h1>${t({ id: 'Semua lokasi', en: 'All venues' })}</h1>
      <div class="summary">
        <div><b>${n(this.#venues.length)}</b>${t({ id: 'lokasi', en: 'venues' })}</div>
        <div><b>${n(count((v) => v.verdict === 'ready'))}</b>${t({ id: 'siap', en: 'ready' })}</div>
        <div><b>${n(count((v) => v.verdict === 'not-ready' || v.verdict === 'incomplete'))}</b>${t({ id: 'belum siap', en: 'not ready' })}</div>
        <div><b>${n(count((v) => v.stale))}</b>${t({ id: 'terputus', en: 'stale' })}</div>
      </div>
      ${
        this.#venues.length === 0
          ? html`<p class="muted">${t({ id: 'Belum ada lokasi terdaftar.', en: 'No venues enrolled yet.' })}</p>`
          : this.#venues.map((v) => venueCard(v, now, t, n))
      }`;
  }
}
customElements.define('siap-region-app', SiapRegionApp);

declare global {
  interface HTMLElementTagNameMap {
    'siap-region-app': SiapRegionApp;
  }
}
