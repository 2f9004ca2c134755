import { css, html, LitElement, nothing } from 'lit';
import { wallClockWords } from '../../../../protocol/time.js';
import type { ExamSession } from '../../../../protocol/exam.js';
import type { AttendanceResponse } from '../../../../protocol/exam-reports.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { describeError } from '../../data/errors.js';
import { exportAttendance, getAttendance, getSession } from '../../data/exam.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { formatTime } from '../../i18n/format.js';
import { downloadBlob } from '../../ui/download.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';
import './participant-list.js';
import { countBoxes, roomTable, summaryStyles } from './summary.js';

interface Loaded {
  session: ExamSession;
  attendance: AttendanceResponse;
}

/**
 * Who has come to an exam session, kept live: the session's counts, a table per room, and the
 * participant list with search and filters. Exports the attendance record (CSV/XLSX) and links to
 * the printable daftar hadir. Every time shown is the hub's, in the session's zone.
 */
export class AttendancePage extends LitElement {
  static override properties = {
    services: { attribute: false },
    sessionId: {},
    _busy: { state: true },
    _note: { state: true },
  };
  declare services: Services;
  declare sessionId: string;
  declare _busy: 'csv' | 'xlsx' | undefined;
  declare _note: Localized | undefined;
  readonly #l = new LocaleController(this);
  #data!: ResourceController<Loaded>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#data ??= new ResourceController(this, {
      load: async () => {
        const [session, attendance] = await Promise.all([getSession(api, this.sessionId), getAttendance(api, this.sessionId)]);
        return { session, attendance };
      },
      live,
      topics: ['attendance', 'sessions'],
      relevant: (e) => e.sessions.includes(this.sessionId),
    });
    super.connectedCallback();
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // Another session in the same element (a link from one session to another): fetch it.
    if (changed.has('sessionId') && changed.get('sessionId') !== undefined) void this.#data.reload();
  }

  #finalTimer: ReturnType<typeof setTimeout> | undefined;
  #timedFor: AttendanceResponse | undefined;

  /** While who has not come is still "Belum hadir", ask again when PIN issuance closes (by the hub's clock, not this browser's). */
  override updated(): void {
    const a = this.#data.value?.attendance;
    if (!a || a === this.#timedFor) return;
    this.#timedFor = a;
    clearTimeout(this.#finalTimer);
    if (a.final) return;
    const wait = Date.parse(a.finalAt) - Date.parse(a.generatedAt);
    if (Number.isFinite(wait))
      this.#finalTimer = setTimeout(() => void this.#data.reload(), Math.min(Math.max(wait, 0) + 1000, 2 ** 31 - 1));
  }

  override disconnectedCallback(): void {
    clearTimeout(this.#finalTimer);
    this.#timedFor = undefined;
    super.disconnectedCallback();
  }

  static override styles = [
    page,
    summaryStyles,
    css`
      .back {
        display: inline-block;
        margin-bottom: 0.5rem;
      }
      h1 {
        margin-bottom: 0.2rem;
      }
      .when {
        margin: 0 0 0.75rem;
      }
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        gap: 1.25rem;
        align-items: start;
      }
      @media (max-width: 1100px) {
        .layout {
          grid-template-columns: minmax(0, 1fr);
        }
      }
      .layout h2 {
        margin-top: 0;
      }
      siap-notice {
        margin-bottom: 0.75rem;
      }
      .foot {
        margin-top: 1rem;
        font-size: 0.85rem;
      }
    `,
  ];

  async #export(format: 'csv' | 'xlsx') {
    this._busy = format;
    this._note = undefined;
    try {
      const { blob, filename } = await exportAttendance(this.services.api, this.sessionId, format);
      downloadBlob(filename ?? `kehadiran-${this.sessionId}.${format}`, blob);
    } catch (err) {
      this._note = describeError(err);
    } finally {
      this._busy = undefined;
    }
  }

  override render() {
    const t = this.#l.t;
    const back = html`<a class="back" href=${paths.session(this.sessionId)}>${t(msg.back)}</a>`;
    const data = this.#data.value?.session.id === this.sessionId ? this.#data.value : undefined;
    if (!data) {
      return this.#data.error
        ? html`${back}<h1>${t(msg.title)}</h1>
            <siap-notice .text=${this.#data.error} retry @retry=${() => this.#data.reload()}></siap-notice>`
        : html`${back}<p>${t(common.loading)}</p>`;
    }
    const { session: s, attendance: a } = data;
    const number = this.#l.number;
    return html`${back}
      <h1>${t(msg.title)}: ${s.name}</h1>
      <p class="when" data-when>
        ${t(s.kindLabel)} · ${t(msg.schedule(s.local.date, wallClockWords(s.local.start), wallClockWords(s.local.end), s.zone))}${
          s.venueName ? ` · ${s.venueName}` : nothing
        }
      </p>
      <div class="toolbar">
        <button ?disabled=${!!this._busy} @click=${() => void this.#export('csv')}>
          ${t(this._busy === 'csv' ? msg.exporting : msg.exportCsv)}
        </button>
        <button ?disabled=${!!this._busy} @click=${() => void this.#export('xlsx')}>
          ${t(this._busy === 'xlsx' ? msg.exporting : msg.exportXlsx)}
        </button>
        <a class="button" href=${paths.attendanceSheet(s.id)}>${t(msg.sheetAll)}</a>
        <span class="muted small">${t(msg.exportHint)}</span>
      </div>
      ${this.#data.error ? html`<siap-notice .text=${this.#data.error}></siap-notice>` : nothing}
      ${this._note ? html`<siap-notice .text=${this._note}></siap-notice>` : nothing}
      ${
        a.registered === 0
          ? html`<siap-notice kind="info" .text=${msg.emptyRoster}></siap-notice>
            <p><a href=${paths.session(s.id)}>${t(msg.toSession)}</a></p>`
          : html`<div class="layout">
              <section>${countBoxes(a, t, number)}</section>
              <section>
                <h2>${t(msg.rooms)}</h2>
                ${roomTable(a, s.id, t, number)}
              </section>
            </div>
            <h2>${t(msg.participants)}</h2>
            <siap-attendance-list
              .participants=${a.participants}
              .rooms=${a.rooms.map((r) => r.room)}
              zone=${s.zone}
              ?final=${a.final}
            ></siap-attendance-list>`
      }
      <p class="muted foot" data-updated>
        ${t(msg.updatedAt(`${formatTime(a.generatedAt, s.timeZone, this.#l.lang)} ${s.zone}`))} · ${t(msg.live)}
      </p>`;
  }
}
customElements.define('siap-attendance-page', AttendancePage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-attendance-page': AttendancePage;
  }
}
