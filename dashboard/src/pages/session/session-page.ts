import { css, html, LitElement, nothing } from 'lit';
import { notPresentWord } from '../../../../protocol/glossary.js';
import { wallClockWords } from '../../../../protocol/time.js';
import type { ExamSession } from '../../../../protocol/exam.js';
import { paths } from '../../app/paths.js';
import { AccessController } from '../../app/access.js';
import type { Services } from '../../app/services.js';
import { deleteSession, getSession, updateSession } from '../../data/exam.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { pinState } from '../sessions/sessions-page.js';
import '../sessions/session-form.js';
import { msg } from './messages.js';
import './audit-card.js';
import './roster-import.js';

/** One session: its schedule and counts, the way to every exam-day page, roster import, edit and delete. */
export class SessionPage extends LitElement {
  static override properties = { services: { attribute: false }, sessionId: { attribute: false } };
  declare services: Services;
  declare sessionId: string;
  readonly #l = new LocaleController(this);
  readonly #access = new AccessController(this);
  readonly #remove = new ActionController(this);
  #session!: ResourceController<ExamSession>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#session ??= new ResourceController(this, {
      load: () => getSession(api, this.sessionId),
      live,
      topics: ['sessions', 'attendance'],
      relevant: (e) => e.sessions.includes(this.sessionId),
    });
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin: 0.75rem 0;
      }
      .counts {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem;
      }
      .count {
        min-width: 8rem;
      }
      .count b {
        display: block;
        font-size: 2rem;
        font-variant-numeric: tabular-nums;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.25rem 1rem;
        margin: 0;
      }
      dt {
        color: var(--siap-muted);
      }
      dd {
        margin: 0;
      }
      .state-open {
        color: var(--siap-ready);
        font-weight: 600;
      }
      details summary {
        cursor: pointer;
        margin: 1rem 0 0.5rem;
        font-weight: 600;
      }
    `,
  ];

  async #delete(s: ExamSession) {
    if (!confirm(this.#l.t(msg.confirmRemove(s.name)))) return;
    if (await this.#remove.run(() => deleteSession(this.services.api, s.id))) {
      this.services.router.navigate(paths.sessions());
    }
  }

  override render() {
    const t = this.#l.t;
    const s = this.#session.value;
    if (!s) {
      return this.#session.error
        ? html`<p><a href=${paths.sessions()}>${t(msg.back)}</a></p>
            <siap-notice .text=${this.#session.error} retry @retry=${() => this.#session.reload()}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const c = s.counts;
    return html`<p><a href=${paths.sessions()}>${t(msg.back)}</a></p>
      <h1>${s.name}</h1>
      ${this.#session.error ? html`<siap-notice .text=${this.#session.error}></siap-notice>` : nothing}
      <dl class="card">
        <dt>${t(msg.schedule)}</dt>
        <dd>${t(s.kindLabel)} · ${s.local.date} · ${this.#l.clock(s.local.start)}–${this.#l.clock(s.local.end)} ${s.zone} (${t(msg.blindEnd(wallClockWords(s.local.blindEnd)))})</dd>
        <dt>${t({ id: 'Durasi', en: 'Duration' })}</dt>
        <dd>${t(msg.duration(s.durationMinutes, s.blindDurationMinutes))}</dd>
        <dt>${t(msg.registration)}</dt>
        <dd>
          ${t(msg.registrationTimes(wallClockWords(s.local.registrationOpens, ` ${s.zone}`), wallClockWords(s.local.pinCloses, ` ${s.zone}`)))} —
          <span class=${s.registrationOpen && s.pinWindowOpen ? 'state-open' : ''} data-pin-state>${t(pinState(s))}</span>
        </dd>
        <dt>${t(msg.rooms)}</dt>
        <dd>${s.rooms.length ? s.rooms.join(', ') : t(msg.noRooms)}</dd>
      </dl>
      <nav class="links" aria-label=${s.name}>
        ${this.#access.may('checkin.record') ? html`<a class="button primary" href=${paths.desk(s.id)}>${t(msg.desk)}</a>` : nothing}
        <a class="button" href=${paths.attendance(s.id)}>${t(msg.attendance)}</a>
        <a class="button" href=${paths.attendanceSheet(s.id)}>${t(msg.sheet)}</a>
        <a class="button" href=${paths.incidents(s.id)}>${t(msg.incidents)}</a>
        <a class="button" href=${paths.minutes(s.id)}>${t(msg.minutes)}</a>
        <a class="button" href=${paths.results(s.id)}>${t(msg.results)}</a>
      </nav>
      <div class="counts" data-counts>
        ${[
          [msg.registered, c.registered],
          [msg.present, c.present],
          // Not yet present while PINs can still be issued; absent once that window closed.
          [notPresentWord(!s.pinWindowOpen), c.absent],
          [msg.refused, c.refused],
        ].map(([label, n]) => html`<div class="card count">${t(label as typeof msg.present)}<b>${n}</b></div>`)}
      </div>
      ${
        this.#access.may('roster.import')
          ? html`<h2>${t(msg.roster)}</h2>
            <siap-roster-import .services=${this.services} .sessionId=${s.id} @imported=${() => this.#session.reload()}></siap-roster-import>`
          : nothing
      }
      ${
        this.#access.may('audit.read')
          ? html`<h2>${t(msg.audit)}</h2>
            <siap-audit-card .services=${this.services}></siap-audit-card>`
          : nothing
      }
      ${this.#edit(s)}`;
  }

  #edit(s: ExamSession) {
    const t = this.#l.t;
    if (!this.#access.may('sessions.manage')) return nothing;
    return html`<details>
        <summary>${t(msg.edit)}</summary>
        <siap-session-form
          .session=${s}
          .defaults=${{ timeZone: s.timeZone, rooms: s.rooms, venueName: s.venueName, venueAddress: s.venueAddress }}
          .label=${common.save}
          .submit=${(body: Parameters<typeof updateSession>[2]) => updateSession(this.services.api, s.id, body)}
          @saved=${() => this.#session.reload()}
        ></siap-session-form>
        <p>
          ${
            this.#access.may('sessions.delete')
              ? html`<button class="danger" ?disabled=${this.#remove.busy} @click=${() => void this.#delete(s)}>${t(msg.remove)}</button>`
              : nothing
          }
        </p>
        ${this.#remove.note ? html`<siap-notice .text=${this.#remove.note.text}></siap-notice>` : nothing}
      </details>`;
  }
}
customElements.define('siap-session-page', SessionPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-session-page': SessionPage;
  }
}
