import { css, html, LitElement } from 'lit';
import type { Services } from '../../app/services.js';
import { health } from '../../data/auth.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';

const text = {
  title: { id: 'Sertifikat hub (CA)', en: "The hub's certificate (CA)" },
  how: {
    id: 'Pasang CA di setiap PC meja sekali (README "Trusting the hub\'s CA"); agen memakai --ca-fingerprint dengan nilai ini. Bila peramban menampilkan sidik jari lain, jangan lanjutkan: hubungi teknisi.',
    en: 'Install the CA once on every desk PC (README "Trusting the hub\'s CA"); agents use --ca-fingerprint with this value. If a browser shows another fingerprint, do not go on: call the technician.',
  },
  unreadable: {
    id: 'Sidik jari CA tidak terbaca dari hub saat ini; lihat yang tercetak di terminal hub.',
    en: 'The CA fingerprint cannot be read from the hub right now; see the one printed in the hub terminal.',
  },
  plain: {
    id: 'Hub ini berjalan tanpa TLS (--no-tls): hanya untuk pengembangan, kata sandi melintasi LAN tanpa enkripsi.',
    en: 'This hub runs without TLS (--no-tls): for development only, passwords cross the LAN unencrypted.',
  },
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
            <p><code data-ca-fingerprint>${this._fingerprint}</code></p>
            <p class="muted">${t(text.how)}</p>`
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
