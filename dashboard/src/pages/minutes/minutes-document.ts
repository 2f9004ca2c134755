import { html, LitElement, nothing } from 'lit';
import type { Counts } from '../../../../protocol/exam.js';
import type { BeritaAcara } from '../../../../protocol/exam-reports.js';
import type { Services } from '../../app/services.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import { dayText, msg } from './messages.js';
import { minutesStyles } from './minutes-styles.js';
import { custodySection } from './custody-section.js';
import { photoAttachment, photoAttachmentStyles } from './photo-attachment.js';
import { resultsSection } from './results-section.js';
import { signatureBlock } from './signature-block.js';

/**
 * The printed berita acara (Lampiran C.3.b.7.j: attendance, problems during the exam, signatures)
 * exactly as the hub answered it: every number, time and name comes from `data`, none is
 * computed here.
 */
export class MinutesDocument extends LitElement {
  static override properties = { data: { attribute: false }, services: { attribute: false } };
  declare data: BeritaAcara;
  /** To fetch the photos of the Lampiran foto (without it the document has no photo attachment). */
  declare services: Services | undefined;
  readonly #l = new LocaleController(this);

  static override styles = [page, minutesStyles, photoAttachmentStyles];

  override render() {
    const t = this.#l.t;
    const d = this.data;
    const s = d.session;
    const venue = [d.venue.name, d.venue.address].filter(Boolean).join(', ');
    return html`<article class="doc" data-minutes>
      <h1>${d.title}</h1>
      <p class="subtitle">${s.name} · ${d.venue.name}</p>
      <hr />
      <p>${t(msg.opening(t(dayText(s.day)), s.date, venue || '…', t(s.kindLabel), s.name))}</p>
      ${this.#session()} ${this.#attendance()} ${this.#incidents()} ${custodySection(d.custody, t)} ${resultsSection(d, t)}
      <h2>${t(msg.sectionNotes)}</h2>
      <p class="notes" data-notes>${d.notes || t(msg.noNotes)}</p>
      <p>${t(msg.closing)}</p>
      ${signatureBlock(d, t)} ${photoAttachment(d, this.services, t)}
      <footer class="anchor" data-anchor>
        <div>${d.audit ? t(msg.auditAnchor(d.audit.seq, d.audit.hash)) : t(msg.noAudit)}</div>
        <div>${t(msg.generated(d.generatedText))}</div>
      </footer>
    </article>`;
  }

  /** A room as paper names it: "Aula Utama (R1)", or the code when the venue does not know it. */
  #room(id: string): string {
    const name = this.data.roomNames?.[id];
    return name ? `${name} (${id})` : id;
  }

  #session() {
    const t = this.#l.t;
    const { session: s, venue } = this.data;
    const actual = s.actualStart || s.actualEnd;
    return html`<h2>${t(msg.sectionSession)}</h2>
      <table class="facts" data-session>
        <tr><th>${t(msg.venue)}</th><td>${venue.name || '—'}</td></tr>
        <tr><th>${t(msg.address)}</th><td>${venue.address || '—'}</td></tr>
        <tr><th>${t(msg.session)}</th><td>${s.name} (${s.id})</td></tr>
        <tr><th>${t(msg.kind)}</th><td>${t(s.kindLabel)}</td></tr>
        <tr><th>${t(msg.dayDate)}</th><td>${t(dayText(s.day))}, ${s.date}</td></tr>
        <tr><th>${t(msg.scheduled)}</th><td>${this.#l.clock(s.scheduledStart)} ${t(msg.until)} ${this.#l.clock(s.scheduledEnd)} ${s.zone}</td></tr>
        <tr data-actual>
          <th>${t(msg.actual)}</th>
          <td>${actual ? `${s.actualStart ? this.#l.clock(s.actualStart) : '.....'} ${t(msg.until)} ${s.actualEnd ? this.#l.clock(s.actualEnd) : '.....'} ${s.zone}` : `${t(msg.notFilled)} ${s.zone}`}</td>
        </tr>
        <tr><th>${t(msg.duration)}</th><td>${t(msg.durations(s.durationMinutes, s.blindDurationMinutes))}</td></tr>
        <tr><th>${t(msg.rooms)}</th><td>${s.rooms.length ? s.rooms.map((r) => this.#room(r)).join(', ') : '—'}</td></tr>
      </table>`;
  }

  #attendance() {
    const t = this.#l.t;
    const d = this.data;
    const cells = (c: Counts) =>
      html`<td class="center">${c.registered}</td><td class="center">${c.present}</td><td class="center">${c.absent}</td><td class="center">${c.refused}</td>`;
    return html`<h2>${t(msg.sectionAttendance)}</h2>
      <table class="counts" data-attendance>
        <thead>
          <tr>
            <th>${t(msg.room)}</th>
            <th>${t(msg.registered)}</th>
            <th>${t(msg.present)}</th>
            <th>${t(msg.absent)}</th>
            <th>${t(msg.refused)}</th>
          </tr>
        </thead>
        <tbody>
          ${d.rooms.map((r) => html`<tr data-room=${r.room}><td>${r.room ? this.#room(r.room) : t(msg.noRoom)}</td>${cells(r)}</tr>`)}
          <tr class="sum" data-room-total><td>${t(msg.total)}</td>${cells(d.counts)}</tr>
        </tbody>
      </table>
      <p class="small">${t(msg.refusedNote)}</p>
      <ul class="facts" data-facts>
        <li>${t(msg.blind(d.blind.registered, d.blind.present))}</li>
        <li>${t(msg.overrides(d.overrides))}</li>
        <li>${t(msg.reissues(d.pinReissues))}</li>
        <li>${t(msg.refusals(d.refusalAttempts))}</li>
      </ul>`;
  }

  #incidents() {
    const t = this.#l.t;
    const d = this.data;
    const zone = d.session.zone;
    if (d.incidents.length === 0) {
      return html`<h2>${t(msg.sectionIncidents)}</h2>
        <p data-no-incidents>${t(msg.noIncidents)}</p>`;
    }
    return html`<h2>${t(msg.sectionIncidents)}</h2>
      <table data-incidents>
        <thead>
          <tr>
            <th>${t(msg.no)}</th>
            <th>${t(msg.time)} (${zone})</th>
            <th>${t(msg.room)}</th>
            <th>${t(msg.incidentKind)}</th>
            <th>${t(msg.description)}</th>
            <th>${t(msg.minutesLost)}</th>
            <th>${t(msg.timeAdded)}</th>
          </tr>
        </thead>
        <tbody>
          ${d.incidents.map(
            (i) => html`<tr data-incident=${i.id}>
              <td class="center">${i.no}</td>
              <td class="center">${this.#l.clock(i.time)}</td>
              <td>${i.room ? this.#room(i.room) : t(msg.wholeVenue)}</td>
              <td>${t(i.kindLabel)}</td>
              <td class="description">${i.description}</td>
              <td class="center">${i.minutesLost}</td>
              <td class="center">${i.timeAdded ? t(msg.addedMinutes(i.addedMinutes)) : '—'}</td>
            </tr>`,
          )}
          <tr class="sum" data-incident-totals>
            <td colspan="5">${t(msg.incidentTotals(d.incidentTotals.count, d.incidentTotals.timeAddedCount))}</td>
            <td class="center">${d.incidentTotals.minutesLost}</td>
            <td>${nothing}</td>
          </tr>
        </tbody>
      </table>`;
  }
}
customElements.define('siap-minutes-document', MinutesDocument);

declare global {
  interface HTMLElementTagNameMap {
    'siap-minutes-document': MinutesDocument;
  }
}
