import { html, LitElement, nothing } from 'lit';
import type { DaftarHadirResponse, ExamSession } from '../../../../protocol/exam.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { getDaftarHadir, getSession } from '../../data/exam.js';
import { getVenue } from '../../data/venue.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { statusStyles } from '../../ui/participant-status.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';
import { sheetRoom } from './sheet-room.js';
import { sheetStyles } from './sheet-styles.js';

interface Loaded {
  key: string;
  session: ExamSession;
  sheet: DaftarHadirResponse;
  /** Room code -> name, from the venue. */
  rooms: ReadonlyMap<string, string>;
}

/**
 * The printable daftar hadir of a session (`?ruang=R1` for one room): one sheet per room in seat
 * order with an empty signature column. "Cetak" opens the browser's print dialog (or "save as PDF").
 */
export class AttendanceSheetPage extends LitElement {
  static override properties = { services: { attribute: false }, sessionId: {}, query: { attribute: false } };
  declare services: Services;
  declare sessionId: string;
  declare query: URLSearchParams;
  readonly #l = new LocaleController(this);
  #data!: ResourceController<Loaded>;

  constructor() {
    super();
    this.query = new URLSearchParams();
  }

  get #room(): string | undefined {
    return this.query.get('ruang') || undefined;
  }

  /** What is shown: a fetch for another session or room must not pass for this one. */
  get #key(): string {
    return `${this.sessionId}\n${this.#room ?? ''}`;
  }

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#data ??= new ResourceController(this, {
      load: async () => {
        const key = this.#key;
        const [session, sheet, rooms] = await Promise.all([
          getSession(api, this.sessionId),
          getDaftarHadir(api, this.sessionId, this.#room),
          // Room names for the paper; without the venue (not set up) the codes stand.
          getVenue(api).then(
            (v) => new Map(v.rooms.map((r) => [r.id, r.name])),
            () => new Map<string, string>(),
          ),
        ]);
        return { key, session, sheet, rooms };
      },
      live,
      topics: ['attendance', 'sessions'],
      relevant: (e) => e.sessions.includes(this.sessionId),
    });
    super.connectedCallback();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const before = (changed.has('sessionId') && changed.get('sessionId') !== undefined) || changed.has('query');
    if (before && this.#data.value && this.#data.value.key !== this.#key) void this.#data.reload();
  }

  static override styles = [page, statusStyles, sheetStyles];

  #chooseRoom(room: string) {
    this.services.router.navigate(paths.attendanceSheet(this.sessionId, room || undefined), { replace: true });
  }

  override render() {
    const t = this.#l.t;
    const data = this.#data.value?.key === this.#key ? this.#data.value : undefined;
    const back = html`<a class="button" href=${paths.attendance(this.sessionId)}>${t(msg.back)}</a>`;
    if (!data) {
      return this.#data.error
        ? html`<div class="toolbar">${back}</div>
            <siap-notice .text=${this.#data.error} retry @retry=${() => this.#data.reload()}></siap-notice>`
        : html`<div class="toolbar no-print">${back}</div><p>${t(common.loading)}</p>`;
    }
    const { session, sheet } = data;
    const room = this.#room;
    const rosterEmpty = sheet.rooms.every((r) => r.rows.length === 0);
    return html`<div class="toolbar no-print">
        ${back}
        <button class="primary" @click=${() => window.print()}>${t(msg.print)}</button>
        <label
          >${t(msg.roomSelect)}
          <select @change=${(e: Event) => this.#chooseRoom((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${room === undefined}>${t(msg.allRooms)}</option>
            ${session.rooms.map((r) => html`<option value=${r} ?selected=${room === r}>${data.rooms.get(r) ?? r}</option>`)}
          </select></label
        >
        <span class="muted">${t(msg.printHint)}</span>
      </div>
      ${this.#data.error ? html`<siap-notice class="no-print" .text=${this.#data.error}></siap-notice>` : nothing}
      ${room !== undefined && sheet.rooms.length === 0
        ? html`<siap-notice class="no-print" .text=${msg.unknownRoom(room)}></siap-notice>`
        : rosterEmpty && room === undefined
          ? html`<siap-notice class="no-print" kind="info" .text=${msg.emptyRoster}></siap-notice>`
          : html`<article class="doc">${sheet.rooms.map((block) => sheetRoom(sheet, block, t, data.rooms))}</article>`}`;
  }
}
customElements.define('siap-attendance-sheet-page', AttendanceSheetPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-attendance-sheet-page': AttendanceSheetPage;
  }
}
