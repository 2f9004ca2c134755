import { css, html, LitElement, nothing } from 'lit';
import { byStatus } from '../../../../protocol/verdict.js';
import { expectedOf, measuredOf, type CheckView } from '../../data/contract.js';
import { LEVEL_LABEL, STATUS_LABEL } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import { msg } from './messages.js';

/** Every check of a report: measured against required, the clause and its level, and what to do. */
export class SiapChecksTable extends LitElement {
  static override properties = { checks: { attribute: false } };
  declare checks: readonly CheckView[];
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this.checks = [];
  }

  static override styles = [
    page,
    css`
      .status {
        font-weight: 700;
        white-space: nowrap;
      }
      tr.fail {
        background: var(--siap-bad-bg);
      }
      tr.unknown,
      tr.warn {
        background: var(--siap-incomplete-bg);
      }
      .level {
        font-size: 0.8rem;
        color: var(--siap-muted);
      }
      .reason {
        font-size: 0.9rem;
        color: var(--siap-muted);
      }
      td.fix {
        min-width: 14rem;
      }
      /* A phone: each check a card, the column's name before each value. */
      @media (max-width: 600px) {
        table,
        tbody,
        tr,
        td {
          display: block;
          overflow: visible;
        }
        thead {
          display: none;
        }
        tr {
          border-bottom: 2px solid var(--siap-line);
          padding: 0.3rem 0;
        }
        td {
          border: none;
          padding: 0.1rem 0.5rem;
        }
        td.fix {
          min-width: 0;
        }
        td[data-label]::before {
          content: attr(data-label) ': ';
          color: var(--siap-muted);
          font-size: 0.85rem;
        }
      }
    `,
  ];

  override render() {
    const t = this.#l.t;
    return html`<table>
      <thead>
        <tr>
          <th>${t(msg.status)}</th>
          <th>${t(msg.check)}</th>
          <th>${t(msg.measured)}</th>
          <th>${t(msg.expected)}</th>
          <th>${t(msg.clause)}</th>
          <th>${t(msg.fix)}</th>
        </tr>
      </thead>
      <tbody>
        ${byStatus(this.checks).map(
          (c) => html`<tr class=${c.status} data-check=${c.id}>
            <td class="status status-${c.status}">${t(STATUS_LABEL[c.status])}</td>
            <td>${t(c.title)}</td>
            <td data-label=${t(msg.measured)}>${measuredOf(c, this.#l.lang) ?? html`<span class="muted">${t(msg.notMeasured)}</span>`}</td>
            <td data-label=${t(msg.expected)}>${expectedOf(c, this.#l.lang)}</td>
            <td data-label=${t(msg.clause)}>${c.clause}<div class="level">${t(LEVEL_LABEL[c.level])}</div></td>
            <td class="fix">
              ${c.status !== 'pass' && c.fix ? t(c.fix) : nothing}
              ${c.reason ? html`<div class="reason">${t(c.reason)}</div>` : nothing}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
customElements.define('siap-checks-table', SiapChecksTable);

declare global {
  interface HTMLElementTagNameMap {
    'siap-checks-table': SiapChecksTable;
  }
}
