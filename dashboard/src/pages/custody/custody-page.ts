import { css, html, LitElement, nothing } from 'lit';
import type { Handover, SealsResponse } from '../../../../protocol/custody.js';
import type { Trial } from '../../../../protocol/custody-responses.js';
import type { ExamSession } from '../../../../protocol/exam.js';
import type { ServerInfo } from '../../../../protocol/api.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import type { PhotoLink } from '../../../../protocol/custody-photos.js';
import { listHandovers, listSeals, listTrials, startTrial } from '../../data/custody.js';
import { listPhotos } from '../../data/custody-photos.js';
import { listSessions } from '../../data/exam.js';
import { ResourceController } from '../../data/resource.js';
import { listServers } from '../../data/venue.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import { ITEM_LABEL, msg } from './messages.js';
import './handover-form.js';
import './seals-section.js';
import '../../ui/notice.js';

/**
 * The monitoring team's pre-exam sequence on one page: BAST in, seals on, network trial, power
 * drill, seals off, BAST out. Every list is kept live; each record links to its printable form.
 */
export class CustodyPage extends LitElement {
  static override properties = { services: { attribute: false } };
  declare services: Services;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  #seals!: ResourceController<SealsResponse>;
  #handovers!: ResourceController<Handover[]>;
  #trials!: ResourceController<{ trials: Trial[]; running: number | null }>;
  #sessions!: ResourceController<ExamSession[]>;
  #servers!: ResourceController<ServerInfo[]>;
  #photos!: ResourceController<PhotoLink[]>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    const custody = { live, topics: ['custody'] as const };
    this.#seals ??= new ResourceController(this, { load: () => listSeals(api), ...custody });
    this.#handovers ??= new ResourceController(this, { load: () => listHandovers(api), ...custody });
    this.#trials ??= new ResourceController(this, { load: () => listTrials(api), ...custody });
    this.#photos ??= new ResourceController(this, { load: () => listPhotos(api), ...custody });
    this.#sessions ??= new ResourceController(this, { load: () => listSessions(api), live, topics: ['sessions'] });
    this.#servers ??= new ResourceController(this, { load: () => listServers(api), live, topics: ['servers'] });
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      section.card {
        margin-bottom: 1rem;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-bottom: 0.6rem;
      }
      .warn {
        color: var(--siap-bad);
        font-weight: 600;
      }
    `,
  ];

  #reload = () => {
    void this.#seals.reload();
    void this.#handovers.reload();
    void this.#trials.reload();
    void this.#photos.reload();
  };

  async #start(kind: 'network' | 'power') {
    await this.#action.run(() => startTrial(this.services.api, { kind }), msg.trialStarted);
    await this.#trials.reload();
  }

  override render() {
    const t = this.#l.t;
    const error = this.#seals.error ?? this.#handovers.error ?? this.#trials.error;
    if (!this.#seals.value || !this.#handovers.value || !this.#trials.value) {
      return error
        ? html`<h1>${t(msg.title)}</h1><siap-notice .text=${error} retry @retry=${this.#reload}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    return html`<h1>${t(msg.title)}</h1>
      <p class="muted">${t(msg.intro)}</p>
      <section class="card" data-section="handovers">
        <h2>${t(msg.handovers)}</h2>
        ${this.#handoverList(this.#handovers.value)}
        <details>
          <summary>${t(msg.newHandover)}</summary>
          <siap-handover-form .services=${this.services} .servers=${(this.#servers.value ?? []).map((s) => s.id)} @changed=${this.#reload}></siap-handover-form>
        </details>
      </section>
      <section class="card" data-section="seals">
        <h2>${t(msg.seals)}</h2>
        <siap-seals-section .services=${this.services} .seals=${this.#seals.value} .sessions=${this.#sessions.value ?? []}
          .photos=${this.#photos.value}
          @changed=${this.#reload}></siap-seals-section>
      </section>
      <section class="card" data-section="trials">
        <h2>${t(msg.trials)}</h2>
        ${actionNote(this.#action)}
        <div class="actions">
          <button class="primary" ?disabled=${this.#trials.value.running !== null} @click=${() => this.#start('network')}>${t(msg.startTrial)}</button>
          <button ?disabled=${this.#trials.value.running !== null} @click=${() => this.#start('power')}>${t(msg.startDrill)}</button>
        </div>
        ${this.#trialList(this.#trials.value.trials)}
      </section>`;
  }

  #handoverList(list: Handover[]) {
    const t = this.#l.t;
    if (list.length === 0) return html`<p class="muted">${t(msg.none)}</p>`;
    return html`<table>
      <tbody>
        ${list.map((h) => {
          const warnings = h.items.filter((i) => i.serialCheck?.warning);
          return html`<tr data-handover=${h.id}>
            <td><a href=${paths.handover(h.id)}>BAST ${h.id}</a></td>
            <td>${t(h.direction === 'in' ? msg.dirIn : msg.dirOut)}</td>
            <td>${this.#l.dateTime(h.at)}</td>
            <td>${h.items.map((i) => `${t(ITEM_LABEL[i.kind]!)} ${i.serial}`).join(', ')}</td>
            <td>${warnings.map((w) => html`<div class="warn" data-warning>${t(w.serialCheck!.warning!)}</div>`)}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  #trialList(list: Trial[]) {
    const t = this.#l.t;
    if (list.length === 0) return html`<p class="muted">${t(msg.none)}</p>`;
    const ms = (x: number | null) => (x === null ? '—' : `${this.#l.number(x)} ms`);
    return html`<table>
      <thead>
        <tr><th></th><th></th><th>${t(msg.answered)}</th><th>${t(msg.medianServer)}</th><th>${t(msg.medianHub)}</th><th>${t(msg.medianThroughput)}</th><th></th></tr>
      </thead>
      <tbody>
        ${[...list].reverse().map((x, i, all) => {
          const previous = all.slice(i + 1).find((y) => y.kind === x.kind);
          return html`<tr data-trial=${x.id} data-status=${x.status}>
            <td><a href=${paths.trial(x.id)}>${t(x.kind === 'network' ? msg.network : msg.power)} ${x.id}</a></td>
            <td>${this.#l.dateTime(x.startedAt)} · ${t(x.status === 'running' ? msg.running : msg.complete)}</td>
            <td>${x.venue.answered}/${x.venue.expected}</td>
            <td>${ms(x.venue.medianServerMs)}</td>
            <td>${ms(x.venue.medianHubMs)}</td>
            <td>${x.venue.medianThroughputMbps === null ? '—' : `${this.#l.number(x.venue.medianThroughputMbps)} Mbps`}</td>
            <td>${previous ? html`<a href=${paths.trial(x.id, previous.id)}>${t(msg.compare)} ${previous.id}</a>` : nothing}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }
}
customElements.define('siap-custody-page', CustodyPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-custody-page': CustodyPage;
  }
}
