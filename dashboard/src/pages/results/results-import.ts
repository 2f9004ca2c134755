import { html, LitElement } from 'lit';
import type { ResultsImportResult } from '../../../../protocol/results.js';
import type { Services } from '../../app/services.js';
import { importResults } from '../../data/results.js';
import type { FileImportSetup } from '../../ui/file-import.js';
import '../../ui/file-import.js';
import { msg } from './messages.js';

/** Results upload (the shared file import): the answer lists refused rows by row number. Fires `imported`. */
export class ResultsImport extends LitElement {
  static override properties = {
    services: { attribute: false },
    sessionId: { attribute: false },
  };
  declare services: Services;
  declare sessionId: string;

  #setup = (): FileImportSetup<ResultsImportResult> => ({
    title: msg.importTitle,
    lead: msg.importLead,
    fileLabel: msg.file,
    button: msg.import,
    chooseFile: msg.chooseFile,
    upload: (file) => importResults(this.services.api, this.sessionId, file),
    success: (r) => msg.imported(r.imported, r.unchanged, r.rejected.length),
  });

  override render() {
    return html`<siap-file-import .setup=${this.#setup()}></siap-file-import>`;
  }
}
customElements.define('siap-results-import', ResultsImport);

declare global {
  interface HTMLElementTagNameMap {
    'siap-results-import': ResultsImport;
  }
}
