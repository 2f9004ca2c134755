import { css, html, LitElement, nothing } from 'lit';
import { FACILITY_STATUSES, type FacilitiesResponse, type FacilityRow, type FacilityStatus } from '../../../../protocol/facilities.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { AccessController } from '../../app/access.js';
import type { Services } from '../../app/services.js';
import { describeError } from '../../data/errors.js';
import { clearFacility, getFacilities, tickFacility } from '../../data/facilities.js';
import { ResourceController } from '../../data/resource.js';
import { LEVEL_LABEL, common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import '../../ui/light.js';
import '../../ui/notice.js';
import { STATUS_TEXT, msg } from './messages.js';

/** The venue's manual items, each marked met / not met / not applicable with a note; who and when are recorded. */
export class FacilitiesPage extends LitElement {
  static override properties = {
    services: { attribute: false },
    _note: { state: true },
    _busy: { state: true },
  };
  declare services: Services;
  declare _note: { kind: 'ok' | 'error'; text: Localized } | undefined;
  declare _busy: string | undefined;
  readonly #l = new LocaleController(this);
  readonly #access = new AccessController(this);
  #list!: ResourceController<FacilitiesResponse>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#list ??= new ResourceController(this, { load: () => getFacilities(api), live, topics: ['facilities'] });
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      .summary {
        display: flex;
        gap: 1rem;
        align-items: center;
        flex-wrap: wrap;
        margin-bottom: 0.75rem;
      }
      .choices {
        display: inline-flex;
        border: 1px solid var(--siap-line);
        border-radius: 6px;
        overflow: hidden;
      }
      .choices button {
        white-space: nowrap;
        border: 0;
        border-radius: 0;
        border-right: 1px solid var(--siap-line);
        font-size: 0.85rem;
        padding: 0.3rem 0.55rem;
      }
      .choices button:last-child {
        border-right: 0;
      }
      .choices button[aria-pressed='true'][data-status='ok'] {
        background: var(--siap-ready);
        color: #fff;
      }
      .choices button[aria-pressed='true'][data-status='not-ok'] {
        background: var(--siap-bad);
        color: #fff;
      }
      .choices button[aria-pressed='true'][data-status='na'] {
        background: var(--siap-offline);
        color: #fff;
      }
      tr.not-ok {
        background: var(--siap-bad-bg);
      }
      tr.unchecked td:first-child {
        border-left: 4px solid var(--siap-incomplete);
      }
      input.note {
        width: 100%;
        box-sizing: border-box;
        min-width: 10rem;
      }
      td.clause {
        white-space: nowrap;
      }
      .verify {
        font-size: 0.85rem;
        color: var(--siap-muted);
        margin-top: 0.15rem;
      }
      .who {
        font-size: 0.85rem;
        color: var(--siap-muted);
      }
      .level {
        font-size: 0.8rem;
        color: var(--siap-muted);
      }
      .link {
        border: 0;
        background: none;
        color: var(--siap-accent);
        text-decoration: underline;
        padding: 0;
        font-size: 0.85rem;
      }
      siap-notice {
        margin-bottom: 0.6rem;
      }
    `,
  ];

  async #save(row: FacilityRow, status: FacilityStatus | null, note: string) {
    this._busy = row.id;
    try {
      if (status === null) await clearFacility(this.services.api, row.id);
      else await tickFacility(this.services.api, row.id, { status, note });
      const saved = { kind: 'ok' as const, text: msg.saved(this.#l.t(row.title)) };
      this._note = saved;
      setTimeout(() => {
        if (this._note === saved) this._note = undefined;
      }, 4000);
      await this.#list.reload();
    } catch (err) {
      this._note = { kind: 'error', text: describeError(err) };
    } finally {
      this._busy = undefined;
    }
  }

  #noteOf(row: FacilityRow): string {
    const input = this.renderRoot.querySelector<HTMLInputElement>(`input[data-note="${CSS.escape(row.id)}"]`);
    return input?.value.trim() ?? row.entry?.note ?? '';
  }

  override render() {
    const t = this.#l.t;
    const data = this.#list.value;
    if (!data) {
      return this.#list.error
        ? html`<h1>${t(msg.title)}</h1><siap-notice .text=${this.#list.error} retry @retry=${() => this.#list.reload()}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const c = data.summary.counts;
    return html`<h1>${t(msg.title)}</h1>
      <p class="muted">${t(msg.lead)}</p>
      <div class="summary" data-summary>
        <siap-light big .verdict=${data.summary.verdict}></siap-light>
        <span>${t(msg.counts(c.ok, c.notOk, c.na, c.unchecked))}</span>
      </div>
      ${this.#list.error ? html`<siap-notice .text=${this.#list.error}></siap-notice>` : nothing}
      ${this._note ? html`<siap-notice class="toast" kind=${this._note.kind} .text=${this._note.text}></siap-notice>` : nothing}
      ${
        data.items.length === 0
          ? html`<siap-notice .text=${msg.empty}></siap-notice>`
          : html`<table>
            <thead>
              <tr>
                <th>${t(msg.item)}</th>
                <th>${t(msg.clause)}</th>
                <th>${t(msg.status)}</th>
                <th>${t(msg.note)}</th>
                <th>${t(msg.by)}</th>
              </tr>
            </thead>
            <tbody>
              ${data.items.map((row) => this.#row(row))}
            </tbody>
          </table>`
      }`;
  }

  #row(row: FacilityRow) {
    const t = this.#l.t;
    const current = row.entry?.status;
    const busy = this._busy === row.id;
    // A role that may not record sees the results as they are, the choices disabled.
    const canRecord = this.#access.may('facilities.record');
    return html`<tr class=${current ?? 'unchecked'} data-item=${row.id}>
      <td>${t(row.title)}${row.verify ? html`<div class="verify">${t(row.verify)}</div>` : nothing}</td>
      <td class="clause">${row.clause}${row.level ? html`<div class="level">${t(LEVEL_LABEL[row.level])}</div>` : nothing}</td>
      <td>
        <span class="choices" role="group" aria-label=${t(row.title)}>
          ${FACILITY_STATUSES.map(
            (s) =>
              html`<button
                data-status=${s}
                aria-pressed=${current === s}
                ?disabled=${busy || !canRecord}
                @click=${() => void this.#save(row, s, this.#noteOf(row))}
              >
                ${t(STATUS_TEXT[s])}
              </button>`,
          )}
        </span>
      </td>
      <td>
        <input
          class="note"
          data-note=${row.id}
          .value=${row.entry?.note ?? ''}
          placeholder=${t(current ? msg.notePlaceholder : msg.needStatus)}
          title=${t(msg.needStatus)}
          maxlength="1000"
          ?disabled=${!canRecord}
          aria-label=${`${t(msg.note)}: ${t(row.title)}`}
          @change=${(e: Event) => {
            // Without a result yet, the note waits and is saved with the result the person picks.
            const note = (e.target as HTMLInputElement).value.trim();
            if (current && note !== (row.entry?.note ?? '')) void this.#save(row, current, note);
          }}
        />
      </td>
      <td class="who">
        ${
          row.entry
            ? html`${row.entry.by}<br />${this.#l.dateTime(row.entry.at)}
              ${
                canRecord
                  ? html`<br /><button class="link" ?disabled=${busy} @click=${() => void this.#save(row, null, '')}>${t(msg.clear)}</button>`
                  : nothing
              }`
            : t(msg.unchecked)
        }
      </td>
    </tr>`;
  }
}
customElements.define('siap-facilities-page', FacilitiesPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-facilities-page': FacilitiesPage;
  }
}
