import { css, html, LitElement, nothing } from 'lit';
import type { RoomReadiness, ServerReadiness, VenueReadiness } from '../../../../protocol/api.js';
import type { FacilitySummary } from '../../../../protocol/facilities.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { withoutNotFound } from '../../data/errors.js';
import { getFacilitySummary } from '../../data/facilities.js';
import { getReadiness } from '../../data/readiness.js';
import { listSeals } from '../../data/seals.js';
import type { SealsResponse } from '../../../../protocol/custody.js';
import { ResourceController } from '../../data/resource.js';
import { ROLE_LABEL } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { sealText } from '../../ui/seal-state.js';
import { page } from '../../ui/styles.js';
import '../../ui/capacity.js';
import '../../ui/causes.js';
import '../../ui/counts.js';
import '../../ui/light.js';
import '../../ui/notice.js';
import { msg as facilityMsg } from '../facilities/messages.js';
import '../setup/region-link-card.js';
import { msg } from './messages.js';

const facilityCounts = facilityMsg.counts;

/** Test rooms always; other rooms (server room, lockers...) only when machines report from them. */
const shown = (room: RoomReadiness) => {
  const m = room.machines;
  return room.kind === undefined || room.kind === 'ruang-tes' || m.ready + m.notReady + m.incomplete + m.missing + m.offline > 0;
};

/**
 * "Can we hold the exam here tomorrow, and if not, what must be fixed?": the venue's light with
 * its named causes, machine and facility counts, a light per room and per server, and each
 * server's capacity (assigned/limit, red when full, who waits). Live.
 */
