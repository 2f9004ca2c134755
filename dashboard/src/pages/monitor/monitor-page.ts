import { html, LitElement, nothing } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { VenueReadiness } from '../../../../protocol/api.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import type { VenueState } from '../../data/contract.js';
import { MachinesController } from '../../data/machines-store.js';
import { getReadiness } from '../../data/readiness.js';
import { ResourceController } from '../../data/resource.js';
import { getVenue } from '../../data/venue.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { zoneName } from '../../i18n/format.js';
import { layoutRoom } from '../../ui/room-layout.js';
import '../../ui/causes.js';
import '../../ui/counts.js';
import '../../ui/light.js';
import '../../ui/notice.js';
import '../../ui/seat-map.js';
import { monitorOptions, monitorRooms, step } from './cycle.js';
import { monitorStyles } from './monitor-styles.js';

/**
 * Monitor mode for the TV in the monitoring room: no menus, the venue's light and a clock, and
 * the test rooms' live seat maps one after another (?detik=15 seconds each, ?ruang=R1,R2 to
 * choose). Keys: ← → change room, space pauses, F full screen.
 */
export class MonitorPage extends LitElement {
  static override properties = {
    services: { attribute: false },
    query: { attribute: false },
    _index: { state: true },
    _paused: { state: true },
    _now: { state: true },
  };
  declare services: Services;
  declare query: URLSearchParams;
  declare _index: number;
  declare _paused: boolean;
  declare _now: Date;
  readonly #l = new LocaleController(this);
  #venue!: ResourceController<VenueState>;
  #readiness!: ResourceController<VenueReadiness>;
  #machines!: MachinesController;
  #timer: ReturnType<typeof setInterval> | undefined;
  #elapsed = 0;

  constructor() {
    super();
    this.query = new URLSearchParams();
    this._index = 0;
    this._paused = false;
    this._now = new Date();
  }

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#venue ??= new ResourceController(this, { load: () => getVenue(api), live, topics: ['venue'] });
    this.#readiness ??= new ResourceController(this, { load: () => getReadiness(api), live, topics: ['readiness'] });
    this.#machines ??= new MachinesController(this, api, live);
    super.connectedCallback();
    this.#timer = setInterval(this.#tick, 1000);
    window.addEventListener('keydown', this.#onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    window.removeEventListener('keydown', this.#onKey);
  }

  static override styles = monitorStyles;

  #tick = () => {
    this._now = new Date();
    if (this._paused) return;
    this.#elapsed++;
    if (this.#elapsed >= monitorOptions(this.query).seconds) this.#go(1);
  };

  #go(by: number) {
    this.#elapsed = 0;
    this._index = step(this._index, this.#rooms().length, by);
  }

  #rooms() {
    const state = this.#venue.value;
    if (!state) return [];
    const counts = new Map<string, number>();
    for (const s of state.seats) counts.set(s.roomId, (counts.get(s.roomId) ?? 0) + 1);
    return monitorRooms(state.rooms, monitorOptions(this.query).rooms, (id) => counts.get(id) ?? 0);
  }

  #togglePause = () => {
    this._paused = !this._paused;
    this.#elapsed = 0;
  };

  #onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight') this.#go(1);
    else if (e.key === 'ArrowLeft') this.#go(-1);
    else if (e.key === ' ') {
      e.preventDefault();
      this.#togglePause();
    } else if (e.key === 'f' || e.key === 'F') void this.#fullscreen();
  };

  async #fullscreen() {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await document.documentElement.requestFullscreen();
    } catch {
      /* refused by the browser: the page still works in a window */
    }
  }

  override render() {
    const t = this.#l.t;
    const state = this.#venue.value;
    const r = this.#readiness.value;
    const error = this.#venue.error ?? this.#readiness.error ?? this.#machines.error;
    const rooms = this.#rooms();
    const room = rooms[Math.min(this._index, Math.max(0, rooms.length - 1))];
    // The hub's roll-up, facilities included.
    const verdict = r?.verdict;
    const seconds = monitorOptions(this.query).seconds;
    return html`<div class="screen">
      <header>
        <siap-light big .verdict=${verdict}></siap-light>
        <div class="venue">${state?.venue?.name ?? 'SiapCAT'}</div>
        <siap-counts compact .counts=${r?.machines}></siap-counts>
        <div class="clock" aria-live="off">${this.#l.time(this._now, true)} ${zoneName(this.#l.locale.zone)}</div>
        <div class="controls">
          <button @click=${() => this.#go(-1)} aria-label="←">←</button>
          <button @click=${this.#togglePause}>
            ${t(this._paused ? { id: 'Lanjut', en: 'Resume' } : { id: 'Jeda', en: 'Pause' })}
          </button>
          <button @click=${() => this.#go(1)} aria-label="→">→</button>
          <button @click=${() => void this.#fullscreen()}>${t({ id: 'Layar penuh', en: 'Full screen' })}</button>
          <a href=${paths.overview()}>${t({ id: 'Keluar', en: 'Exit' })}</a>
        </div>
      </header>
      ${error ? html`<siap-notice .text=${error}></siap-notice>` : nothing}
      ${
        !state
          ? html`<p class="wait">${t(common.loading)}</p>`
          : !room
            ? html`<siap-notice
              kind="info"
              .text=${{ id: 'Belum ada ruang tes dengan kursi. Atur di Pengaturan.', en: 'No test room with seats yet. Set them up under Setup.' }}
            ></siap-notice>`
            : this.#room(state, room.id, r, rooms.length, seconds)
      }
    </div>`;
  }

  #room(state: VenueState, roomId: string, r: VenueReadiness | undefined, total: number, seconds: number) {
    const t = this.#l.t;
    const room = state.rooms.find((x) => x.id === roomId)!;
    const layout = layoutRoom(
      room,
      state.seats.filter((s) => s.roomId === roomId),
      this.#machines.byId.values(),
    );
    const rr = r?.rooms.find((x) => x.id === roomId);
    return html`<section class="room" data-room=${roomId}>
      <div class="map">
        ${keyed(
          `${this._index}:${this._paused}`,
          html`<div class="progress" style="animation-duration:${seconds}s" ?hidden=${this._paused || total < 2}></div>`,
        )}
        <siap-seat-map big .layout=${layout} .names=${(id: string) => this.#machines.checkName(id)}></siap-seat-map>
      </div>
      <aside class="side">
        <div class="room-head">
          <h1>${room.name}</h1>
          <siap-light big .verdict=${rr?.verdict}></siap-light>
        </div>
        <div class="pos">${this._index + 1}/${total}${this._paused ? ` · ${t({ id: 'dijeda', en: 'paused' })}` : ''}</div>
        <siap-causes plain .limit=${3} .causes=${rr?.causes ?? []}></siap-causes>
      </aside>
    </section>`;
  }
}
customElements.define('siap-monitor-page', MonitorPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-monitor-page': MonitorPage;
  }
}
