import { css, html, LitElement } from 'lit';
import type { Localized } from '../../../../protocol/i18n.js';
import type { Room, Seat, Server } from '../../../../protocol/venue.js';
import type { Services } from '../../app/services.js';
import { saveSeats } from '../../data/venue.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';
import { toggleSeat } from './seats.js';

/**
 * A room's seats cell by cell: a click removes a seat (a pillar, an aisle, a broken desk) or puts
 * one back; seat numbers stay as printed on the desks, a new seat takes the next free number.
 * Fires `changed` after saving.
 */
export class SeatEditor extends LitElement {
  static override properties = {
    services: { attribute: false },
    room: { attribute: false },
    seats: { attribute: false },
    servers: { attribute: false },
    _draft: { state: true },
  };
  declare services: Services;
  declare room: Room;
  declare seats: readonly Seat[];
  declare servers: readonly Server[];
  declare _draft: Seat[] | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [
    page,
    css`
      .grid {
        display: grid;
        gap: 3px;
        max-width: 40rem;
        margin: 0.5rem 0;
      }
      .grid button {
        aspect-ratio: 1.3;
        padding: 0;
        font-size: 0.75rem;
        border-radius: 4px;
      }
      .grid button[aria-pressed='true'] {
        background: var(--siap-accent);
        border-color: var(--siap-accent);
        color: #fff;
      }
      .grid button[aria-pressed='false'] {
        border-style: dashed;
        color: var(--siap-muted);
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    // The split between servers (its own file, with the seating import).
    void import('./seat-ranges.js');
  }

  get #current(): Seat[] {
    return this._draft ?? [...this.seats];
  }

  #save = async () => {
    const draft = this.#current;
    if (await this.#action.run(() => saveSeats(this.services.api, this.room.id, draft), msg.saved as Localized)) {
      this._draft = undefined;
      this.dispatchEvent(new Event('changed'));
    }
  };

  override render() {
    const t = this.#l.t;
    const seats = this.#current;
    const at = new Map(seats.map((s) => [`${s.row}:${s.col}`, s]));
    const defaultServer = seats[0]?.serverId ?? this.servers[0]?.id ?? null;
    const cells = [];
    for (let row = 0; row < this.room.rows; row++) {
      for (let col = 0; col < this.room.cols; col++) {
        const seat = at.get(`${row}:${col}`);
        const label = seat ? t(msg.seatAt(seat.number, row + 1, col + 1)) : t(msg.noSeatAt(row + 1, col + 1));
        cells.push(
          html`<button
            type="button"
            aria-pressed=${seat ? 'true' : 'false'}
            aria-label=${label}
            title=${label}
            @click=${() => (this._draft = toggleSeat(this.#current, this.room.id, row, col, defaultServer))}
          >
            ${seat?.number ?? '·'}
          </button>`,
        );
      }
    }
    return html`<p class="muted">${t(msg.seatEditorLead)}</p>
      <div class="grid" style="grid-template-columns:repeat(${Math.max(1, this.room.cols)},1fr)">${cells}</div>
      <div class="row">
        <button class="primary" ?disabled=${this.#action.busy || !this._draft} @click=${this.#save}>
          ${t(msg.saveSeats)} (${seats.length})
        </button>
        <button ?disabled=${!this._draft} @click=${() => (this._draft = undefined)}>${t(common.cancel)}</button>
      </div>
      ${actionNote(this.#action)}
      ${
        this.seats.length > 0 && this.servers.length > 0
          ? html`<siap-seat-ranges
              .services=${this.services}
              .room=${this.room}
              .seats=${this.seats}
              .servers=${this.servers}
              @changed=${() => this.dispatchEvent(new Event('changed'))}
            ></siap-seat-ranges>`
          : ''
      }`;
  }
}
customElements.define('siap-seat-editor', SeatEditor);

declare global {
  interface HTMLElementTagNameMap {
    'siap-seat-editor': SeatEditor;
  }
}
