import { css, html, LitElement } from 'lit';
import type { Services } from '../../app/services.js';
import { health } from '../../data/auth.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';

const text = {
  title: { id: 'Sertifikat hub (CA)', en: "The hub's certificate (CA)" },
  plain: { id: 'Hub tanpa TLS (--no-tls): hanya untuk pengembangan.', en: 'Hub without TLS (--no-tls): development only.' },
};

/** The hub CA's fingerprint on the setup page, for a monitor to compare with what the technician reads out. */
export class CaCard extends LitElement {
  static override properties = {
    services: { attribute: false },
    _fingerprint: { state: true },
    _loaded: { state: true },
    _failed: { state: true },
  };
  declare services: Services;
  declare _fingerprint: string | undefined;
  declare _loaded: boolean;
  declare _failed: boolean;
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this._loaded = false;
    this._failed = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    health(this.services.api).then(
      (h) => {
        this._fingerprint = h.caFingerprint;
        this._loaded = true;
      },
      () => {
        this._failed = true;
        this._loaded = true;
      },
    );
  }

  static override styles = [
    page,
    css`
      code {
        font-size: 1rem;
        word-break: break-all;
      }
    `,
  ];

  override render() {
    const t = this.#l.t;
    if (!this._loaded) return html`<p>${t(common.loading)}</p>`;
    return html`<h2>${t(text.title)}</h2>
      ${
        this._fingerprint
          ? html`<p>${t(common.caFingerprint)}</p>
            <p><code data-ca-fingerprint>${this._fingerprint}</code></p>`
          : html`<p>${t(text.plain)}</p>`
      }`;
  }
}
customElements.define('siap-ca-card', CaCard);

declare global {
  interface HTMLElementTagNameMap {
    'siap-ca-card': CaCard;
  }
}
