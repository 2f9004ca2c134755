import { css, html, LitElement } from 'lit';
import type { Seat } from '../../../../protocol/venue.js';
import type { Services } from '../../app/services.js';
import { setPlacement } from '../../data/machines.js';
import type { MachineState } from '../../data/machines-store.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';

const msg = {
  title: (n: number) => ({ id: `PC untuk kursi ${n}`, en: `PC for seat ${n}` }),
  filter: { id: 'Cari PC', en: 'Find a PC' },
  none: { id: 'Tidak ada PC tanpa kursi yang cocok.', en: 'No unseated PC matches.' },
  close: { id: 'Tutup', en: 'Close' },
  placed: (id: string, n: number) => ({ id: `${id} ditempatkan di kursi ${n}.`, en: `${id} placed at seat ${n}.` }),
};

/**
 * Picks an unseated PC for an empty seat (click an empty seat on the room map): a filterable list,
 * one click places it through the placement route (the hub applies the 200-per-server rule).
 */
export class SiapSeatPicker extends LitElement {
  static override properties = {
    services: { attribute: false },
    seat: { attribute: false },
    machines: { attribute: false },
    _q: { state: true },
  };
  declare services: Services;
  declare seat: Seat;
  declare machines: readonly MachineState[];
  declare _q: string;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  constructor() {
    super();
    this._q = '';
  }

  static override styles = [
    page,
    css`
      :host {
        display: block;
        border: 1px solid var(--siap-line);
        border-radius: 6px;
        padding: 0.5rem 0.75rem;
        margin-top: 0.5rem;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0.4rem 0;
        max-height: 14rem;
        overflow-y: auto;
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
      }
      button.pc {
        min-height: 44px;
      }
    `,
  ];

  #close() {
    this.dispatchEvent(new Event('close'));
  }

  async #place(id: string) {
    const { seat } = this;
    const to = { serverId: seat.serverId, roomId: seat.roomId, seat: seat.number };
    if (await this.#action.run(() => setPlacement(this.services.api, id, to), msg.placed(id, seat.number))) this.#close();
  }

  override render() {
    const t = this.#l.t;
    const q = this._q.trim().toLowerCase();
    const free = this.machines
      .filter((m) => m.role === 'client' && m.seat === null && (!q || m.id.toLowerCase().includes(q)))
      .sort((a, b) => a.id.localeCompare(b.id));
    return html`<h3>${t(msg.title(this.seat.number))}</h3>
      <input
        type="search"
        aria-label=${t(msg.filter)}
        placeholder=${t(msg.filter)}
        .value=${this._q}
        @input=${(e: Event) => (this._q = (e.target as HTMLInputElement).value)}
      />
      <button type="button" @click=${() => this.#close()}>${t(msg.close)}</button>
      ${actionNote(this.#action)}
      ${
        free.length === 0
          ? html`<p class="muted">${t(msg.none)}</p>`
          : html`<ul>
            ${free
              .slice(0, 200)
              .map(
                (m) =>
                  html`<li><button type="button" class="pc" ?disabled=${this.#action.busy} @click=${() => this.#place(m.id)}>${m.id}</button></li>`,
              )}
          </ul>`
      }`;
  }
}
customElements.define('siap-seat-picker', SiapSeatPicker);
