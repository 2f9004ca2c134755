import { css, html, LitElement, nothing } from 'lit';
import type { CheckStatus } from '../../../../protocol/check.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { paths } from '../../app/paths.js';
import { AccessController } from '../../app/access.js';
import type { Services } from '../../app/services.js';
import type { HistoryEntry, MachineDetail } from '../../data/contract.js';
import { describeError } from '../../data/errors.js';
import { getMachine, recheckMachine } from '../../data/machines.js';
import { ResourceController } from '../../data/resource.js';
import { ROLE_LABEL, STATUS_LABEL, common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { showOf } from '../../ui/machine-state.js';
import { page } from '../../ui/styles.js';
import '../../ui/light.js';
import '../../ui/notice.js';
import './checks-table.js';
import './placement-form.js';
import { msg } from './messages.js';

/** One PC or server: every check with measured vs required, what to do, its history, and "periksa ulang". */
export class MachinePage extends LitElement {
  static override properties = {
    services: { attribute: false },
    machineId: {},
    _note: { state: true },
    _busy: { state: true },
  };
  declare services: Services;
  declare machineId: string;
  declare _note: { kind: 'ok' | 'error'; text: Localized } | undefined;
  declare _busy: boolean;
  readonly #l = new LocaleController(this);
  readonly #access = new AccessController(this);
  #machine!: ResourceController<MachineDetail>;

  constructor() {
    super();
    this._busy = false;
  }

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#machine ??= new ResourceController(this, {
      load: () => getMachine(api, this.machineId),
      live,
      topics: ['machines'],
      relevant: (e) => e.machines.length === 0 || e.machines.some((m) => m.id === this.machineId),
    });
    super.connectedCallback();
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('machineId') && changed.get('machineId') !== undefined) {
      this._note = undefined;
      void this.#machine.reload();
    }
  }

  static override styles = [
    page,
    css`
      .head {
        display: flex;
        align-items: center;
        gap: 1rem;
        flex-wrap: wrap;
      }
      .head h1 {
        margin: 0;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.2rem 1rem;
        margin: 0.75rem 0;
      }
      dt {
        color: var(--siap-muted);
      }
      dd {
        margin: 0;
      }
      siap-notice {
        margin: 0.5rem 0;
      }
      ol.history {
        padding-left: 1.2rem;
      }
      ol.history li {
        margin-bottom: 0.4rem;
      }
    `,
  ];

  #recheck = async () => {
    this._busy = true;
    try {
      await recheckMachine(this.services.api, this.machineId);
      this._note = { kind: 'ok', text: msg.recheckSent(this.#l.time(new Date())) };
    } catch (err) {
      this._note = {
        kind: 'error',
        // The hub says why (409: the PC is offline, with what to do), in both languages.
        text: describeError(err),
      };
    } finally {
      this._busy = false;
    }
  };

  override render() {
    const t = this.#l.t;
    const m = this.#machine.value?.id === this.machineId ? this.#machine.value : undefined;
    const error = this.#machine.error;
    if (!m) {
      if (!error) return html`<p>${t(common.loading)}</p>`;
      return html`<h1>${this.machineId}</h1>
        <siap-notice .text=${error} retry @retry=${() => this.#machine.reload()}></siap-notice>`;
    }
    const show = showOf(m);
    const names = new Map(m.checks.map((c) => [c.id, c.title]));
    return html`
      ${error ? html`<siap-notice .text=${error}></siap-notice>` : nothing}
      <div class="head">
        <h1>${m.id}</h1>
        <siap-light big .verdict=${show === 'empty' ? undefined : show}></siap-light>
        ${
          this.#access.may('machines.recheck')
            ? html`<button class="primary" ?disabled=${this._busy} @click=${this.#recheck}>
              ${t(this._busy ? msg.recheckBusy : msg.recheck)}
            </button>`
            : nothing
        }
      </div>
      ${this._note ? html`<siap-notice kind=${this._note.kind} .text=${this._note.text}></siap-notice>` : nothing}
      ${
        m.refusal
          ? html`<siap-notice .text=${{ id: `${msg.refused.id}: ${m.refusal.message}`, en: `${msg.refused.en}: ${m.refusal.en}` }}></siap-notice>`
          : nothing
      }
      <dl>
        <dt>${t(msg.role)}</dt>
        <dd>${t(ROLE_LABEL[m.role])}</dd>
        <dt>${t(msg.room)} / ${t(msg.seat)}</dt>
        <dd>${m.roomId ? html`<a href=${paths.room(m.roomId)}>${m.roomId}</a>` : '—'} / ${m.seat ?? '—'}</dd>
        <dt>${t(msg.server)}</dt>
        <dd>${m.serverId ?? '—'}</dd>
        <dt>${t(msg.lastSeen)}</dt>
        <dd>${m.lastSeenAt ? this.#l.dateTime(m.lastSeenAt) : t(common.never)} (${t(m.online ? common.online : common.offline)})</dd>
        <dt>${t(msg.reportedAt)}</dt>
        <dd>${m.reportedAt ? this.#l.dateTime(m.reportedAt) : t(common.never)}</dd>
        <dt>${t(msg.checklist)}</dt>
        <dd>${m.checklist ? html`<code>${m.checklist.id}@${m.checklist.version}</code>` : '—'}</dd>
      </dl>
      ${
        this.#access.may('machines.place')
          ? html`<details ?open=${m.refusal !== null}>
            <summary>${t(msg.moveTitle)}</summary>
            <siap-placement-form .services=${this.services} .machine=${m} @changed=${() => this.#machine.reload()}></siap-placement-form>
          </details>`
          : nothing
      }
      <h2>${t(msg.checks)}</h2>
      ${
        m.checks.length === 0
          ? html`<siap-notice kind="info" .text=${msg.noReport}></siap-notice>`
          : html`<siap-checks-table .checks=${m.checks}></siap-checks-table>`
      }
      <h2>${t(msg.history)}</h2>
      ${m.history.length === 0 ? html`<p class="muted">${t(msg.noHistory)}</p>` : this.#history(m.history, names)}
    `;
  }

  #history(history: HistoryEntry[], names: Map<string, Localized>) {
    const t = this.#l.t;
    const status = (s: string | null) => (s === null ? t(msg.absent) : s in STATUS_LABEL ? t(STATUS_LABEL[s as CheckStatus]) : s);
    return html`<ol class="history">
      ${history.map(
        (h) => html`<li data-history=${h.at}>
          <b>${this.#l.dateTime(h.at)}</b> <siap-light .verdict=${h.verdict ?? undefined}></siap-light>
          ${
            h.changes.length === 0
              ? html`<span class="muted">— ${t(msg.firstReport)}</span>`
              : html`<ul>
                ${h.changes.map((c) => html`<li>${t(names.get(c.id) ?? { id: c.id, en: c.id })}: ${status(c.from)} → ${status(c.to)}</li>`)}
              </ul>`
          }
        </li>`,
      )}
    </ol>`;
  }
}
customElements.define('siap-machine-page', MachinePage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-machine-page': MachinePage;
  }
}
