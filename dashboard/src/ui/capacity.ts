import { css, html, LitElement, nothing } from 'lit';
import { paths } from '../app/paths.js';
import { LocaleController } from '../i18n/controller.js';

/**
 * A server's load against its limit (at most 200 clients, Lampiran C.4.b.1.c): a bar that turns
 * red when the server is full, and the PCs waiting for a place, each linked to its page.
 */
export class SiapCapacity extends LitElement {
  static override properties = {
    assigned: { type: Number },
    limit: { type: Number },
    waiting: { attribute: false },
  };
  declare assigned: number;
  declare limit: number;
  declare waiting: readonly string[];
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this.assigned = 0;
    this.limit = 200;
    this.waiting = [];
  }

  static override styles = css`
    :host {
      display: block;
    }
    .bar {
      height: 0.8rem;
      border-radius: 0.4rem;
      background: var(--siap-offline-bg);
      overflow: hidden;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .fill {
      height: 100%;
      background: var(--siap-ready);
    }
    .near .fill {
      background: var(--siap-incomplete);
    }
    .full .fill {
      background: var(--siap-bad);
    }
    .text {
      display: flex;
      justify-content: space-between;
      font-size: 0.9rem;
      margin-bottom: 0.2rem;
    }
    .full .text b {
      color: var(--siap-bad);
    }
    ul {
      margin: 0.35rem 0 0;
      padding-left: 1.1rem;
      font-size: 0.9rem;
      columns: 2;
    }
    a {
      color: var(--siap-accent);
    }
  `;

  override render() {
    const ratio = this.limit > 0 ? Math.min(1, this.assigned / this.limit) : 1;
    const full = this.assigned >= this.limit;
    const state = full ? 'full' : ratio >= 0.9 ? 'near' : 'ok';
    const t = this.#l.t;
    return html`<div class=${state} data-state=${state}>
      <div class="text">
        <span>${t({ id: 'Kapasitas', en: 'Capacity' })}</span>
        <b>${this.assigned}/${this.limit}${full ? ` — ${t({ id: 'PENUH', en: 'FULL' })}` : ''}</b>
      </div>
      <div
        class="bar"
        role="meter"
        aria-valuemin="0"
        aria-valuemax=${this.limit}
        aria-valuenow=${this.assigned}
        aria-label=${t({ id: 'Klien pada server', en: 'Clients on the server' })}
      >
        <div class="fill" style="width:${(ratio * 100).toFixed(1)}%"></div>
      </div>
      ${
        this.waiting.length > 0
          ? html`<div class="waiting">
            ${t({
              id: `${this.waiting.length} PC menunggu tempat:`,
              en: `${this.waiting.length} PC${this.waiting.length === 1 ? '' : 's'} waiting for a place:`,
            })}
            <ul>
              ${this.waiting.map((id) => html`<li><a href=${paths.machine(id)}>${id}</a></li>`)}
            </ul>
          </div>`
          : nothing
      }
    </div>`;
  }
}
customElements.define('siap-capacity', SiapCapacity);

declare global {
  interface HTMLElementTagNameMap {
    'siap-capacity': SiapCapacity;
  }
}
