import { css, html, LitElement, nothing } from 'lit';
import type { ExamSession } from '../../../../protocol/exam.js';
import type { PhotoLink } from '../../../../protocol/custody-photos.js';
import type { Incident } from '../../../../protocol/exam-reports.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { AccessController } from '../../app/access.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { listPhotos } from '../../data/custody-photos.js';
import { deleteIncident, getSession, listIncidents } from '../../data/exam.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import './incident-form.js';
import './incident-table.js';
import { newestFirst, totalsOf } from './incident-list.js';
import { msg } from './messages.js';

/**
 * The incidents of one exam session (power, network, server, participant): recorded as they
 * happen, kept live for every monitor's screen, and printed in the berita acara.
 */
export class IncidentsPage extends LitElement {
  static override properties = {
    services: { attribute: false },
    sessionId: {},
    _editing: { state: true },
  };
  declare services: Services;
  declare sessionId: string;
  declare _editing: Incident | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  readonly #access = new AccessController(this);
  #session!: ResourceController<ExamSession>;
  #incidents!: ResourceController<Incident[]>;
  #photos!: ResourceController<PhotoLink[]>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    const relevant = (e: { sessions: readonly string[] }) => e.sessions.includes(this.sessionId);
    this.#session ??= new ResourceController(this, {
      load: () => getSession(api, this.sessionId),
      live,
      topics: ['sessions'],
      relevant,
    });
    this.#incidents ??= new ResourceController(this, {
      load: () => listIncidents(api, this.sessionId),
      live,
      topics: ['incidents'],
      relevant,
    });
    // Photos as evidence (README "Custody and rehearsal"): the thumbnails and the camera button come
    // with the custody part, loaded on first use so the exam-day file does not grow.
    this.#photos ??= new ResourceController(this, { load: () => listPhotos(api), live, topics: ['custody'] });
    void import('../custody/photo-strip.js');
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      .head {
        display: flex;
        flex-wrap: wrap;
        gap: 0.4rem 1rem;
        align-items: baseline;
        justify-content: space-between;
      }
      .links {
        display: flex;
        gap: 1rem;
      }
      .totals {
        font-weight: 600;
        margin: 0.25rem 0 0.75rem;
      }
      .card {
        margin-bottom: 1rem;
      }
      .card h2 {
        margin-top: 0;
      }
      siap-notice {
        margin-bottom: 0.6rem;
      }
    `,
  ];

  #toast(text: Localized) {
    this.#action.note = { kind: 'ok', text };
    const note = this.#action.note;
    this.requestUpdate();
    setTimeout(() => {
      if (this.#action.note === note) this.#action.clear();
    }, 4000);
  }

  #saved = (e: CustomEvent<Localized>) => {
    this._editing = undefined;
    this.#toast(e.detail);
    void this.#incidents.reload();
  };

  #delete = async (e: CustomEvent<Incident>) => {
    const incident = e.detail;
    const ok = await this.#action.run(() => deleteIncident(this.services.api, this.sessionId, incident.id));
    if (!ok) return;
    if (this._editing?.id === incident.id) this._editing = undefined;
    this.#toast(msg.deleted);
    await this.#incidents.reload();
  };

  override render() {
    const t = this.#l.t;
    const session = this.#session.value;
    const incidents = this.#incidents.value;
    const error = this.#session.error ?? this.#incidents.error;
    if (!session || !incidents) {
      return error
        ? html`<h1>${t(msg.title)}</h1>
            <siap-notice .text=${error} retry @retry=${() => Promise.all([this.#session.reload(), this.#incidents.reload()])}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const totals = totalsOf(incidents);
    const note = this.#action.note;
    return html`<div class="head">
        <h1>${t(msg.title)}</h1>
        <nav class="links">
          <a href=${paths.session(this.sessionId)}>${t(msg.back)}</a>
          <a href=${paths.minutes(this.sessionId)}>${t(msg.minutes)}</a>
        </nav>
      </div>
      <p class="muted">${session.name} · ${t(session.kindLabel)} · ${session.local.date} ${this.#l.clock(session.local.start)}–${this.#l.clock(session.local.end)}
        ${session.zone}</p>
      <p class="muted">${t(msg.lead)}</p>
      ${error ? html`<siap-notice .text=${error}></siap-notice>` : nothing}
      ${note ? html`<siap-notice class=${note.kind === 'ok' ? 'toast' : ''} kind=${note.kind} .text=${note.text}></siap-notice>` : nothing}
      <section class="card">
        <siap-incident-form
          .services=${this.services}
          .session=${session}
          .incident=${this._editing}
          @saved=${this.#saved}
          @cancel=${() => (this._editing = undefined)}
        ></siap-incident-form>
      </section>
      <p class="totals" data-totals>${t(msg.totals(totals.count, totals.minutesLost, totals.timeAdded))}</p>
      ${
        incidents.length === 0
          ? html`<siap-notice kind="info" .text=${msg.empty}></siap-notice>`
          : html`<siap-incident-table
            .incidents=${newestFirst(incidents)}
            zone=${session.zone}
            ?busy=${this.#action.busy}
            .services=${this.services}
            .photos=${this.#photos.value}
            ?photoable=${this.#access.may('custody.photo')}
            @changed=${() => this.#photos.reload()}
            @edit=${(e: CustomEvent<Incident>) => {
              this._editing = e.detail;
              this.renderRoot.querySelector('siap-incident-form')?.scrollIntoView({ block: 'nearest' });
            }}
            @delete=${this.#delete}
          ></siap-incident-table>`
      }`;
  }
}
customElements.define('siap-incidents-page', IncidentsPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-incidents-page': IncidentsPage;
  }
}
