import { css, html, LitElement, nothing, type TemplateResult } from 'lit';
import type { Localized } from '../../../protocol/i18n.js';
import { LocaleController } from '../i18n/controller.js';
import { ActionController, actionNote } from './action.js';
import { page } from './styles.js';
import './notice.js';

/** A row of a file the hub refused (or did not apply), by its row number in the file. */
export interface FileRow {
  line: number;
  participantNumber?: string | null;
  reason: string;
  en: string;
}

/** What an import answers: at least the refused rows. */
export interface FileImportAnswer {
  rejected: FileRow[];
}

/** What one import form says and does; `upload` sends the file as it is and gives the hub's answer. */
export interface FileImportSetup<R extends FileImportAnswer> {
  title?: Localized;
  lead: Localized;
  fileLabel: Localized;
  button: Localized;
  chooseFile: Localized;
  upload(file: File): Promise<R>;
  success(result: R): Localized;
  /** A notice above the refused rows (their count, what to do). */
  rejectedNote?(count: number): Localized;
  /** More of the answer, below the refused rows. */
  details?(result: R, t: (text: Localized) => string): TemplateResult | typeof nothing;
}

const text = {
  importing: { id: 'Mengimpor…', en: 'Importing…' },
  line: { id: 'Baris', en: 'Row' },
  number: { id: 'No. peserta', en: 'Participant no.' },
  reason: { id: 'Alasan', en: 'Reason' },
} satisfies Record<string, Localized>;

/** Rows of a file by row number, participant number and reason, as a table (`data-rows` names which). */
export function fileRowsTable(rows: FileRow[], kind: string, t: (text: Localized) => string) {
  return html`<div class="file-rows">
    <table data-rows=${kind} ?data-rejected=${kind === 'rejected'}>
      <thead>
        <tr>
          <th>${t(text.line)}</th>
          <th>${t(text.number)}</th>
          <th>${t(text.reason)}</th>
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

/** Styles of the file rows' table, for a page that shows more of them (`fileRowsTable`). */
export const fileRowsStyles = css`
  .file-rows {
    margin-top: 0.5rem;
    max-height: 24rem;
    overflow: auto;
  }
  .file-rows td:first-child {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  siap-notice {
    margin-top: 0.5rem;
  }
  .small {
    font-size: 0.85rem;
  }
`;

/**
 * One file import form for rosters and results: pick a CSV or XLSX file, send it to the hub as it
 * is, then say what was imported and list every refused row by its row number and reason. Fires
 * `imported` (detail: the answer) when the hub took the file.
 */
export class FileImport extends LitElement {
  static override properties = {
    setup: { attribute: false },
    _result: { state: true },
  };
  declare setup: FileImportSetup<FileImportAnswer>;
  declare _result: FileImportAnswer | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [page, fileRowsStyles];

  #submit = async (e: Event) => {
    e.preventDefault();
    const file = this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.files?.[0];
    if (!file) {
      this.#action.fail(this.setup.chooseFile);
      return;
    }
    this._result = undefined;
    await this.#action.run(
      async () => {
        this._result = await this.setup.upload(file);
        // Composed: the page listening on the form's wrapper (roster, results) hears it.
        this.dispatchEvent(new CustomEvent('imported', { detail: this._result, bubbles: true, composed: true }));
        return this._result;
      },
      (r) => this.setup.success(r),
    );
  };

  override render() {
    const t = this.#l.t;
    const { setup, _result: r } = this;
    return html`<form class="card" @submit=${this.#submit}>
      ${setup.title ? html`<h2>${t(setup.title)}</h2>` : nothing}
      <p class="muted">${t(setup.lead)}</p>
      <div class="row">
        <label
          >${t(setup.fileLabel)}
          <input type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        /></label>
        <button class="primary" ?disabled=${this.#action.busy}>${t(this.#action.busy ? text.importing : setup.button)}</button>
      </div>
      ${actionNote(this.#action)}
      ${r && r.rejected.length > 0 && setup.rejectedNote ? html`<siap-notice .text=${setup.rejectedNote(r.rejected.length)}></siap-notice>` : nothing}
      ${r && r.rejected.length > 0 ? fileRowsTable(r.rejected, 'rejected', t) : nothing} ${r && setup.details ? setup.details(r, t) : nothing}
    </form>`;
  }
}
customElements.define('siap-file-import', FileImport);

declare global {
  interface HTMLElementTagNameMap {
    'siap-file-import': FileImport;
  }
}
