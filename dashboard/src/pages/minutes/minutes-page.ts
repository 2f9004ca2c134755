import { css, html, LitElement, nothing } from 'lit';
import type { ExamSession } from '../../../../protocol/exam.js';
import type { BeritaAcara } from '../../../../protocol/exam-reports.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { getBeritaAcara, getSession } from '../../data/exam.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController } from '../../ui/action.js';
import { downloadText } from '../../ui/download.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';
import './minutes-document.js';
import './minutes-editor.js';

/**
 * The berita acara of one exam session: the official minutes as the hub computes them, an edit
 * panel for what only people know (actual times, notes, signatories), print and JSON download.
 * Kept live: a late check-in or a new incident shows up without reloading.
 */
export class MinutesPage extends LitElement {
  static override properties = { services: { attribute: false }, sessionId: {} };
  declare services: Services;
  declare sessionId: string;
  readonly #l = new LocaleController(this);
  readonly #download = new ActionController(this);
  #minutes!: ResourceController<BeritaAcara>;
  #session!: ResourceController<ExamSession>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    const relevant = (e: { sessions: readonly string[] }) => e.sessions.includes(this.sessionId);
    this.#minutes ??= new ResourceController(this, {
      load: () => getBeritaAcara(api, this.sessionId),
      live,
      topics: ['attendance', 'incidents', 'sessions', 'results', 'custody'],
      relevant,
    });
    this.#session ??= new ResourceController(this, {
      load: () => getSession(api, this.sessionId),
      live,
      topics: ['sessions'],
      relevant,
    });
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      .toolbar a {
        margin-right: 0.5rem;
      }
      .layout {
        display: grid;
        gap: 1rem;
        grid-template-columns: minmax(0, 1fr);
      }
      .card {
        max-width: 52rem;
        margin: 0 auto;
        width: 100%;
        box-sizing: border-box;
      }
      siap-notice {
        margin-bottom: 0.6rem;
      }
      @media print {
        .layout {
          display: block;
        }
      }
    `,
  ];

  /** Saves the minutes as the hub answers them now (a record to archive beside the signed paper). */
  async #json() {
    await this.#download.run(async () => {
      const data = await getBeritaAcara(this.services.api, this.sessionId);
      downloadText(`berita-acara-${this.sessionId}.json`, `${JSON.stringify(data, null, 2)}\n`, 'application/json');
    });
  }

  #saved = () => {
    void this.#session.reload();
    void this.#minutes.reload();
  };

  override render() {
    const t = this.#l.t;
    const data = this.#minutes.value;
    const session = this.#session.value;
    const error = this.#minutes.error ?? this.#session.error;
    if (!data || !session) {
      return error
        ? html`<h1>${t(msg.pageTitle)}</h1>
            <siap-notice .text=${error} retry @retry=${() => Promise.all([this.#minutes.reload(), this.#session.reload()])}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const note = this.#download.note;
    return html`<div class="toolbar no-print">
        <a href=${paths.session(this.sessionId)}>${t(msg.back)}</a>
        <a href=${paths.incidents(this.sessionId)}>${t(msg.incidents)}</a>
        <span class="spacer"></span>
        <button class="primary" @click=${() => window.print()}>${t(msg.print)}</button>
        <button ?disabled=${this.#download.busy} @click=${() => void this.#json()}>${t(msg.json)}</button>
      </div>
      <p class="muted no-print">${t(msg.printHint)}</p>
      ${error ? html`<siap-notice class="no-print" .text=${error}></siap-notice>` : nothing}
      ${note ? html`<siap-notice class="no-print" kind=${note.kind} .text=${note.text}></siap-notice>` : nothing}
      <div class="layout">
        <section class="card no-print" data-editor>
          <siap-minutes-editor .services=${this.services} .session=${session} @saved=${this.#saved}></siap-minutes-editor>
        </section>
        <siap-minutes-document .data=${data} .services=${this.services}></siap-minutes-document>
      </div>`;
  }
}
customElements.define('siap-minutes-page', MinutesPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-minutes-page': MinutesPage;
  }
}
