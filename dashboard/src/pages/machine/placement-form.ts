import { html, LitElement, nothing } from 'lit';
import type { Services } from '../../app/services.js';
import type { MachineDetail, VenueState } from '../../data/contract.js';
import { setPlacement } from '../../data/machines.js';
import { ResourceController } from '../../data/resource.js';
import { getVenue } from '../../data/venue.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';

/**
 * Moves a PC to another server, room or seat (a client refused by a full server waits until an
 * admin moves it; moving one frees its place on the old server). Fires `changed`.
 */
export class PlacementForm extends LitElement {
  static override properties = { services: { attribute: false }, machine: { attribute: false } };
  declare services: Services;
  declare machine: MachineDetail;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  #venue!: ResourceController<VenueState>;

  override connectedCallback(): void {
    this.#venue ??= new ResourceController(this, { load: () => getVenue(this.services.api) });
    super.connectedCallback();
  }

  static override styles = [page];

  #submit = async (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const text = (key: string) => String(data.get(key) ?? '') || null;
    const seat = Number(data.get('seat'));
    const placement = {
      serverId: text('serverId'),
      roomId: text('roomId'),
      seat: Number.isInteger(seat) && seat > 0 ? seat : null,
    };
    if (await this.#action.run(() => setPlacement(this.services.api, this.machine.id, placement), msg.moved)) {
      this.dispatchEvent(new Event('changed'));
    }
  };

  override render() {
    const t = this.#l.t;
    const venue = this.#venue.value;
    const m = this.machine;
    if (!venue) return nothing;
    return html`<form class="row" aria-label=${t(msg.move)} @submit=${this.#submit}>
        <label
          >${t(msg.server)}
          <select name="serverId">
            <option value="">—</option>
            ${venue.servers.map(
              (s) => html`<option value=${s.id} ?selected=${m.serverId === s.id}>${s.id}${s.name ? ` — ${s.name}` : ''}</option>`,
            )}
          </select></label
        >
        ${
          m.role === 'client'
            ? html`<label
                >${t(msg.room)}
                <select name="roomId">
                  <option value="">—</option>
                  ${venue.rooms
                    .filter((r) => r.kind === 'ruang-tes')
                    .map((r) => html`<option value=${r.id} ?selected=${m.roomId === r.id}>${r.name}</option>`)}
                </select></label
              >
              <label>${t(msg.seat)}<input name="seat" type="number" min="1" .value=${m.seat === null ? '' : String(m.seat)} /></label>`
            : nothing
        }
        <button ?disabled=${this.#action.busy}>${t(msg.move)}</button>
      </form>
      ${actionNote(this.#action)}`;
  }
}
customElements.define('siap-placement-form', PlacementForm);

declare global {
  interface HTMLElementTagNameMap {
    'siap-placement-form': PlacementForm;
  }
}
