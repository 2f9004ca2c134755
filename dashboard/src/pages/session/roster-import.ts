import { css, html, LitElement, nothing } from 'lit';
import type { RosterImportResult, RosterRejection } from '../../../../protocol/exam-responses.js';
import type { Services } from '../../app/services.js';
import { importRoster } from '../../data/exam.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';

/** Roster upload: the file goes to the hub as it is; the answer says what was imported and which rows were refused and why. */
export class RosterImport extends LitElement {
  static override properties = {
    services: { attribute: false },
    sessionId: { attribute: false },
    _result: { state: true },
  };
  declare services: Services;
  declare sessionId: string;
  declare _result: RosterImportResult | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [
    page,
    css`
      .rejected {
        margin-top: 0.5rem;
        max-height: 24rem;
        overflow: auto;
      }
      .rejected td:first-child {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      siap-notice {
        margin-top: 0.5rem;
      }
      .columns {
        font-size: 0.85rem;
      }
    `,
  ];

  #submit = async (e: Event) => {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('input[type=file]');
    const file = input?.files?.[0];
    if (!file) {
      this.#action.fail(msg.chooseFile);
      return;
    }
    this._result = undefined;
    await this.#action.run(async () => {
      this._result = await importRoster(this.services.api, this.sessionId, file);
      this.dispatchEvent(new Event('imported'));
      return this._result;
    }, msg.imported);
  };

  override render() {
    const t = this.#l.t;
    const r = this._result;
    return html`<form class="card" @submit=${this.#submit}>
      <p class="muted">${t(msg.rosterLead)}</p>
      <div class="row">
        <label
          >${t(msg.file)}
          <input type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        /></label>
        <button class="primary" ?disabled=${this.#action.busy}>${t(this.#action.busy ? msg.importing : msg.import)}</button>
      </div>
      ${actionNote(this.#action)}
      ${r ? this.#details(r) : nothing}
    </form>`;
  }

  #details(r: RosterImportResult) {
    const t = this.#l.t;
    return html`${
      r.rejected.length > 0
        ? html`<siap-notice .text=${msg.rejected(r.rejected.length)}></siap-notice>${this.#rows(r.rejected, 'rejected')}`
        : nothing
    }
      ${
        r.notApplied.length > 0
          ? html`<siap-notice kind="info" .text=${msg.notApplied(r.notApplied.length)}></siap-notice>${this.#rows(r.notApplied, 'not-applied')}`
          : nothing
      }
      ${r.notInFile > 0 ? html`<siap-notice kind="info" .text=${msg.notInFile(r.notInFile)}></siap-notice>` : nothing}
      <p class="columns muted">
        ${t(msg.columns(r.headerLine, r.format))}
        ${Object.entries(r.columns)
          .map(([field, column]) => `${t(msg.field[field] ?? { id: field, en: field })} ← "${column}"`)
          .join(' · ')}
      </p>`;
  }

  #rows(rows: RosterRejection[], kind: string) {
    const t = this.#l.t;
    return html`<div class="rejected">
      <table data-rows=${kind}>
        <thead>
          <tr>
            <th>${t(msg.line)}</th>
            <th>${t(msg.number)}</th>
            <th>${t(msg.reason)}</th>
          </tr>
        </thead>
        <tbody>
          ${rows.map(
            (row) => html`<tr>
              <td>${row.line}</td>
              <td>${row.participantNumber ?? ''}</td>
              <td>${t({ id: row.reason, en: row.en })}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>`;
  }
}
customElements.define('siap-roster-import', RosterImport);

declare global {
  interface HTMLElementTagNameMap {
    'siap-roster-import': RosterImport;
  }
}
