import { html, LitElement } from 'lit';
import type { Venue } from '../../../../protocol/venue.js';
import type { Services } from '../../app/services.js';
import { saveVenue } from '../../data/venue.js';
import { common } from '../../i18n/common.js';
import { DEFAULT_ZONE } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';

/** Name, address, town (where official paper is signed) and time zone of the venue. Fires `changed` after a save. */
export class VenueForm extends LitElement {
  static override properties = { services: { attribute: false }, venue: { attribute: false } };
  declare services: Services;
  declare venue: Venue | null;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [page];

  #submit = async (e: Event) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const venue = {
      name: String(data.get('name') ?? '').trim(),
      address: String(data.get('address') ?? '').trim(),
      city: String(data.get('city') ?? '').trim(),
      timeZone: String(data.get('timeZone')) as Venue['timeZone'],
    };
    if (await this.#action.run(() => saveVenue(this.services.api, venue), msg.saved)) {
      this.dispatchEvent(new Event('changed'));
    }
  };

  override render() {
    const t = this.#l.t;
    const v = this.venue;
    return html`<form class="card" @submit=${this.#submit}>
      <div class="row">
        <label>${t(msg.name)}<input name="name" required maxlength="200" size="32" .value=${v?.name ?? ''} /></label>
        <label>${t(msg.address)}<input name="address" maxlength="500" size="40" .value=${v?.address ?? ''} /></label>
        <label title=${t(msg.cityHint)}
          >${t(msg.city)}<input name="city" maxlength="100" size="16" placeholder="Batulicin" .value=${v?.city ?? ''}
        /></label>
        <label
          >${t(msg.timeZone)}
          <select name="timeZone">
            ${Object.entries(msg.zones).map(
              ([zone, label]) => html`<option value=${zone} ?selected=${(v?.timeZone ?? DEFAULT_ZONE) === zone}>${t(label)}</option>`,
            )}
          </select></label
        >
        <button class="primary" ?disabled=${this.#action.busy}>${t(common.save)}</button>
      </div>
      ${actionNote(this.#action)}
    </form>`;
  }
}
customElements.define('siap-venue-form', VenueForm);

declare global {
  interface HTMLElementTagNameMap {
    'siap-venue-form': VenueForm;
  }
}
