import { css, html, LitElement, nothing } from 'lit';
import { AccessController } from '../../app/access.js';
import type { Services } from '../../app/services.js';
import { health } from '../../data/auth.js';
import type { VenueState } from '../../data/contract.js';
import { ResourceController } from '../../data/resource.js';
import { getVenue } from '../../data/venue.js';
import { common } from '../../i18n/common.js';
import { DEFAULT_ZONE } from '../../i18n/format.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { backupMsg } from './backup-card.js';
import './enrollment-card.js';
import './captures-card.js';
import { cm as captureMsg } from './captures-messages.js';
import './plan-import.js';
import './region-link-card.js';
import './rooms-editor.js';
import './servers-editor.js';
import './users-card.js';
import './venue-form.js';
import { usersMsg } from './users-messages.js';
import { msg } from './messages.js';

/** Venue setup: the venue, rooms and their seats, servers, a plan import, enrolling exam PCs, the hub's users, its link to the region. */
export class SetupPage extends LitElement {
  static override properties = { services: { attribute: false }, _ca: { state: true } };
  declare services: Services;
  /** The hub CA's fingerprint ('' without TLS), for a monitor to compare with what the technician reads out. */
  declare _ca: string | undefined;
  readonly #l = new LocaleController(this);
  readonly #access = new AccessController(this);
  #venue!: ResourceController<VenueState>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#venue ??= new ResourceController(this, { load: () => getVenue(api), live, topics: ['venue', 'servers'] });
    super.connectedCallback();
    health(api).then(
      (h) => (this._ca = h.caFingerprint ?? ''),
      () => undefined,
    );
  }

  static override styles = [
    page,
    css`
      section {
        margin-bottom: 1.25rem;
      }
      code {
        word-break: break-all;
      }
    `,
  ];

  override render() {
    const t = this.#l.t;
    const state = this.#venue.value;
    const reload = () => void this.#venue.reload();
    return html`<h1>${t(msg.title)}</h1>
      ${
        !this.#access.may('venue.manage')
          ? nothing
          : this.#venue.error
            ? html`<siap-notice .text=${this.#venue.error} retry @retry=${reload}></siap-notice>`
            : !state
              ? html`<p>${t(common.loading)}</p>`
              : html`<section>
                <h2>${t(msg.venue)}</h2>
                <siap-venue-form .services=${this.services} .venue=${state.venue} @changed=${reload}></siap-venue-form>
              </section>
              <section class="card">
                <h2>${t(msg.rooms)}</h2>
                <siap-rooms-editor .services=${this.services} .state=${state} @changed=${reload}></siap-rooms-editor>
              </section>
              <section class="card">
                <h2>${t(msg.servers)}</h2>
                <siap-servers-editor .services=${this.services} .state=${state} @changed=${reload}></siap-servers-editor>
              </section>
              <section class="card">
                <h2>${t(msg.plan)}</h2>
                <siap-plan-import .services=${this.services} @changed=${reload}></siap-plan-import>
              </section>`
      }
      <section class="card">
        <h2>${t(common.caFingerprint)}</h2>
        <code data-ca-fingerprint>${this._ca === '' ? t(msg.noTls) : this._ca}</code>
      </section>
      ${
        this.#access.may('enrollment.read')
          ? html`<section class="card">
            <h2>${t(msg.enrollment)}</h2>
            <siap-enrollment-card .services=${this.services} .venue=${state} .zone=${state?.venue?.timeZone ?? DEFAULT_ZONE}></siap-enrollment-card>
          </section>`
          : nothing
      }
      ${
        this.#access.may('captures.import')
          ? html`<section class="card" id="pc-lama">
            <h2>${t(captureMsg.title)}</h2>
            <siap-captures-card .services=${this.services} .zone=${state?.venue?.timeZone ?? DEFAULT_ZONE}></siap-captures-card>
          </section>`
          : nothing
      }
      ${
        this.#access.may('users.read')
          ? html`<section class="card">
            <h2>${t(usersMsg.title)}</h2>
            <siap-users-card .services=${this.services}></siap-users-card>
          </section>`
          : nothing
      }
      ${
        this.#access.may('backup.download')
          ? html`<section class="card" id="cadangan">
            <h2>${t(backupMsg.title)}</h2>
            <siap-backup-card .services=${this.services}></siap-backup-card>
          </section>`
          : nothing
      }
      <section class="card" id="wilayah">
        <siap-region-link .services=${this.services}></siap-region-link>
      </section>`;
  }
}
customElements.define('siap-setup-page', SetupPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-setup-page': SetupPage;
  }
}
