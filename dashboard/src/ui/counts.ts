import { css, html, LitElement } from 'lit';
import type { MachineCounts } from '../../../protocol/api.js';
import { PRESENCE_WORDS, VERDICT_WORDS } from '../../../protocol/glossary.js';
import type { Localized } from '../../../protocol/i18n.js';
import { LocaleController } from '../i18n/controller.js';

const LABELS: Array<[keyof MachineCounts, Localized]> = [
  ['ready', VERDICT_WORDS.ready],
  ['notReady', VERDICT_WORDS['not-ready']],
  ['incomplete', VERDICT_WORDS.incomplete],
  ['missing', PRESENCE_WORDS.missing],
  ['offline', PRESENCE_WORDS.offline],
];

/** The machine counts side by side, each a number over its word, coloured like the map. */
export class SiapCounts extends LitElement {
  static override properties = { counts: { attribute: false }, compact: { type: Boolean, reflect: true } };
  declare counts: MachineCounts | undefined;
  declare compact: boolean;
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this.compact = false;
  }

  static override styles = css`
    :host {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    div {
      min-width: 4.5rem;
      padding: 0.3rem 0.6rem;
      border-radius: 6px;
      background: var(--siap-offline-bg);
      border-left: 4px solid var(--siap-offline);
    }
    .ready {
      border-color: var(--siap-ready);
      background: var(--siap-ready-bg);
    }
    .notReady {
      border-color: var(--siap-bad);
      background: var(--siap-bad-bg);
    }
    .incomplete {
      border-color: var(--siap-incomplete);
      background: var(--siap-incomplete-bg);
    }
    .missing {
      border-color: var(--siap-missing);
      background: var(--siap-missing-bg);
    }
    b {
      display: block;
      font-size: 1.5rem;
      line-height: 1.1;
    }
    :host([compact]) b {
      font-size: 1.05rem;
      display: inline;
      margin-right: 0.25rem;
    }
    :host([compact]) div {
      min-width: 0;
      padding: 0.15rem 0.45rem;
    }
    span {
      font-size: 0.85rem;
    }
    .zero {
      opacity: 0.55;
    }
  `;

  override render() {
    const c = this.counts;
    if (!c) return html``;
    return LABELS.map(
      ([key, label]) =>
        html`<div class="${key} ${c[key] === 0 ? 'zero' : ''}" data-count=${key}>
          <b>${this.#l.number(c[key])}</b><span>${this.#l.t(label)}</span>
        </div>`,
    );
  }
}
customElements.define('siap-counts', SiapCounts);

declare global {
  interface HTMLElementTagNameMap {
    'siap-counts': SiapCounts;
  }
}
