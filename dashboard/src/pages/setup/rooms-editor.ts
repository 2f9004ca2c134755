import { css, html, LitElement, nothing } from 'lit';
import type { Localized } from '../../../../protocol/i18n.js';
import { ROOM_KINDS, ROOM_KIND_LABELS, type Room, type RoomKind } from '../../../../protocol/venue.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import type { VenueState } from '../../data/contract.js';
import { createRoom, deleteRoom, saveSeats, updateRoom } from '../../data/venue.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';
import './seat-editor.js';
import { generateSeats, seatsPerServer } from './seats.js';

function roomFrom(form: HTMLFormElement): Room {
  const data = new FormData(form);
  const num = (key: string) => Math.max(0, Math.trunc(Number(data.get(key) ?? 0)) || 0);
  return {
    id: String(data.get('id') ?? '').trim(),
    name: String(data.get('name') ?? '').trim(),
    kind: String(data.get('kind')) as RoomKind,
    rows: num('rows'),
    cols: num('cols'),
  };
}

/** Rooms: add, edit, delete, and make a test room's seats from its rows x columns. Fires `changed`. */
export class RoomsEditor extends LitElement {
  static override properties = {
    services: { attribute: false },
    state: { attribute: false },
    _editing: { state: true },
    _seatsOf: { state: true },
  };
  declare services: Services;
  declare state: VenueState;
  declare _editing: string | undefined;
  /** The room whose seat editor is open. */
  declare _seatsOf: string | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [
    page,
    css`
      input[type='number'] {
        width: 4.5rem;
      }
      .seat-form {
        display: flex;
        gap: 0.4rem;
        align-items: end;
        flex-wrap: wrap;
      }
      td.actions {
        white-space: nowrap;
      }
    `,
  ];

  async #run(work: () => Promise<unknown>, success: Localized = msg.saved): Promise<boolean> {
    if (!(await this.#action.run(work, success))) return false;
    this._editing = undefined;
    this.dispatchEvent(new Event('changed'));
    return true;
  }

  #add = async (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    if (await this.#run(() => createRoom(this.services.api, roomFrom(form)))) form.reset();
  };

