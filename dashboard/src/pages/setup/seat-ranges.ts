import { html, LitElement } from 'lit';
import type { Room, Seat, Server } from '../../../../protocol/venue.js';
import type { Services } from '../../app/services.js';
import { saveSeatRanges, type SeatRange } from '../../data/seating.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { sm } from '../machines/seating-messages.js';

/** The room's seats as ranges of consecutive numbers on one server (a seat without a server: server ''). */
export function rangesOf(seats: readonly Seat[]): SeatRange[] {
  const out: SeatRange[] = [];
  for (const s of [...seats].sort((a, b) => a.number - b.number)) {
    const last = out[out.length - 1];
    if (last && last.serverId === (s.serverId ?? '')) last.to = s.number;
    else out.push({ from: s.number, to: s.number, serverId: s.serverId ?? '' });
  }
  return out;
}

/**
 * Splits a room's seats between servers by seat number ranges ("1–200 → S1, 201–215 → S2"): the
 * hub checks the split (every seat in one range, at most 200 per server) and refuses it with why.
 * Fires `changed` after saving. Loaded with the seat editor on first open.
 */
export class SeatRanges extends LitElement {
  static override properties = {
    services: { attribute: false },
    room: { attribute: false },
    seats: { attribute: false },
    servers: { attribute: false },
    _ranges: { state: true },
  };
  declare services: Services;
  declare room: Room;
  declare seats: readonly Seat[];
  declare servers: readonly Server[];
  declare _ranges: SeatRange[] | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [page];

  get #current(): SeatRange[] {
    return this._ranges ?? rangesOf(this.seats);
  }

  #edit(i: number, change: Partial<SeatRange>) {
    this._ranges = this.#current.map((r, j) => (j === i ? { ...r, ...change } : r));
  }

  #add = () => {
    const ranges = this.#current;
    const max = this.seats.reduce((m, s) => Math.max(m, s.number), 0);
    const from = Math.min(max, (ranges[ranges.length - 1]?.to ?? 0) + 1);
    this._ranges = [...ranges, { from, to: max, serverId: this.servers[0]?.id ?? '' }];
  };

  #save = async (e: Event) => {
    e.preventDefault();
    const ranges = this.#current;
    if (await this.#action.run(() => saveSeatRanges(this.services.api, this.room.id, ranges), sm.rangesSaved)) {
      this._ranges = undefined;
      this.dispatchEvent(new Event('changed'));
    }
  };

  override render() {
    const t = this.#l.t;
    const num = (i: number, key: 'from' | 'to', value: number, label: string) =>
      html`<input
        type="number"
        min="1"
        max="10000"
        aria-label=${`${label} ${i + 1}`}
        .value=${String(value)}
        @change=${(e: Event) => this.#edit(i, { [key]: Math.trunc(Number((e.target as HTMLInputElement).value)) || 0 })}
      />`;
    return html`<form aria-label=${t(sm.rangesTitle)} @submit=${this.#save}>
      <h4>${t(sm.rangesTitle)}</h4>
      <p class="muted">${t(sm.rangesLead)}</p>
      <table>
        <thead>
          <tr><th>${t(sm.fromSeat)}</th><th>${t(sm.toSeat)}</th><th>${t(sm.server)}</th><th></th></tr>
        </thead>
        <tbody>
          ${this.#current.map(
            (r, i) =>
              html`<tr data-range=${i}>
                <td>${num(i, 'from', r.from, t(sm.fromSeat))}</td>
                <td>${num(i, 'to', r.to, t(sm.toSeat))}</td>
                <td>
                  <select aria-label=${`${t(sm.server)} ${i + 1}`} @change=${(e: Event) => this.#edit(i, { serverId: (e.target as HTMLSelectElement).value })}>
                    <option value="" ?selected=${r.serverId === ''}>—</option>
                    ${this.servers.map((s) => html`<option value=${s.id} ?selected=${r.serverId === s.id}>${s.id}${s.name ? ` — ${s.name}` : ''}</option>`)}
                  </select>
                </td>
                <td>
                  <button type="button" @click=${() => (this._ranges = this.#current.filter((_, j) => j !== i))}>${t(sm.removeRange)}</button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <div class="row">
        <button type="button" @click=${this.#add}>${t(sm.addRange)}</button>
        <button class="primary" ?disabled=${this.#action.busy}>${t(sm.saveRanges)}</button>
      </div>
      ${actionNote(this.#action)}
    </form>`;
  }
}
customElements.define('siap-seat-ranges', SeatRanges);

declare global {
  interface HTMLElementTagNameMap {
    'siap-seat-ranges': SeatRanges;
  }
}
