import { css, html, LitElement } from 'lit';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import { msg } from './messages.js';
import type { PrintPrefs, SlipPaper } from './slip-print.js';

/**
 * The desk's printing controls: the print button (F9 does the same), the paper (80 mm thermal or
 * A4 with eight slips) and auto-print. Fires `print` and `prefs`; never keeps the keyboard: after a
 * click the page puts it back in the scan field.
 */
export class PrintBar extends LitElement {
  static override properties = { prefs: { attribute: false }, pending: { type: Number }, ready: { type: Boolean } };
  declare prefs: PrintPrefs;
  /** Slips waiting for the next A4 sheet. */
  declare pending: number;
  /** Something to print. */
  declare ready: boolean;
  readonly #l = new LocaleController(this);

  static override styles = [
    page,
    css`
      .bar {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 1rem;
        align-items: center;
        margin: 0.5rem 0;
      }
      button {
        min-height: 44px;
      }
      label {
        display: inline-flex;
        flex-direction: row;
        font-weight: normal;
        gap: 0.4rem;
        align-items: center;
        min-height: 44px;
      }
    `,
  ];

  #set(change: Partial<PrintPrefs>) {
    this.dispatchEvent(new CustomEvent<PrintPrefs>('prefs', { detail: { ...this.prefs, ...change } }));
  }

  override render() {
    const t = this.#l.t;
    const sheet = this.prefs.paper === 'sheet';
    return html`<div class="bar">
      <button type="button" class="primary" data-print ?disabled=${!this.ready} @click=${() => this.dispatchEvent(new Event('print'))}>
        ${t(sheet ? msg.printSheet(this.pending) : msg.printSlip)}
      </button>
      <label
        >${t(msg.slipPaper)}
        <select @change=${(e: Event) => this.#set({ paper: (e.target as HTMLSelectElement).value as SlipPaper })}>
          <option value="thermal" ?selected=${!sheet}>${t(msg.paperThermal)}</option>
          <option value="sheet" ?selected=${sheet}>${t(msg.paperSheet)}</option>
        </select></label
      >
      <label
        ><input
          type="checkbox"
          .checked=${this.prefs.auto}
          @change=${(e: Event) => this.#set({ auto: (e.target as HTMLInputElement).checked })}
        />${t(sheet ? msg.autoPrintSheet : msg.autoPrint)}</label
      >
    </div>`;
  }
}
customElements.define('siap-print-bar', PrintBar);

declare global {
  interface HTMLElementTagNameMap {
    'siap-print-bar': PrintBar;
  }
}