  #save = (id: string) => (e: Event) => {
    e.preventDefault();
    void this.#run(() => updateRoom(this.services.api, id, roomFrom(e.target as HTMLFormElement)));
  };

  #delete(room: Room) {
    if (!confirm(this.#l.t(msg.confirmDelete(`${room.name} (${room.id})`)))) return;
    void this.#run(() => deleteRoom(this.services.api, room.id));
  }

  #makeSeats = (room: Room) => (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const serverId = String(data.get('serverId') ?? '') || null;
    const first = Math.max(1, Math.trunc(Number(data.get('first'))) || 1);
    const seats = generateSeats(room, serverId, first);
    const existing = this.state.seats.filter((s) => s.roomId === room.id).length;
    if (existing > 0 && !confirm(this.#l.t(msg.replaceSeats(room.name, existing)))) return;
    if (serverId) {
      const others = this.state.seats.filter((s) => s.roomId !== room.id);
      const load = seatsPerServer([...others, ...seats]).get(serverId) ?? 0;
      const limit = this.state.servers.find((s) => s.id === serverId)?.limit ?? 200;
      if (load > limit) {
        this.#action.fail(msg.overLimit(serverId, load, limit));
        return;
      }
    }
    void this.#run(() => saveSeats(this.services.api, room.id, seats));
  };

  #fields(room?: Room) {
    const t = this.#l.t;
    return html`<td>
        <input name="id" aria-label=${t(msg.id)} placeholder=${t(msg.id)} required maxlength="64" size="8" .value=${room?.id ?? ''} ?readonly=${!!room} />
      </td>
      <td><input name="name" aria-label=${t(msg.name)} placeholder=${t(msg.name)} required maxlength="120" size="16" .value=${room?.name ?? ''} /></td>
      <td>
        <select name="kind" aria-label=${t(msg.kind)}>
          ${ROOM_KINDS.map(
            (k) => html`<option value=${k} ?selected=${(room?.kind ?? 'ruang-tes') === k}>${t(ROOM_KIND_LABELS[k])}</option>`,
          )}
        </select>
      </td>
      <td>
        <input name="rows" aria-label=${t(msg.rows)} type="number" min="0" max="100" .value=${String(room?.rows ?? 0)} /> ×
        <input name="cols" aria-label=${t(msg.cols)} type="number" min="0" max="100" .value=${String(room?.cols ?? 0)} />
      </td>`;
  }

  override render() {
    const t = this.#l.t;
    const seatCount = new Map<string, number>();
    for (const s of this.state.seats) seatCount.set(s.roomId, (seatCount.get(s.roomId) ?? 0) + 1);
    return html`<p class="muted">${t(msg.roomsLead)}</p>
      ${actionNote(this.#action)}
      <table>
        <thead>
          <tr>
            <th>${t(msg.id)}</th>
            <th>${t(msg.name)}</th>
            <th>${t(msg.kind)}</th>
            <th>${t(msg.rows)} × ${t(msg.cols)}</th>
            <th>${t(msg.seats)}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${this.state.rooms.map((room) =>
            this._editing === room.id
              ? html`<tr>
                  <td colspan="6">
                    <form class="row" aria-label=${`${t(common.edit)} ${room.name}`} @submit=${this.#save(room.id)}>
                      <table><tr>${this.#fields(room)}</tr></table>
                      <button class="primary" ?disabled=${this.#action.busy}>${t(common.save)}</button>
                      <button type="button" @click=${() => (this._editing = undefined)}>${t(common.cancel)}</button>
                    </form>
                  </td>
                </tr>`
              : html`<tr data-room=${room.id}>
                  <td><code>${room.id}</code></td>
                  <td>${room.kind === 'ruang-tes' ? html`<a href=${paths.room(room.id)}>${room.name}</a>` : room.name}</td>
                  <td>${t(ROOM_KIND_LABELS[room.kind])}</td>
                  <td>${room.rows} × ${room.cols}</td>
                  <td>
                    ${seatCount.get(room.id) ?? 0}
                    ${room.kind === 'ruang-tes' && room.rows * room.cols > 0 ? this.#seatForm(room) : nothing}
                  </td>
                  <td class="actions">
                    <button @click=${() => (this._editing = room.id)}>${t(common.edit)}</button>
                    ${
                      room.kind === 'ruang-tes' && room.rows * room.cols > 0
                        ? html`<button
                          aria-expanded=${this._seatsOf === room.id ? 'true' : 'false'}
                          @click=${() => (this._seatsOf = this._seatsOf === room.id ? undefined : room.id)}
                        >
                          ${t(msg.editSeats)}
                        </button>`
                        : nothing
                    }
                    <button class="danger" ?disabled=${this.#action.busy} @click=${() => this.#delete(room)}>
                      ${t(common.remove)}
                    </button>
                  </td>
                </tr>
                ${
                  this._seatsOf === room.id
                    ? html`<tr>
                      <td colspan="6">
                        <siap-seat-editor
                          .services=${this.services}
                          .room=${room}
                          .seats=${this.state.seats.filter((s) => s.roomId === room.id)}
                          .servers=${this.state.servers}
                          @changed=${() => this.dispatchEvent(new Event('changed'))}
                        ></siap-seat-editor>
                      </td>
                    </tr>`
                    : nothing
                }`,
          )}
        </tbody>
      </table>
      <h3>${t(msg.addRoom)}</h3>
      <form class="row" aria-label=${t(msg.addRoom)} @submit=${this.#add}>
        <table><tr>${this.#fields()}</tr></table>
        <button class="primary" ?disabled=${this.#action.busy}>${t(common.add)}</button>
      </form>`;
  }

  #seatForm(room: Room) {
    const t = this.#l.t;
    const n = room.rows * room.cols;
    return html`<form class="seat-form" @submit=${this.#makeSeats(room)}>
      <label>${t(msg.firstNumber)}<input name="first" type="number" min="1" value="1" /></label>
      <label
        >${t(msg.seatServer)}
        <select name="serverId">
          <option value="">${t(msg.noServer)}</option>
          ${this.state.servers.map((s) => html`<option value=${s.id}>${s.id}${s.name ? ` — ${s.name}` : ''}</option>`)}
        </select></label
      >
      <button ?disabled=${this.#action.busy} title=${t(msg.makeSeatsTitle(n, 1))}>${t(msg.makeSeats)} (${n})</button>
    </form>`;
  }
}
customElements.define('siap-rooms-editor', RoomsEditor);

declare global {
  interface HTMLElementTagNameMap {
    'siap-rooms-editor': RoomsEditor;
  }
}
