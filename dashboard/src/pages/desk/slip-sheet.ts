import { css, html, LitElement } from 'lit';
import type { PinSlip } from '../../../../protocol/exam-responses.js';
import './pin-slip.js';

/** Up to eight slips on an A4 sheet in two columns with dashed cut lines, to cut. Shown only in print. */
export class SlipSheet extends LitElement {
  static override properties = { slips: { attribute: false } };
  declare slips: PinSlip[];

  constructor() {
    super();
    this.slips = [];
  }

  static override styles = css`
    :host {
      display: none;
    }
    @media print {
      :host {
        display: block;
      }
    }
    .sheet {
      display: grid;
      grid-template-columns: 1fr 1fr;
      grid-auto-rows: 68mm;
      gap: 0;
    }
    siap-pin-slip {
      break-inside: avoid;
    }
  `;

  override render() {
    return html`<div class="sheet" data-print-slips=${this.slips.length}>
      ${this.slips.map((s) => html`<siap-pin-slip .slip=${s} paper="sheet"></siap-pin-slip>`)}
    </div>`;
  }
}
customElements.define('siap-slip-sheet', SlipSheet);

declare global {
  interface HTMLElementTagNameMap {
    'siap-slip-sheet': SlipSheet;
  }
}
