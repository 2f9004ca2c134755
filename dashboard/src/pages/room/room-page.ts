import { css, html, LitElement, nothing } from 'lit';
import type { VenueReadiness } from '../../../../protocol/api.js';
import { ROOM_KIND_LABELS, type Seat } from '../../../../protocol/venue.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import type { VenueState } from '../../data/contract.js';
import { MachinesController } from '../../data/machines-store.js';
import { getReadiness } from '../../data/readiness.js';
import { ResourceController } from '../../data/resource.js';
import { getVenue } from '../../data/venue.js';
import { listSeals } from '../../data/seals.js';
import { listSwitches, switchMarks } from '../../data/custody.js';
import type { SeatSwitchesResponse } from '../../../../protocol/seat-switch.js';
import type { SealsResponse } from '../../../../protocol/custody.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { SHOW_LABEL, showOf } from '../../ui/machine-state.js';
import { layoutRoom } from '../../ui/room-layout.js';
import { sealText } from '../../ui/seal-state.js';
import { page } from '../../ui/styles.js';
import '../../ui/causes.js';
import '../../ui/light.js';
import '../../ui/notice.js';
import { fitSeatMap } from '../../ui/seat-map.js';
import { msg } from './messages.js';
import './seat-picker.js';

/** A room's seat map, coloured live by each PC's state, with the room's light and causes. */
export class RoomPage extends LitElement {
  static override properties = { services: { attribute: false }, roomId: {}, _pick: { state: true } };
  declare services: Services;
  declare roomId: string;
  /** The empty seat clicked on the map: an unseated PC is picked for it. */
  declare _pick: number | undefined;
  readonly #l = new LocaleController(this);
  #venue!: ResourceController<VenueState>;
  #readiness!: ResourceController<VenueReadiness>;
  #seals!: ResourceController<SealsResponse>;
  #switches!: ResourceController<SeatSwitchesResponse>;
  #machines!: MachinesController;

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#venue ??= new ResourceController(this, { load: () => getVenue(api), live, topics: ['venue'] });
    this.#readiness ??= new ResourceController(this, { load: () => getReadiness(api), live, topics: ['readiness'] });
    this.#seals ??= new ResourceController(this, { load: () => listSeals(api), live, topics: ['custody'] });
    // The reserve-PC form lives in the custody file (its own budget), loaded when a room is first opened.
    void import('../custody/switch-form.js');
    this.#switches ??= new ResourceController(this, { load: () => listSwitches(api), live, topics: ['custody'] });
    this.#machines ??= new MachinesController(this, api, live);
    super.connectedCallback();
  }

  static override styles = [
    page,
    fitSeatMap,
    css`
      .seal-bad {
        color: var(--siap-bad);
        font-weight: 700;
      }
      .head {
        display: flex;
        align-items: center;
        gap: 1rem;
        flex-wrap: wrap;
      }
      .head h1 {
        margin: 0;
      }
      .others {
        display: flex;
        gap: 0.4rem;
        flex-wrap: wrap;
        margin: 0.5rem 0 1rem;
      }
      .others a[aria-current='page'] {
        font-weight: 700;
        text-decoration: none;
        color: var(--siap-fg);
      }
      /* The app's header, the room's lines and the map's own lines: the whole room on one laptop screen. */
      siap-seat-map {
        margin-top: 0.75rem;
        --chrome: 14.5rem;
      }
      ul.unplaced {
        columns: 3;
      }
      @media (max-width: 600px) {
        .head h1 {
          font-size: 1.3rem;
        }
        .others {
          margin: 0.3rem 0;
          gap: 0 0.8rem;
        }
        .others .muted {
          white-space: nowrap;
          align-self: center;
        }
        .others a,
        .head a {
          display: inline-flex;
          align-items: center;
          min-height: 44px;
          white-space: nowrap;
        }
        ul.unplaced {
          columns: 1;
        }
      }
    `,
  ];

  /** The room's seal (Pengamanan): sealed with its number, opened, or opened with a seal not as installed. */
  #sealLine(roomId: string) {
    const seal = this.#seals.value?.rooms.find((r) => r.roomId === roomId);
    const text = sealText(seal);
    if (!seal || !text) return nothing;
    return html`<a href=${paths.custody()} data-seal=${seal.state} class=${seal.state === 'broken' ? 'seal-bad' : 'muted'}>${this.#l.t(text)}</a>`;
  }

  #picker(seats: readonly Seat[]) {
    const seat = this._pick === undefined ? undefined : seats.find((s) => s.number === this._pick);
    return seat
      ? html`<siap-seat-picker
          .services=${this.services}
          .seat=${seat}
          .machines=${[...this.#machines.byId.values()]}
          @close=${() => (this._pick = undefined)}
        ></siap-seat-picker>`
      : nothing;
  }

  override render() {
    const t = this.#l.t;
    const venue = this.#venue.value;
    const error = this.#venue.error ?? this.#machines.error;
    if (!venue) {
      return error
        ? html`<siap-notice .text=${error} retry @retry=${() => this.#venue.reload()}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const room = venue.rooms.find((r) => r.id === this.roomId);
    if (!room) {
      return html`<h1>${this.roomId}</h1>
        <siap-notice .text=${msg.unknownRoom}></siap-notice>`;
    }
    const seats = venue.seats.filter((s) => s.roomId === room.id);
    const layout = layoutRoom(room, seats, this.#machines.byId.values());
    const readiness = this.#readiness.value?.rooms.find((r) => r.id === room.id);
    const testRooms = venue.rooms.filter((r) => r.kind === 'ruang-tes');
    return html`
      ${error ? html`<siap-notice .text=${error}></siap-notice>` : nothing}
      <div class="head">
        <h1>${room.name}</h1>
        <siap-light .verdict=${readiness?.verdict}></siap-light>
        <span class="muted">${room.id} · ${t(ROOM_KIND_LABELS[room.kind])}</span>
        <a href=${paths.machines({ room: room.id })}>${t(msg.allPcs)}</a>
        ${this.#sealLine(room.id)}
      </div>
      ${
        testRooms.length > 1
          ? html`<nav class="others" aria-label=${t(msg.rooms)}>
            <span class="muted">${t(msg.rooms)}:</span>
            ${testRooms.map((r) => html`<a href=${paths.room(r.id)} aria-current=${r.id === room.id ? 'page' : 'false'}>${r.name}</a>`)}
          </nav>`
          : nothing
      }
      ${this.#picker(seats)}
      ${
        seats.length === 0
          ? html`<siap-notice kind="info" .text=${msg.noSeats}></siap-notice>`
          : html`<siap-seat-map
              .layout=${layout}
              .names=${(id: string) => this.#machines.checkName(id)}
              .switches=${switchMarks(this.#switches.value, room.id)}
              pickable
              @seat-pick=${(e: CustomEvent<number>) => (this._pick = e.detail)}
            ></siap-seat-map>`
      }
      ${
        readiness?.causes.length
          ? html`<h2>${t(msg.causes)}</h2>
            <siap-causes .causes=${readiness.causes} .room=${room.id}></siap-causes>`
          : nothing
      }
      ${
        seats.length > 0
          ? html`<siap-switch-form
              .services=${this.services}
              .roomId=${room.id}
              .data=${this.#switches.value}
              @changed=${() => this.#switches.reload()}
            ></siap-switch-form>`
          : nothing
      }
      ${
        layout.unplaced.length > 0
          ? html`<h2>${t(msg.unplaced)}</h2>
            <ul class="unplaced">
              ${layout.unplaced.map(
                (m) =>
                  html`<li>
                    <a href=${paths.machine(m.id)}>${m.id}</a>${m.seat !== null ? ` (${t(msg.seat)} ${m.seat})` : ''}:
                    ${t(SHOW_LABEL[showOf(m)])}
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    `;
  }
}
customElements.define('siap-room-page', RoomPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-room-page': RoomPage;
  }
}
