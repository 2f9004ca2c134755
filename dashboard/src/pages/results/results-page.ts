import { css, html, LitElement, nothing } from 'lit';
import type { ExamSession } from '../../../../protocol/exam.js';
import type { ResultsResponse } from '../../../../protocol/results.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { getSession } from '../../data/exam.js';
import { exportResults, getResults, issueLetter, letterPdf } from '../../data/results.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { downloadBlob } from '../../ui/download.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import './anomaly-list.js';
import './entry-form.js';
import './letter-check.js';
import { msg } from './messages.js';
import './results-import.js';

/**
 * Results of one session: import the CAT team's file, the judged list with the rule that judged
 * it, anomalies against attendance with the supervisor's explanations, typed-in entries and
 * corrections; links to the TV board, the printable rekap and the announcement exports. Live.
 */
export class ResultsPage extends LitElement {
  static override properties = { services: { attribute: false }, sessionId: {} };
  declare services: Services;
  declare sessionId: string;
  readonly #l = new LocaleController(this);
  readonly #download = new ActionController(this);
  #session!: ResourceController<ExamSession>;
  #results!: ResourceController<ResultsResponse>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    const relevant = (e: { sessions: readonly string[] }) => e.sessions.includes(this.sessionId);
    this.#session ??= new ResourceController(this, { load: () => getSession(api, this.sessionId), live, topics: ['sessions'], relevant });
    this.#results ??= new ResourceController(this, {
      load: () => getResults(api, this.sessionId),
      live,
      topics: ['results', 'attendance', 'sessions'],
      relevant,
    });
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      .links {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 1rem;
        margin-bottom: 0.8rem;
      }
      .card {
        margin-bottom: 1rem;
      }
      .rule {
        font-size: 0.9rem;
      }
      td.num,
      th.num {
        text-align: right;
        font-variant-numeric: tabular-nums;
      }
      .sr {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
      .memenuhi {
        color: var(--pass, #1f7a3f);
        font-weight: 600;
      }
      .tidak-memenuhi {
        color: var(--fail, #b3261e);
        font-weight: 600;
      }
    `,
  ];

  #reload = () => void this.#results.reload();

  async #export(format: 'csv' | 'xlsx' | 'pdf') {
    await this.#download.run(async () => {
      const { blob, filename } = await exportResults(this.services.api, this.sessionId, format);
      downloadBlob(filename ?? `hasil-${this.sessionId}.${format}`, blob);
    });
  }

  async #letter(number: string) {
    await this.#download.run(async () => {
      const issued = await issueLetter(this.services.api, this.sessionId, number);
      const { blob, filename } = await letterPdf(this.services.api, issued.code);
      downloadBlob(filename ?? `surat-keterangan-${number}.pdf`, blob);
    });
  }

  override render() {
    const t = this.#l.t;
    const session = this.#session.value;
    const data = this.#results.value;
    const error = this.#session.error ?? this.#results.error;
    if (!session || !data) {
      return error
        ? html`<h1>${t(msg.title)}</h1>
            <siap-notice .text=${error} retry @retry=${() => Promise.all([this.#session.reload(), this.#results.reload()])}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const rule = data.rule;
    return html`<h1>${t(msg.title)}: ${session.name}</h1>
      <nav class="links">
        <a href=${paths.session(this.sessionId)}>${t(msg.back)}</a>
        <a href=${paths.resultsBoard(this.sessionId)}>${t(msg.board)}</a>
        <a href=${paths.resultsRekap(this.sessionId)}>${t(msg.rekap)}</a>
        <a href=${paths.minutes(this.sessionId)}>${t(msg.minutes)}</a>
        ${(['csv', 'xlsx', 'pdf'] as const).map(
          (f) => html`<button type="button" @click=${() => this.#export(f)} ?disabled=${this.#download.busy}>${t(msg.exportAs(f.toUpperCase()))}</button>`,
        )}
      </nav>
      ${actionNote(this.#download)}
      <p class="rule" data-rule>
        ${t(msg.rule)}: <strong>${rule.id}@${rule.version}</strong> · ${rule.decree} · sha256 ${rule.sha256.slice(0, 12)}… ·
        ${t(msg.verification[rule.verification] ?? msg.verification.none!)}
        ${rule.tracks.map((tr) => html`<br />${t(tr.title)}: ${tr.criteria ? t(tr.criteria) : '—'}`)}
      </p>
      <p data-counts><strong>${t(msg.counts(data.counts))}</strong></p>
      <siap-results-import .services=${this.services} .sessionId=${this.sessionId} @imported=${this.#reload}></siap-results-import>
      <siap-anomaly-list .services=${this.services} .sessionId=${this.sessionId} .data=${data} @explained=${this.#reload}></siap-anomaly-list>
      ${this.#table(data)}
      <siap-result-entry .services=${this.services} .sessionId=${this.sessionId} .data=${data} @saved=${this.#reload}></siap-result-entry>
      <siap-letter-check .services=${this.services}></siap-letter-check>`;
  }

  #table(data: ResultsResponse) {
    const t = this.#l.t;
    const components = data.rule.components;
    return html`<section class="card">
      <h2>${t(msg.resultsTitle)}</h2>
      ${data.results.length === 0
        ? html`<p>${t(msg.noResults)}</p>`
        : html`<table data-results>
            <thead>
              <tr>
                <th>${t(msg.number)}</th>
                <th>${t(msg.name)}</th>
                <th>${t(msg.room)}</th>
                ${components.map((c) => html`<th class="num" title=${t(c.title)}>${c.key}</th>`)}
                <th class="num">${t(msg.total)}</th>
                <th>${t(msg.status)}</th>
                <th>${t(msg.time)}</th>
                <th><span class="sr">${t(msg.letterTitle)}</span></th>
              </tr>
            </thead>
            <tbody>
              ${data.results.map(
                (r) => html`<tr data-result=${r.participantNumber}>
                  <td>${r.participantNumber}</td>
                  <td>${r.name}</td>
                  <td>${r.room}</td>
                  ${components.map((c) => html`<td class="num">${r.scores[c.key] ?? '—'}</td>`)}
                  <td class="num"><strong>${r.total}</strong></td>
                  <td>
                    <span class=${r.status}>${t(r.statusLabel)}</span>${r.unmet.length
                      ? html`<br /><small>${r.unmet.map((u) => t(u)).join(', ')}</small>`
                      : nothing}${r.corrections > 0 ? html`<br /><small>${t(msg.corrected(r.corrections, r.reason))}</small>` : nothing}
                  </td>
                  <td>${r.recordedTime}</td>
                  <td>
                    <button type="button" title=${t(msg.letterTitle)} @click=${() => this.#letter(r.participantNumber)} ?disabled=${this.#download.busy}>
                      ${t(msg.letter)}
                    </button>
                  </td>
                </tr>`,
              )}
            </tbody>
          </table>`}
    </section>`;
  }
}
customElements.define('siap-results-page', ResultsPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-results-page': ResultsPage;
  }
}
