import { css, html, LitElement, nothing } from 'lit';
import type { Lang, Localized } from '../../../../protocol/i18n.js';
import type { Services } from '../../app/services.js';
import { health, login, setupAdmin } from '../../data/auth.js';
import { describeError } from '../../data/errors.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';

/**
 * The login page, shown whenever nobody is logged in (the address stays, so after logging in the
 * person lands on the page they asked for). Shows why they were sent here (session ended) and,
 * on a hub without an admin, the first-setup form.
 */
export class LoginPage extends LitElement {
  static override properties = {
    services: { attribute: false },
    _error: { state: true },
    _busy: { state: true },
    _setup: { state: true },
    _fingerprint: { state: true },
  };
  declare services: Services;
  declare _error: Localized | undefined;
  declare _busy: boolean;
  declare _setup: boolean;
  declare _fingerprint: string | undefined;
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this._busy = false;
    this._setup = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    health(this.services.api).then(
      (h) => {
        this._setup = h.setupRequired;
        this._fingerprint = h.caFingerprint;
      },
      () => undefined, // the login attempt will say the hub is unreachable
    );
  }

  static override styles = [
    page,
    css`
      :host {
        min-height: 100vh;
        display: grid;
        place-items: center;
        background: linear-gradient(160deg, #0f2740 0%, #1d4f7a 100%);
      }
      .card {
        width: min(26rem, 92vw);
        padding: 1.5rem;
        box-shadow: 0 10px 30px #0004;
      }
      form {
        display: grid;
        gap: 0.8rem;
        margin-top: 1rem;
      }
      label {
        display: grid;
      }
      .top {
        display: flex;
        justify-content: space-between;
        align-items: start;
        gap: 1rem;
      }
      .lang button {
        padding: 0.1rem 0.4rem;
        font-size: 0.8rem;
      }
      .lang button[aria-pressed='true'] {
        background: var(--siap-accent);
        color: #fff;
      }
      siap-notice {
        margin-top: 0.75rem;
      }
      p small {
        word-break: break-all;
      }
    `,
  ];

  override render() {
    const t = this.#l.t;
    const notice = this.services.session.notice;
    return html`<div class="card">
      <div class="top">
        <h1>${t(this._setup ? msg.setupTitle : msg.title)}</h1>
        <span class="lang" role="group" aria-label="Bahasa / Language">
          ${(['id', 'en'] as Lang[]).map(
            (lang) =>
              html`<button aria-pressed=${this.#l.lang === lang} @click=${() => this.#l.locale.setLang(lang)}>
                ${lang.toUpperCase()}
              </button>`,
          )}
        </span>
      </div>
      <p class="muted">${t(this._setup ? msg.setupLead : msg.lead)}</p>
      ${notice && !this._error ? html`<siap-notice kind="info" .text=${notice}></siap-notice>` : nothing}
      ${this._error ? html`<siap-notice .text=${this._error}></siap-notice>` : nothing}
      ${this._setup ? this.#setupForm() : this.#loginForm()}
      ${
        this._fingerprint
          ? html`<p>
            <small>${t(common.caFingerprint)}: <code data-ca-fingerprint>${this._fingerprint}</code></small>
          </p>`
          : nothing
      }
    </div>`;
  }

  #loginForm() {
    const t = this.#l.t;
    return html`<form @submit=${this.#login} novalidate>
      <label>${t(msg.username)}<input name="username" autocomplete="username" value="admin" required /></label>
      <label
        >${t(msg.password)}<input name="password" type="password" autocomplete="current-password" required autofocus
      /></label>
      <button class="primary" type="submit" ?disabled=${this._busy}>${t(this._busy ? msg.busy : msg.submit)}</button>
    </form>`;
  }

  #setupForm() {
    const t = this.#l.t;
    return html`<form @submit=${this.#createAdmin} novalidate>
      <label>${t(msg.setupToken)}<input name="setupToken" autocomplete="off" required /></label>
      <label>${t(msg.newPassword)}<input name="password" type="password" autocomplete="new-password" required /></label>
      <button class="primary" type="submit" ?disabled=${this._busy}>${t(msg.setupSubmit)}</button>
    </form>`;
  }

  #fields(event: Event): Record<string, string> {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    // Passwords are sent exactly as typed; only names and tokens lose stray spaces.
    return Object.fromEntries([...data.entries()].map(([k, v]) => [k, k === 'password' ? String(v) : String(v).trim()]));
  }

  #login = async (event: Event) => {
    const { username = '', password = '' } = this.#fields(event);
    if (!username || !password) {
      this._error = msg.missing;
      return;
    }
    await this.#attempt(() => login(this.services.api, username, password));
  };

  #createAdmin = async (event: Event) => {
    const { setupToken = '', password = '' } = this.#fields(event);
    if (password.length < 8) {
      this._error = msg.tooShort;
      return;
    }
    await this.#attempt(() => setupAdmin(this.services.api, setupToken, password));
  };

  async #attempt(work: () => Promise<void>): Promise<void> {
    this._busy = true;
    this._error = undefined;
    try {
      await work();
    } catch (err) {
      this._error = describeError(err);
    } finally {
      this._busy = false;
    }
  }
}
customElements.define('siap-login-page', LoginPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-login-page': LoginPage;
  }
}
