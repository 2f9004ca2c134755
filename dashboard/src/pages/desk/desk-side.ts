import { css, html, LitElement, nothing } from 'lit';
import type { CheckinResponse, Refusal } from '../../../../protocol/exam-responses.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import { msg, REFUSAL_TEXT } from './messages.js';

/** Beside the desk: this desk's latest check-ins, and the latest refusals of every desk (from the hub). */
export class DeskSide extends LitElement {
  static override properties = { recent: { attribute: false }, refusals: { attribute: false } };
  declare recent: CheckinResponse[];
  declare refusals: Refusal[];
  readonly #l = new LocaleController(this);

  static override styles = [
    page,
    css`
      :host {
        display: block;
        max-width: 100%;
        overflow-wrap: anywhere;
      }
      td.scanned {
        word-break: break-all;
      }
    `,
  ];

  override render() {
    const t = this.#l.t;
    return html`${
      this.recent.length
        ? html`<h2>${t(msg.recent)}</h2>
            <table data-recent>
              <tbody>
                ${this.recent.map(
                  (r) => html`<tr>
                    <td>${this.#l.clock(r.slip?.issuedTime ?? r.participant.checkedInTime)}</td>
                    <td>${r.participant.number}</td>
                    <td>${r.participant.name}</td>
                    <td>${r.participant.room || '—'} / ${r.participant.seat || '—'}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`
        : nothing
    }
      ${
        this.refusals.length
          ? html`<h2>${t(msg.refusals)}</h2>
            <table data-refusals>
              <thead>
                <tr>
                  <th>${t(msg.time)}</th>
                  <th>${t(msg.scanned)}</th>
                  <th>${t(msg.reason)}</th>
                  <th>${t(msg.by)}</th>
                </tr>
              </thead>
              <tbody>
                ${this.refusals.slice(0, 10).map(
                  (r) => html`<tr>
                    <td>${this.#l.time(r.at)}</td>
                    <td class="scanned">${r.number ?? r.scanned}</td>
                    <td>${REFUSAL_TEXT[r.code] ? t(REFUSAL_TEXT[r.code]!) : r.code}</td>
                    <td>${r.by}</td>
                  </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }`;
  }
}
customElements.define('siap-desk-side', DeskSide);

declare global {
  interface HTMLElementTagNameMap {
    'siap-desk-side': DeskSide;
  }
}
