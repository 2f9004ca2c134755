import { css, html, LitElement, nothing } from 'lit';
import type { ResultsImportResult } from '../../../../protocol/results.js';
import type { Services } from '../../app/services.js';
import { importResults } from '../../data/results.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import { msg } from './messages.js';

/** Results upload: the file goes to the hub as it is; the answer lists refused rows by row number. */
export class ResultsImport extends LitElement {
  static override properties = {
    services: { attribute: false },
    sessionId: { attribute: false },
    _result: { state: true },
  };
  declare services: Services;
  declare sessionId: string;
  declare _result: ResultsImportResult | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [
    page,
    css`
      .rejected {
        max-height: 20rem;
        overflow: auto;
        margin-top: 0.5rem;
      }
    `,
  ];

  #submit = async (e: Event) => {
    e.preventDefault();
    const file = this.renderRoot.querySelector<HTMLInputElement>('input[type=file]')?.files?.[0];
    if (!file) {
      this.#action.fail(msg.chooseFile);
      return;
    }
    this._result = undefined;
    await this.#action.run(
      async () => {
        this._result = await importResults(this.services.api, this.sessionId, file);
        this.dispatchEvent(new Event('imported'));
        return this._result;
      },
      (r) => msg.imported(r.imported, r.unchanged, r.rejected.length),
    );
  };

  override render() {
    const t = this.#l.t;
    const r = this._result;
    return html`<form class="card" @submit=${this.#submit}>
      <h2>${t(msg.importTitle)}</h2>
      <p class="muted">${t(msg.importLead)}</p>
      <div class="row">
        <label
          >${t(msg.file)}
          <input type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        /></label>
        <button class="primary" ?disabled=${this.#action.busy}>${t(this.#action.busy ? msg.importing : msg.import)}</button>
      </div>
      ${actionNote(this.#action)}
      ${r && r.rejected.length > 0
        ? html`<div class="rejected">
            <table data-rejected>
              <thead>
                <tr><th>${t(msg.line)}</th><th>${t(msg.number)}</th><th>${t(msg.reason)}</th></tr>
              </thead>
              <tbody>
                ${r.rejected.map(
                  (row) => html`<tr>
                    <td>${row.line}</td>
                    <td>${row.participantNumber ?? ''}</td>
                    <td>${t({ id: row.reason, en: row.en })}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`
        : nothing}
    </form>`;
  }
}
customElements.define('siap-results-import', ResultsImport);

declare global {
  interface HTMLElementTagNameMap {
    'siap-results-import': ResultsImport;
  }
}
