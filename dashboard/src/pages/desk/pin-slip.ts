import { css, html, LitElement, nothing } from 'lit';
import type { PinSlip } from '../../../../protocol/exam-responses.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import { msg } from './messages.js';
import type { SlipPaper } from './slip-print.js';

/**
 * The PIN slip, on screen and on paper (the desk page prints only this). The PIN is shown this
 * once: the hub keeps only its hash, a lost slip means a re-issue.
 */
export class PinSlipView extends LitElement {
  static override properties = { slip: { attribute: false }, paper: { reflect: true } };
  declare slip: PinSlip;
  /** On paper: 'thermal' (80 mm roll) or 'sheet' (one of eight on A4); on screen when unset. */
  declare paper: SlipPaper | undefined;
  readonly #l = new LocaleController(this);

  static override styles = [
    page,
    css`
      .slip {
        border: 2px dashed #333;
        border-radius: 6px;
        padding: 0.8rem 1rem;
        background: #fff;
        max-width: 30rem;
      }
      .head {
        font-weight: 700;
        letter-spacing: 0.05em;
        margin: 0 0 0.3rem;
      }
      .pin {
        font-family: ui-monospace, 'DejaVu Sans Mono', monospace;
        font-size: 2.6rem;
        font-weight: 700;
        letter-spacing: 0.3em;
        margin: 0.3rem 0;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.1rem 0.8rem;
        margin: 0;
      }
      dt {
        color: #555;
      }
      dd {
        margin: 0;
      }
      .note {
        font-size: 0.8rem;
        margin: 0.5rem 0 0;
      }
      :host([paper='sheet']) .slip {
        max-width: none;
        box-sizing: border-box;
        border-radius: 0;
        color: #000;
        width: 100%;
        height: 68mm;
        overflow: hidden;
        border: 1px dashed #000;
        padding: 3mm 4mm;
        font-size: 8.5pt;
      }
      :host([paper='sheet']) .pin {
        font-size: 20pt;
        margin: 1mm 0;
      }
      :host([paper='sheet']) .note {
        font-size: 7.5pt;
      }
      /* On the 80 mm roll the slip on screen is the one printed. */
      @media print {
        :host([paper='thermal']) .slip {
          max-width: none;
          border-radius: 0;
          color: #000;
          width: 72mm;
          border: none;
          padding: 0;
          font-size: 9.5pt;
        }
        :host([paper='thermal']) .pin {
          font-size: 26pt;
        }
      }
    `,
  ];

  override render() {
    const t = this.#l.t;
    const s = this.slip;
    return html`<div class="slip" data-slip>
      <p class="head">${t(msg.slipTitle)}</p>
      <div>${s.venueName}</div>
      <div class="pin" aria-label=${t(msg.slipPin)} data-pin>${s.pin}</div>
      <dl>
        <dt>${t(msg.name)}</dt>
        <dd>${s.name}</dd>
        <dt>${t(msg.number)}</dt>
        <dd>${s.participantNumber}</dd>
        <dt>${t(msg.slipSession)}</dt>
        <dd>${s.sessionName} (${s.kind}) · ${s.date} ${s.start} ${s.zone} · ${t(msg.minutes(s.durationMinutes))}</dd>
        <dt>${t(msg.room)} / ${t(msg.seat)}</dt>
        <dd>${s.room || '—'} / ${s.seat || '—'}${s.blind ? ` · ${t(msg.brailleSeat)}` : nothing}</dd>
        <dt>${t(msg.slipIssued)}</dt>
        <dd>${s.issuedTime} ${s.zone}</dd>
      </dl>
      <p class="note">${t(msg.slipNote)}</p>
    </div>`;
  }
}
customElements.define('siap-pin-slip', PinSlipView);

declare global {
  interface HTMLElementTagNameMap {
    'siap-pin-slip': PinSlipView;
  }
}