export class OverviewPage extends LitElement {
  static override properties = { services: { attribute: false } };
  declare services: Services;
  readonly #l = new LocaleController(this);
  #readiness!: ResourceController<VenueReadiness>;
  #facilities!: ResourceController<FacilitySummary | undefined>;
  #seals!: ResourceController<SealsResponse | undefined>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#readiness ??= new ResourceController(this, {
      load: () => getReadiness(api),
      live,
      topics: ['readiness', 'machines', 'servers', 'venue'],
    });
    this.#facilities ??= new ResourceController(this, {
      // A hub without the facility checklist answers 404: the overview then shows machines only.
      load: () => getFacilitySummary(api).catch(withoutNotFound),
      live,
      topics: ['facilities'],
    });
    // Each test room's seal (Pengamanan); a hub without the custody feature answers 404: no seal line.
    this.#seals ??= new ResourceController(this, { load: () => listSeals(api).catch(withoutNotFound), live, topics: ['custody'] });
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      .hero {
        display: grid;
        grid-template-columns: minmax(16rem, 1fr) minmax(16rem, 1.3fr);
        gap: 1rem;
        align-items: start;
      }
      @media (max-width: 900px) {
        .hero {
          grid-template-columns: 1fr;
        }
      }
      .verdict-line {
        display: flex;
        align-items: center;
        gap: 0.6rem;
      }
      .verdict {
        font-size: 1.6rem;
      }
      .question {
        margin: 0 0 0.4rem;
        color: var(--siap-muted);
      }
      .section-counts {
        margin-top: 0.75rem;
      }
      .card h3 {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 0.5rem;
        margin-top: 0;
      }
      .card h3 a {
        color: inherit;
      }
      .server-meta {
        font-size: 0.85rem;
        color: var(--siap-muted);
        margin-bottom: 0.4rem;
      }
      .offline {
        color: var(--siap-bad);
        font-weight: 600;
      }
      siap-counts {
        margin: 0.4rem 0;
      }
      siap-notice {
        margin-bottom: 0.75rem;
      }
    `,
  ];

  override render() {
    const t = this.#l.t;
    const r = this.#readiness.value;
    const f = this.#facilities.value;
    const error = this.#readiness.error ?? this.#facilities.error;
    const retry = () => {
      void this.#readiness.reload();
      void this.#facilities.reload();
    };
    if (!r && !f) {
      return error
        ? html`<h1>${t(msg.title)}</h1><siap-notice .text=${error} retry @retry=${retry}></siap-notice>`
        : html`<p>${t({ id: 'Memuat…', en: 'Loading…' })}</p>`;
    }
    // The hub's roll-up is the venue's verdict and causes, facilities included: shown as it says.
    const verdict = r?.verdict;
    const causes = r?.causes ?? [];
    return html`
      ${error ? html`<siap-notice .text=${error} retry @retry=${retry}></siap-notice>` : nothing}
      <siap-region-link compact .services=${this.services}></siap-region-link>
      <div class="hero">
        <section class="card" aria-labelledby="venue-verdict">
          <p class="question">${t(msg.question)}</p>
          <div class="verdict-line">
            <siap-light big .verdict=${verdict} bare></siap-light>
            <strong id="venue-verdict" class="verdict v-${verdict}">${verdict ? t(msg.verdict[verdict]) : ''}</strong>
          </div>
          <div class="section-counts">
            <h3>${t(msg.machines)}</h3>
            <siap-counts .counts=${r?.machines}></siap-counts>
            ${
              f
                ? html`<h3>${t(msg.facilities)}</h3>
                  <div data-facilities>
                    <siap-light .verdict=${f.verdict}></siap-light>
                    <div>${t(facilityCounts(f.counts.ok, f.counts.notOk, f.counts.na, f.counts.unchecked))}</div>
                  </div>
                  <a href=${paths.facilities()}>${t(msg.openFacilities)}</a>`
                : nothing
            }
          </div>
          ${r ? html`<p class="muted">${t(msg.updated)} ${this.#l.dateTime(r.generatedAt)}</p>` : nothing}
        </section>
        <section class="card">
          <h2 style="margin-top:0">${t(msg.causes)}</h2>
          ${causes.length > 0 ? html`<siap-causes .causes=${causes}></siap-causes>` : html`<p>${t(msg.noCauses)}</p>`}
        </section>
      </div>
      ${r ? this.#rooms(r.rooms.filter(shown)) : nothing} ${r ? this.#servers(r.servers) : nothing}
    `;
  }

  #rooms(rooms: RoomReadiness[]) {
    const t = this.#l.t;
    return html`<h2>${t(msg.rooms)}</h2>
      ${
        rooms.length === 0
          ? html`<p class="muted">${t(msg.noRooms)} <a href=${paths.setup()}>→</a></p>`
          : html`<div class="grid">
            ${rooms.map(
              (room) => html`<article class="card" data-room=${room.id}>
                <h3>
                  <a href=${paths.room(room.id)}>${room.name ?? room.id}</a>
                  <siap-light .verdict=${room.verdict}></siap-light>
                </h3>
                ${this.#seal(room.id)}
                <siap-counts compact .counts=${room.machines}></siap-counts>
                <siap-causes .limit=${3} .causes=${room.causes} .room=${room.id}></siap-causes>
              </article>`,
            )}
          </div>`
      }`;
  }

  /** The room's seal state (sealed, opened, NOT as installed), linking to Pengamanan; nothing before any seal. */
  #seal(roomId: string) {
    const seal = this.#seals.value?.rooms.find((r) => r.roomId === roomId);
    const text = sealText(seal);
    if (!seal || !text) return nothing;
    return html`<div class="server-meta">
      <a href=${paths.custody()} data-seal=${seal.state} class=${seal.state === 'broken' ? 'offline' : 'muted'}>${this.#l.t(text)}</a>
    </div>`;
  }

  #servers(servers: ServerReadiness[]) {
    const t = this.#l.t;
    return html`<h2>${t(msg.servers)}</h2>
      ${
        servers.length === 0
          ? html`<p class="muted">${t(msg.noServers)}</p>`
          : html`<div class="grid">
            ${servers.map(
              (s) => html`<article class="card" data-server=${s.id}>
                <h3>
                  <a href=${paths.machines({ server: s.id })}>${s.name ?? s.id}</a>
                  <siap-light .verdict=${s.online ? s.verdict : 'offline'}></siap-light>
                </h3>
                <div class="server-meta">
                  ${s.id} · ${t(ROLE_LABEL[s.kind])}
                  ${s.online ? nothing : html` · <span class="offline">${t(msg.serverOffline)}</span>`}
                </div>
                <siap-capacity .assigned=${s.assigned} .limit=${s.limit} .waiting=${s.waiting}></siap-capacity>
                <siap-counts compact .counts=${s.machines}></siap-counts>
                <siap-causes .limit=${3} .causes=${s.causes.filter((c) => c.kind !== 'server-full')}></siap-causes>
              </article>`,
            )}
          </div>`
      }`;
  }
}
customElements.define('siap-overview-page', OverviewPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-overview-page': OverviewPage;
  }
}
