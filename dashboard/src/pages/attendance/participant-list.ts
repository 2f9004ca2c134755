import { css, html, LitElement, nothing } from 'lit';
import type { Participant, ParticipantStatus } from '../../../../protocol/exam.js';
import { notPresentWord } from '../../../../protocol/glossary.js';
import { LocaleController } from '../../i18n/controller.js';
import { statusBadge, statusStyles } from '../../ui/participant-status.js';
import { page } from '../../ui/styles.js';
import { filterParticipants, type ParticipantFilter } from './filter.js';
import { msg } from './messages.js';

const STATUSES: ParticipantStatus[] = ['present', 'absent', 'refused'];
/** Option values: '' = all rooms, 'r:<name>' = that room ('r:' alone = no room). */
const roomValue = (room: string) => `r:${room}`;

/**
 * The session's participants with a search (number or name) and room and status filters, all
 * applied here on the attendance answer the page already holds: no request per keystroke.
 */
export class AttendanceList extends LitElement {
  static override properties = {
    participants: { attribute: false },
    rooms: { attribute: false },
    zone: {},
    final: { type: Boolean },
    _filter: { state: true },
  };
  declare participants: readonly Participant[];
  declare rooms: readonly string[];
  /** WIB, WITA or WIT: the check-in times are the venue's clock. */
  declare zone: string;
  /** PIN issuance has closed: who has not come is "Tidak hadir"; before that "Belum hadir". */
  declare final: boolean;
  declare _filter: ParticipantFilter;
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this.participants = [];
    this.rooms = [];
    this.zone = '';
    this.final = false;
    this._filter = {};
  }

  static override styles = [
    page,
    statusStyles,
    css`
      .filters {
        display: flex;
        gap: 0.75rem;
        align-items: flex-end;
        flex-wrap: wrap;
        margin-bottom: 0.5rem;
      }
      .field {
        display: flex;
        flex-direction: column;
        gap: 0.2rem;
      }
      select {
        max-width: 16rem;
      }
      input[type='search'] {
        width: 18rem;
        max-width: 100%;
      }
      td.number {
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      td.seat,
      td.time {
        white-space: nowrap;
      }
      tr.refused td:first-child {
        border-left: 4px solid var(--siap-bad);
      }
      tr.present td:first-child {
        border-left: 4px solid var(--siap-ready);
      }
      tr.absent td:first-child {
        border-left: 4px solid var(--siap-line);
      }
      .blind {
        font-size: 0.8rem;
        font-weight: 600;
        border: 1px solid var(--siap-accent);
        color: var(--siap-accent);
        border-radius: 4px;
        padding: 0 0.3rem;
        white-space: nowrap;
      }
      .override {
        font-size: 0.8rem;
        color: var(--siap-incomplete);
      }
      .table-wrap {
        overflow-x: auto;
      }
    `,
  ];

  #set(change: Partial<ParticipantFilter>) {
    this._filter = { ...this._filter, ...change };
  }

  override render() {
    const t = this.#l.t;
    const shown = filterParticipants(this.participants, this._filter);
    return html`<div class="filters" role="search">
        <div class="field">
          <label for="q">${t(msg.search)}</label>
          <input
            id="q"
            type="search"
            .value=${this._filter.q ?? ''}
            placeholder=${t(msg.searchPlaceholder)}
            @input=${(e: Event) => this.#set({ q: (e.target as HTMLInputElement).value })}
          />
        </div>
        <div class="field">
          <label for="room">${t(msg.roomFilter)}</label>
          <select
            id="room"
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value;
              this.#set({ room: v ? v.slice(2) : undefined });
            }}
          >
            <option value="" ?selected=${this._filter.room === undefined}>${t(msg.all)}</option>
            ${this.rooms.map(
              (r) => html`<option value=${roomValue(r)} ?selected=${this._filter.room === r}>${r || t(msg.noRoom)}</option>`,
            )}
          </select>
        </div>
        <div class="field">
          <label for="status">${t(msg.statusFilter)}</label>
          <select
            id="status"
            @change=${(e: Event) => {
              const v = (e.target as HTMLSelectElement).value as ParticipantStatus | '';
              this.#set({ status: v || undefined });
            }}
          >
            <option value="" ?selected=${this._filter.status === undefined}>${t(msg.all)}</option>
            ${STATUSES.map((s) => html`<option value=${s} ?selected=${this._filter.status === s}>${t(msg.statusOption(s, notPresentWord(this.final)))}</option>`)}
          </select>
        </div>
        <span class="muted" role="status" data-shown>${t(msg.shown(shown.length, this.participants.length))}</span>
      </div>
      ${
        shown.length === 0
          ? html`<p class="muted">${t(msg.noMatch)}</p>`
          : html`<div class="table-wrap">
            <table data-participants>
              <thead>
                <tr>
                  <th>${t(msg.col.number)}</th>
                  <th>${t(msg.col.name)}</th>
                  <th>${t(msg.col.jabatan)}</th>
                  <th>${t(msg.col.room)}</th>
                  <th>${t(msg.col.seat)}</th>
                  <th>${t(msg.col.status)}</th>
                  <th>${t(msg.col.time)}${this.zone ? ` (${this.zone})` : ''}</th>
                  <th>${t(msg.col.blind)}</th>
                </tr>
              </thead>
              <tbody>
                ${shown.map((p) => this.#row(p))}
              </tbody>
            </table>
          </div>`
      }`;
  }

  #row(p: Participant) {
    const t = this.#l.t;
    return html`<tr class=${p.status} data-participant=${p.number}>
      <td class="number">${p.number}</td>
      <td>${p.name}</td>
      <td>${p.jabatan}</td>
      <td>${p.room || t(msg.noRoom)}</td>
      <td class="seat">${p.seat || '—'}</td>
      <td>${p.status === 'absent' ? statusBadge(p.status, t, notPresentWord(this.final)) : statusBadge(p.status, t)}</td>
      <td class="time">
        ${p.checkedInTime ? this.#l.clock(p.checkedInTime) : '—'}
        ${p.override ? html`<div class="override" title=${p.override.reason}>${t(msg.override)}</div>` : nothing}
      </td>
      <td>${p.blind ? html`<span class="blind">${t(msg.blindMark)}</span>` : nothing}</td>
    </tr>`;
  }
}
customElements.define('siap-attendance-list', AttendanceList);

declare global {
  interface HTMLElementTagNameMap {
    'siap-attendance-list': AttendanceList;
  }
}
