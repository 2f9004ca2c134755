import { html, LitElement, nothing } from 'lit';
import { lower, STATUS_WORDS } from '../../../../protocol/glossary.js';
import { formatDayMonthYear } from '../../../../protocol/time.js';
import type { Services } from '../../app/services.js';
import { expectedOf, measuredOf, type MachineRow } from '../../data/contract.js';
import { ResourceController } from '../../data/resource.js';
import { ROLE_LABEL, common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { downloadText } from '../../ui/download.js';
import { SHOW_LABEL, showOf } from '../../ui/machine-state.js';
import { page } from '../../ui/styles.js';
import '../../ui/light.js';
import '../../ui/notice.js';
import { STATUS_TEXT } from '../facilities/messages.js';
import { machinesCsv } from './csv.js';
import { msg } from './messages.js';
import { byRoom, checklistsOf, loadReport, paperMeasured, type ReportData } from './report-data.js';
import { reportStyles } from './report-styles.js';

/**
 * The printable venue readiness report: every machine with its state and failing checks, the
 * facility checklist, the checklists used, the date, and signature blocks. The browser's print
 * dialog ("save as PDF") gives a clean A4 document; CSV exports the machines and their checks.
 */
export class ReportPage extends LitElement {
  static override properties = { services: { attribute: false } };
  declare services: Services;
  readonly #l = new LocaleController(this);
  #data!: ResourceController<ReportData>;
  #loadedAt = new Date();

  override connectedCallback(): void {
    this.#data ??= new ResourceController(this, {
      load: async () => {
        const data = await loadReport(this.services.api);
        this.#loadedAt = new Date();
        return data;
      },
    });
    super.connectedCallback();
  }

  static override styles = [page, reportStyles];

  #csv(data: ReportData) {
    const { lang, zone } = this.#l.locale;
    const day = this.#l.date(new Date()).split('/').reverse().join('-');
    downloadText(`siapcat-pc-${day}.csv`, machinesCsv(data.machines, lang, zone), 'text/csv;charset=utf-8');
  }

  override render() {
    const t = this.#l.t;
    const data = this.#data.value;
    if (!data) {
      return this.#data.error
        ? html`<siap-notice .text=${this.#data.error} retry @retry=${() => this.#data.reload()}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const { venue, readiness: r, facilities: f } = data;
    // The hub's roll-up is the venue's verdict and causes, facilities included: printed as it says.
    const { verdict, causes } = r;
    const checklists = checklistsOf(data.machines);
    return html`
      <div class="toolbar no-print">
        <button class="primary" @click=${() => window.print()}>${t(msg.print)}</button>
        <button @click=${() => this.#csv(data)}>${t(msg.csv)}</button>
        <button @click=${() => this.#data.reload()}>${t({ id: 'Perbarui data', en: 'Refresh data' })}</button>
        <span class="muted">${t(msg.csvHint)}</span>
      </div>
      ${this.#data.error ? html`<siap-notice class="no-print" .text=${this.#data.error}></siap-notice>` : nothing}
      <article class="doc">
        <header>
          <h1>${t(msg.title)}</h1>
          <p>${t(msg.basis)}</p>
          <table class="meta">
            <tr><th>${t(msg.venue)}</th><td>${venue.venue?.name ?? '—'}</td></tr>
            <tr><th>${t(msg.address)}</th><td>${venue.venue?.address || '—'}</td></tr>
            <tr>
              <th>${t(msg.printedAt)}</th>
              <td>${this.#l.dateTime(this.#loadedAt)} ${t(msg.printedBy)} ${this.services.session.username ?? ''}</td>
            </tr>
            <tr><th>${t(msg.dataAt)}</th><td>${this.#l.dateTime(r.generatedAt)}</td></tr>
            <tr>
              <th>${t(msg.checklists)}</th>
              <td>${checklists.length ? checklists.map((c) => html`<code>${c}</code><br />`) : t(msg.noChecklist)}</td>
            </tr>
            ${
              data.caFingerprint
                ? html`<tr>
                  <th>${t(common.caFingerprint)}</th>
                  <td><code class="fingerprint" data-ca-fingerprint>${data.caFingerprint}</code></td>
                </tr>`
                : nothing
            }
          </table>
        </header>

        <h2>${t(msg.summary)}</h2>
        <p class="verdict">${t(msg.venueVerdict)}: <siap-light .verdict=${verdict}></siap-light></p>
        <p>${t(msg.machines)}: ${t(msg.counts(r.machines))}</p>
        ${
          f
            ? html`<p>
              ${t(msg.facilities)}: <siap-light .verdict=${f.summary.verdict}></siap-light>
              (${f.summary.counts.ok}/${f.items.length})
            </p>`
            : nothing
        }
        ${
          causes.length
            ? html`<h3>${t(msg.causes)}</h3>
              <ul>
                ${causes.map((c) => html`<li>${t(c.text)}</li>`)}
              </ul>`
            : nothing
        }

        <h2>${t(msg.servers)}</h2>
        <table>
          <thead>
            <tr><th>${t(msg.col.id)}</th><th>${t(msg.col.kind)}</th><th>${t(msg.col.load)}</th><th>${t(msg.col.state)}</th></tr>
          </thead>
          <tbody>
            ${r.servers.map(
              (s) => html`<tr>
                <td>${s.name ?? s.id}</td>
                <td>${t(ROLE_LABEL[s.kind])}</td>
                <td class=${s.assigned >= s.limit ? 'full' : ''}>${s.assigned}/${s.limit}${s.waiting.length ? ` (+${s.waiting.length})` : ''}</td>
                <td><siap-light .verdict=${s.online ? s.verdict : 'offline'}></siap-light></td>
              </tr>`,
            )}
          </tbody>
        </table>

        <h2>${t(msg.rooms)}</h2>
        <table>
          <thead><tr><th>${t(msg.col.id)}</th><th>${t(msg.col.state)}</th><th>${t(msg.col.counts)}</th></tr></thead>
          <tbody>
            ${r.rooms.map(
              (room) => html`<tr>
                <td>${room.name ?? room.id}</td>
                <td><siap-light .verdict=${room.verdict}></siap-light></td>
                <td>${room.machines.ready} / ${room.machines.notReady} / ${room.machines.incomplete} / ${room.machines.missing} / ${room.machines.offline}</td>
              </tr>`,
            )}
          </tbody>
        </table>

        <h2>${t(msg.machineList)}</h2>
        ${this.#machines(data)} ${this.#facilities(data)} ${this.#signatures(venue.venue?.city ?? '')}
      </article>
    `;
  }

  #machines(data: ReportData) {
    const t = this.#l.t;
    const rooms = new Map(data.venue.rooms.map((r) => [r.id, r.name]));
    const problems = (m: MachineRow) => [
      ...(m.refusal ? [html`<div class="status-fail">${t(msg.refused)}: ${t({ id: m.refusal.message, en: m.refusal.en })}</div>`] : []),
      ...m.checks
        .filter((c) => c.status === 'fail' || c.status === 'unknown')
        .map(
          (c) =>
            html`<div class="status-${c.status}">
              ${t(c.status === 'fail' ? (c.failTitle ?? c.title) : c.title)}${c.status === 'unknown' ? ` (${t(lower(STATUS_WORDS.unknown))})` : ''}:
              ${paperMeasured(measuredOf(c, this.#l.lang) ?? '', this.#l.lang) || t(msg.notMeasured)}; ${t(msg.required)} ${expectedOf(c, this.#l.lang)}
              <span class="clause">${c.clause}</span>
            </div>`,
        ),
    ];
    return html`<table class="machines">
      <thead>
        <tr><th>${t(msg.col.pc)}</th><th>${t(msg.col.seat)}</th><th>${t(msg.col.server)}</th><th>${t(msg.col.state)}</th><th>${t(msg.col.problems)}</th></tr>
      </thead>
      ${byRoom(
        data.machines,
        data.venue.rooms.map((r) => r.id),
      ).map(
        ([room, list]) => html`<tbody>
          <tr class="group"><th colspan="5">${room ? (rooms.get(room) ?? room) : t(msg.noRoom)} (${list.length})</th></tr>
          ${list.map(
            (m) => html`<tr data-machine=${m.id}>
              <td>${m.id}${m.role !== 'client' ? html` <small>(${t(ROLE_LABEL[m.role])})</small>` : nothing}</td>
              <td>${m.seat ?? '—'}</td>
              <td>${m.serverId ?? '—'}</td>
              <td class="v-${showOf(m)}">${t(SHOW_LABEL[showOf(m)])}</td>
              <td>${problems(m)}</td>
            </tr>`,
          )}
        </tbody>`,
      )}
    </table>`;
  }

  #facilities(data: ReportData) {
    const t = this.#l.t;
    const f = data.facilities;
    return html`<h2>${t(msg.facilityList)}</h2>
      ${
        !f
          ? html`<p>${t(msg.facilitiesMissing)}</p>`
          : html`<table class="facilities">
            <thead>
              <tr><th>${t(msg.col.item)}</th><th>${t(msg.col.clause)}</th><th>${t(msg.col.result)}</th><th>${t(msg.col.note)}</th><th>${t(msg.col.by)}</th></tr>
            </thead>
            <tbody>
              ${f.items.map(
                (i) => html`<tr>
                  <td>${t(i.title)}</td>
                  <td>${i.clause}</td>
                  <td class="f-${i.entry?.status ?? 'unchecked'}">${i.entry ? t(STATUS_TEXT[i.entry.status]) : t(msg.unchecked)}</td>
                  <td>${i.entry?.note ?? ''}</td>
                  <td>${i.entry ? html`${i.entry.by}, ${this.#l.dateTime(i.entry.at)}` : ''}</td>
                </tr>`,
              )}
            </tbody>
          </table>`
      }`;
  }

  /** "Batulicin, 4 Desember 2026": the venue settings' town (a line for ink when none), today in the venue's zone. */
  #signatures(city: string) {
    const t = this.#l.t;
    const today = formatDayMonthYear(new Date(), this.#l.locale.zone, this.#l.lang);
    return html`<section class="signatures">
      <h2>${t(msg.signatures)}</h2>
      <p data-place-date>${city ? `${city}, ` : `${t(msg.place)}: ____________, `}${today}</p>
      <div class="sign-grid">
        ${msg.signers.map(
          (s) => html`<div class="sign">
            <div>${t(s)}</div>
            <div class="space"></div>
            <div class="line">${t(msg.name)}:</div>
            <div class="line">${t(msg.nip)}:</div>
          </div>`,
        )}
      </div>
    </section>`;
  }
}
customElements.define('siap-report-page', ReportPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-report-page': ReportPage;
  }
}
