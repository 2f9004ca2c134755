import { css, html, LitElement, nothing } from 'lit';
import type { Services } from '../../app/services.js';
import { sendSeating, type SeatingImportResult } from '../../data/seating.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { placeText, sm } from './seating-messages.js';

/**
 * A PC;ruang;kursi file: picked, sent for a preview (the hub runs every line through the placement
 * rule and rolls back), shown with the refusals by line and the clients per server, then applied.
 * Fires `changed` after applying. Loaded on first use (its own file, see dashboard/vite.config.ts).
 */
export class SeatingImport extends LitElement {
  static override properties = {
    services: { attribute: false },
    _result: { state: true },
  };
  declare services: Services;
  declare _result: SeatingImportResult | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  #file: File | undefined;

  static override styles = [
    page,
    css`
      .tables {
        display: flex;
        flex-wrap: wrap;
        gap: 1rem;
        align-items: flex-start;
      }
      .tables table {
        width: auto;
      }
      .scroll {
        max-height: 22rem;
        overflow: auto;
      }
      td.bad {
        color: var(--siap-bad);
      }
    `,
  ];

  #send = async (apply: boolean) => {
    const file = this.#file;
    if (!file) return;
    await this.#action.run(
      async () => (this._result = await sendSeating(this.services.api, file, apply)),
      apply ? sm.applied : sm.previewed,
    );
    if (apply && this._result?.applied) this.dispatchEvent(new Event('changed'));
  };

  #pick = (e: Event) => {
    this.#file = (e.target as HTMLInputElement).files?.[0];
    this._result = undefined;
    void this.#send(false);
  };

  override render() {
    const t = this.#l.t;
    const r = this._result;
    return html`<section aria-label=${t(sm.title)}>
      <h2>${t(sm.title)}</h2>
      <p class="muted">${t(sm.lead)}</p>
      <label>${t(sm.file)} <input type="file" accept=".csv,.txt,.xlsx,text/csv" @change=${this.#pick} ?disabled=${this.#action.busy} /></label>
      ${actionNote(this.#action)} ${r ? this.#result(r) : nothing}
    </section>`;
  }

  #result(r: SeatingImportResult) {
    const t = this.#l.t;
    return html`<p data-summary><b>${t(sm.summary(r.lines, r.changes.length, r.unchanged, r.rejected.length))}</b></p>
      <div class="tables">
        ${
          r.rejected.length > 0
            ? html`<div class="scroll">
              <table data-rejected>
                <caption>${t(sm.refusedTitle)}</caption>
                <thead><tr><th>${t(sm.line)}</th><th>${t(sm.pc)}</th><th>${t(sm.reason)}</th></tr></thead>
                <tbody>
                  ${r.rejected.map(
                    (x) =>
                      html`<tr data-line=${x.line}><td>${x.line}</td><td>${x.machineId ?? '—'}</td><td class="bad">${t({ id: x.reason, en: x.en })}</td></tr>`,
                  )}
                </tbody>
              </table>
            </div>`
            : nothing
        }
        ${
          r.servers.length > 0
            ? html`<table data-servers>
              <caption>${t(sm.serversTitle)}</caption>
              <thead><tr><th>${t(sm.server)}</th><th>${t(sm.before)}</th><th>${t(sm.after)}</th></tr></thead>
              <tbody>
                ${r.servers.map((s) => html`<tr><td>${s.id}</td><td>${s.before}</td><td>${s.after} / ${s.limit}</td></tr>`)}
              </tbody>
            </table>`
            : nothing
        }
        ${
          r.changes.length > 0
            ? html`<div class="scroll">
              <table data-changes>
                <caption>${t(sm.changesTitle)}</caption>
                <thead><tr><th>${t(sm.line)}</th><th>${t(sm.pc)}</th><th>${t(sm.from)}</th><th>${t(sm.to)}</th></tr></thead>
                <tbody>
                  ${r.changes.map((c) => html`<tr><td>${c.line}</td><td>${c.machineId}</td><td>${placeText(c.from)}</td><td>${placeText(c.to)}</td></tr>`)}
                </tbody>
              </table>
            </div>`
            : nothing
        }
      </div>
      ${
        !r.applied && r.changes.length > 0
          ? html`<div class="row"><button class="primary" ?disabled=${this.#action.busy} @click=${() => this.#send(true)}>${t(sm.apply(r.changes.length))}</button></div>`
          : nothing
      }`;
  }
}
customElements.define('siap-seating-import', SeatingImport);

declare global {
  interface HTMLElementTagNameMap {
    'siap-seating-import': SeatingImport;
  }
}
