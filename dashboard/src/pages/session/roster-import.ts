import { html, LitElement, nothing } from 'lit';
import type { RosterImportResult } from '../../../../protocol/exam-responses.js';
import type { Services } from '../../app/services.js';
import { importRoster } from '../../data/exam.js';
import { fileRowsTable, type FileImportSetup } from '../../ui/file-import.js';
import '../../ui/file-import.js';
import { msg } from './messages.js';

/**
 * Roster upload (the shared file import): the answer says what was imported, which rows were refused
 * and why, which were not applied, and the columns the hub read. Fires `imported`.
 */
export class RosterImport extends LitElement {
  static override properties = {
    services: { attribute: false },
    sessionId: { attribute: false },
  };
  declare services: Services;
  declare sessionId: string;

  #setup = (): FileImportSetup<RosterImportResult> => ({
    lead: msg.rosterLead,
    fileLabel: msg.file,
    button: msg.import,
    chooseFile: msg.chooseFile,
    upload: (file) => importRoster(this.services.api, this.sessionId, file),
    success: msg.imported,
    rejectedNote: msg.rejected,
    details: (r, t) =>
      html`${
        r.notApplied.length > 0
          ? html`<siap-notice kind="info" .text=${msg.notApplied(r.notApplied.length)}></siap-notice>${fileRowsTable(r.notApplied, 'not-applied', t)}`
          : nothing
      }
      ${r.notInFile > 0 ? html`<siap-notice kind="info" .text=${msg.notInFile(r.notInFile)}></siap-notice>` : nothing}
      <p class="columns muted small">
        ${t(msg.columns(r.headerLine, r.format))}
        ${Object.entries(r.columns)
          .map(([field, column]) => `${t(msg.field[field] ?? { id: field, en: field })} ← "${column}"`)
          .join(' · ')}
      </p>`,
  });

  override render() {
    return html`<siap-file-import .setup=${this.#setup()}></siap-file-import>`;
  }
}
customElements.define('siap-roster-import', RosterImport);

declare global {
  interface HTMLElementTagNameMap {
    'siap-roster-import': RosterImport;
  }
}
