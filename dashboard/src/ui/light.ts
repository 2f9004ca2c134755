import { css, html, LitElement } from 'lit';
import type { Verdict } from '../../../protocol/check.js';
import { VERDICT_LABEL } from '../i18n/common.js';
import { LocaleController } from '../i18n/controller.js';
import { SHOW_LABEL } from './machine-state.js';

/**
 * A traffic light: a coloured disc with the verdict's word beside it (the word carries the
 * meaning for screen readers and colour-blind readers; the colour is for across the room).
 */
export class SiapLight extends LitElement {
  static override properties = {
    verdict: { reflect: true },
    big: { type: Boolean, reflect: true },
    bare: { type: Boolean },
  };
  /** A verdict, or a machine's live state: 'offline', or 'pending' (connected, no report yet). */
  declare verdict: Verdict | 'offline' | 'pending' | undefined;
  declare big: boolean;
  /** Only the disc (the word still goes to screen readers). */
  declare bare: boolean;
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this.big = false;
    this.bare = false;
  }

  static override styles = css`
    :host {
      display: inline-flex;
      align-items: center;
      gap: 0.4em;
      font-weight: 600;
      --c: var(--siap-offline);
    }
    :host([verdict='ready']) {
      --c: var(--siap-ready);
    }
    :host([verdict='not-ready']) {
      --c: var(--siap-bad);
    }
    :host([verdict='incomplete']) {
      --c: var(--siap-incomplete);
    }
    .disc {
      width: 0.9em;
      height: 0.9em;
      border-radius: 50%;
      background: var(--c);
      box-shadow: 0 0 0 2px color-mix(in srgb, var(--c) 25%, transparent);
      flex: none;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    :host([big]) .disc {
      width: 1.6em;
      height: 1.6em;
    }
    .word {
      color: var(--c);
    }
    .sr {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
  `;

  override render() {
    const v = this.verdict;
    const word = this.#l.t(
      v === 'offline' || v === 'pending' ? SHOW_LABEL[v] : v ? VERDICT_LABEL[v] : { id: 'Belum ada data', en: 'No data yet' },
    );
    return html`<span class="disc" aria-hidden="true"></span><span class=${this.bare ? 'sr' : 'word'}>${word}</span>`;
  }
}
customElements.define('siap-light', SiapLight);

declare global {
  interface HTMLElementTagNameMap {
    'siap-light': SiapLight;
  }
}
