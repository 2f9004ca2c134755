import { css, html, LitElement, nothing } from 'lit';
import { AccessController } from '../../app/access.js';
import { machineFilterOf, paths, type MachineFilter } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { MachinesController } from '../../data/machines-store.js';
import { ROLE_LABEL, common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { SHOW_LABEL, showOf, type MachineShow } from '../../ui/machine-state.js';
import { page } from '../../ui/styles.js';
import '../../ui/light.js';
import '../../ui/notice.js';
import { filterMachines } from './filter.js';
import { msg } from './messages.js';

const STATES: MachineShow[] = ['ready', 'not-ready', 'incomplete', 'missing', 'offline', 'pending'];

/** Every PC and server agent, filtered by state, failing check, room or server (the filter is in the address). */
export class MachinesPage extends LitElement {
  static override properties = {
    services: { attribute: false },
    query: { attribute: false },
    _search: { state: true },
    _seating: { state: true },
  };
  declare services: Services;
  declare query: URLSearchParams;
  declare _search: string;
  /** The seating file card is open (its code loaded on first open). */
  declare _seating: boolean;
  readonly #l = new LocaleController(this);
  readonly #access = new AccessController(this);
  #machines!: MachinesController;

  constructor() {
    super();
    this.query = new URLSearchParams();
    this._search = '';
    this._seating = false;
  }

  #openSeating = async () => {
    if (!this._seating) await import('./seating-import.js');
    this._seating = !this._seating;
  };

  override connectedCallback(): void {
    this.#machines ??= new MachinesController(this, this.services.api, this.services.live);
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      td.failing {
        max-width: 28rem;
      }
      .refusal {
        color: var(--siap-bad);
        font-size: 0.9rem;
      }
      tbody tr:hover {
        background: #f6f8fa;
      }
    `,
  ];

  #setFilter(change: Partial<MachineFilter>) {
    const next = { ...machineFilterOf(this.query), ...change };
    for (const key of Object.keys(change) as Array<keyof MachineFilter>) if (!change[key]) delete next[key];
    this.services.router.navigate(paths.machines(next), { replace: true });
  }

  override render() {
    const t = this.#l.t;
    const m = this.#machines;
    const filter = machineFilterOf(this.query);
    if (!m.loaded) {
      return m.error
        ? html`<h1>${t(msg.title)}</h1><siap-notice .text=${m.error} retry @retry=${() => m.reload()}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const all = [...m.byId.values()];
    const rows = filterMachines(all, filter, this._search);
    const rooms = [...new Set(all.map((x) => x.roomId).filter((x): x is string => !!x))].sort();
    const servers = [...new Set(all.map((x) => x.serverId).filter((x): x is string => !!x))].sort();
    const state = filter.offline ? 'offline' : (filter.verdict ?? '');
    return html`<h1>${t(msg.title)}</h1>
      ${m.error ? html`<siap-notice .text=${m.error}></siap-notice>` : nothing}
      <div class="toolbar">
        <label
          >${t(msg.search)}<input
            type="search"
            .value=${this._search}
            @input=${(e: Event) => (this._search = (e.target as HTMLInputElement).value)}
        /></label>
        <label
          >${t(msg.state)}
          <select
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              this.#setFilter(v === 'offline' ? { offline: true, verdict: '' } : { verdict: v, offline: false });
            }}
          >
            <option value="" ?selected=${state === ''}>${t(msg.all)}</option>
            ${STATES.map((s) => html`<option value=${s} ?selected=${state === s}>${t(SHOW_LABEL[s])}</option>`)}
          </select></label
        >
        <label
          >${t(msg.room)}
          <select @change=${(e: Event) => this.#setFilter({ room: (e.target as HTMLSelectElement).value })}>
            <option value="">${t(msg.all)}</option>
            ${rooms.map((r) => html`<option value=${r} ?selected=${filter.room === r}>${r}</option>`)}
          </select></label
        >
        <label
          >${t(msg.server)}
          <select @change=${(e: Event) => this.#setFilter({ server: (e.target as HTMLSelectElement).value })}>
            <option value="">${t(msg.all)}</option>
            ${servers.map((s) => html`<option value=${s} ?selected=${filter.server === s}>${s}</option>`)}
          </select></label
        >
        ${filter.check ? html`<span>${t(msg.check)}: <b>${t(m.checkName(filter.check))}</b></span>` : nothing}
        ${Object.keys(filter).length > 0 ? html`<a class="button" href=${paths.machines()}>${t(msg.clear)}</a>` : nothing}
        <span class="spacer"></span>
        ${
          this.#access.may('machines.import')
            ? html`<button aria-expanded=${this._seating ? 'true' : 'false'} @click=${this.#openSeating}>${t(msg.seating)}</button>`
            : nothing
        }
        <span class="muted" data-shown>${t(msg.shown(rows.length, all.length))}</span>
      </div>
      ${
        this._seating
          ? html`<siap-seating-import .services=${this.services} @changed=${() => this.#machines.reload()}></siap-seating-import>`
          : nothing
      }
      ${
        all.length === 0
          ? html`<siap-notice kind="info" .text=${msg.noMachines}></siap-notice>`
          : rows.length === 0
            ? html`<p>${t(msg.none)}</p>`
            : html`<table>
              <thead>
                <tr>
                  <th>${t(msg.pc)}</th>
                  <th>${t(msg.state)}</th>
                  <th>${t(msg.role)}</th>
                  <th>${t(msg.room)} / ${t(msg.seat)}</th>
                  <th>${t(msg.server)}</th>
                  <th>${t(msg.failing)}</th>
                  <th>${t(msg.lastSeen)}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map((x) => {
                  const show = showOf(x);
                  return html`<tr data-machine=${x.id}>
                    <td><a href=${paths.machine(x.id)}>${x.id}</a></td>
                    <td>
                      <siap-light .verdict=${show === 'empty' ? undefined : show}></siap-light>
                    </td>
                    <td>${t(ROLE_LABEL[x.role])}</td>
                    <td>
                      ${x.roomId ? html`<a href=${paths.room(x.roomId)}>${x.roomId}</a>` : '—'}${x.seat !== null ? ` / ${x.seat}` : ''}
                    </td>
                    <td>${x.serverId ?? '—'}</td>
                    <td class="failing">
                      ${x.failing.map((id) => t(m.checkName(id))).join(', ')}
                      ${
                        x.refusal
                          ? html`<div class="refusal">${t(msg.refused)}: ${t({ id: x.refusal.message, en: x.refusal.en })}</div>`
                          : nothing
                      }
                    </td>
                    <td>${x.lastSeenAt ? this.#l.dateTime(x.lastSeenAt) : t(common.never)}</td>
                  </tr>`;
                })}
              </tbody>
            </table>`
      }`;
  }
}
customElements.define('siap-machines-page', MachinesPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-machines-page': MachinesPage;
  }
}
