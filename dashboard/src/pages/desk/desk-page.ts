import { html, LitElement, nothing } from 'lit';
import type { CheckinResponse, ExamSession, Participant, Refusal } from '../../../../protocol/exam.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { ApiError, describeError } from '../../data/errors.js';
import { checkIn, getSession, listRefusals, lookupParticipant, reissuePin } from '../../data/exam.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { pinWindowView } from './countdown.js';
import { deskStyles } from './desk-styles.js';
import { msg } from './messages.js';
import './desk-side.js';
import './participant-card.js';
import './pin-slip.js';
import './reason-form.js';

type Outcome =
  | { kind: 'ok'; text: Localized; response: CheckinResponse }
  | { kind: 'refused'; text: Localized; code: string }
  | { kind: 'duplicate'; text: Localized }
  | { kind: 'error'; text: Localized };

/**
 * What the desk sends for a number the roster does not have: the hub refuses such a scan before
 * any NIK is compared, and sending it records the refusal (the berita acara counts it) and lets
 * the hub say which session the number belongs to.
 */
const NO_NIK = '-';
const REFUSALS = new Set(['nik-mismatch', 'not-on-roster', 'window-closed']);

/**
 * The registration desk (Lampiran C.3.b.7.d-f): scan the participant card (a USB scanner types
 * the number and Enter), compare the roster's name, room and seat with the KTP, type the NIK and
 * Enter. A match registers and shows the PIN slip; a mismatch is refused in red and recorded; a
 * second check-in issues nothing new. After the PIN window closes only a supervisor override
 * registers. Everything is decided by the hub; this page only asks and shows.
 */
export class DeskPage extends LitElement {
  static override properties = {
    services: { attribute: false },
    sessionId: { attribute: false },
    _participant: { state: true },
    _outcome: { state: true },
    _busy: { state: true },
    _now: { state: true },
  };
  declare services: Services;
  declare sessionId: string;
  declare _participant: Participant | undefined;
  declare _outcome: Outcome | undefined;
  declare _busy: boolean;
  declare _now: number;
  readonly #l = new LocaleController(this);
  #session!: ResourceController<ExamSession>;
  #refusals!: ResourceController<Refusal[]>;
  #recent: CheckinResponse[] = [];
  #lastNik = '';
  #timer: ReturnType<typeof setInterval> | undefined;
  #closingSeen = false;
  #ready = false;

  constructor() {
    super();
    this._busy = false;
    this._now = Date.now();
  }

  override connectedCallback(): void {
    const { api, live } = this.services;
    const mine = (e: { sessions: readonly string[] }) => e.sessions.includes(this.sessionId);
    this.#session ??= new ResourceController(this, {
      load: () => getSession(api, this.sessionId),
      live,
      topics: ['sessions', 'attendance'],
      relevant: mine,
    });
    this.#refusals ??= new ResourceController(this, {
      load: () => listRefusals(api, this.sessionId),
      live,
      topics: ['attendance'],
      relevant: mine,
    });
    super.connectedCallback();
    this.#timer = setInterval(() => this.#tick(), 1000);
    this.addEventListener('keydown', this.#onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    this.removeEventListener('keydown', this.#onKey);
  }

  static override styles = [page, deskStyles];

  /** The scan field has the focus as soon as the desk shows, so the first card can be scanned straight away. */
  override updated(): void {
    const scan = this.#input('scan');
    if (scan && !this.#ready) {
      this.#ready = true;
      scan.focus();
    }
  }

  /** Once a second: the countdown; when it reaches zero the hub is asked again (its clock decides). */
  #tick() {
    this._now = Date.now();
    const s = this.#session.value;
    const view = s && pinWindowView(s, this._now, this.#l.lang);
    if (view?.leftMs !== undefined && view.leftMs < 1500 && !this.#closingSeen) {
      this.#closingSeen = true;
      setTimeout(() => void this.#session.reload(), 1600);
    }
  }

  #onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') void this.#reset();
  };

  #input(name: 'scan' | 'nik'): HTMLInputElement | null {
    return this.renderRoot.querySelector<HTMLInputElement>(`input[name=${name}]`);
  }

  async #focus(name: 'scan' | 'nik', select = false) {
    await this.updateComplete;
    const input = this.#input(name);
    input?.focus();
    if (select) input?.select();
  }

  async #reset() {
    this._participant = undefined;
    this._outcome = undefined;
    const scan = this.#input('scan');
    if (scan) scan.value = '';
    await this.#focus('scan');
  }

  #onScan = async (e: Event) => {
    e.preventDefault();
    const scan = this.#input('scan')?.value.trim() ?? '';
    if (!scan || this._busy) return;
    this._busy = true;
    this._outcome = undefined;
    this._participant = undefined;
    const nik = this.#input('nik');
    if (nik) nik.value = '';
    try {
      const p = await lookupParticipant(this.services.api, this.sessionId, scan);
      this._participant = p;
      if (p.status === 'present') {
        // Nothing to register: the next card can be scanned at once (typing the NIK anyway records the attempt).
        this._outcome = { kind: 'duplicate', text: msg.already(p.checkedInTime, p.checkedInBy ?? '') };
        await this.#focus('scan', true);
      } else {
        await this.#focus('nik');
      }
    } catch (err) {
      if (err instanceof ApiError && err.code === 'participant-not-found') await this.#register(scan, NO_NIK);
      else this._outcome = { kind: 'error', text: describeError(err) };
      await this.#focus('scan', true);
    } finally {
      this._busy = false;
    }
  };

  #onNik = async (e: Event) => {
    e.preventDefault();
    const p = this._participant;
    const nik = this.#input('nik')?.value.trim() ?? '';
    if (!p || !nik || this._busy) return;
    this._busy = true;
    try {
      await this.#register(p.number, nik);
    } finally {
      this._busy = false;
    }
  };

  async #register(number: string, nik: string, override?: string) {
    this.#lastNik = nik;
    try {
      const response = await checkIn(this.services.api, this.sessionId, {
        participantNumber: number,
        nik,
        ...(override ? { override: { reason: override } } : {}),
      });
      this.#done(response, msg.success(response.participant.name));
    } catch (err) {
      this.#failed(err);
    }
  }

  #done(response: CheckinResponse, text: Localized) {
    this._outcome = { kind: 'ok', text, response };
    this._participant = response.participant;
    this.#recent = [response, ...this.#recent.filter((r) => r.participant.number !== response.participant.number)].slice(0, 8);
    const scan = this.#input('scan');
    if (scan) scan.value = '';
    const nik = this.#input('nik');
    if (nik) nik.value = '';
    void this.#session.reload();
    void this.#focus('scan');
  }

  #failed(err: unknown) {
    const text = describeError(err);
    if (!(err instanceof ApiError)) {
      this._outcome = { kind: 'error', text };
      return;
    }
    const about = (err.details as { participant?: Participant } | undefined)?.participant;
    if (about) this._participant = about;
    if (err.code === 'already-checked-in') this._outcome = { kind: 'duplicate', text };
    else if (REFUSALS.has(err.code)) this._outcome = { kind: 'refused', text, code: err.code };
    else this._outcome = { kind: 'error', text };
    if (err.code === 'window-closed' || err.code === 'pin-window-closed') void this.#session.reload();
    if (err.code === 'nik-invalid') void this.#focus('nik', true);
    else void this.#focus('scan', true);
  }

  async #reissue(reason: string, override?: string) {
    const p = this._participant;
    if (!p || this._busy) return;
    this._busy = true;
    try {
      const response = await reissuePin(this.services.api, this.sessionId, p.number, {
        reason,
        ...(override ? { override: { reason: override } } : {}),
      });
      this.#done(response, msg.reissued(response.participant.name));
    } catch (err) {
      this.#failed(err);
    } finally {
      this._busy = false;
    }
  }

  async #override(reason: string) {
    const p = this._participant;
    if (!p || this._busy) return;
    this._busy = true;
    try {
      await this.#register(p.number, this.#lastNik, reason);
    } finally {
      this._busy = false;
    }
  }

  override render() {
    const t = this.#l.t;
    const s = this.#session.value;
    if (!s) {
      return this.#session.error
        ? html`<siap-notice .text=${this.#session.error} retry @retry=${() => this.#session.reload()}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const view = pinWindowView(s, this._now, this.#l.lang);
    const c = s.counts;
    const ok = this._outcome?.kind === 'ok' ? this._outcome.response : undefined;
    return html`<div class="screen">
        <p><a href=${paths.session(s.id)}>${t(msg.back)} ${s.name}</a></p>
        <h1>${t(msg.title)} — ${s.name}, ${s.local.date} ${s.local.start} ${s.zone}</h1>
        <div class="banner ${view.state}" role="status" data-window=${view.state}>${t(view.text)}</div>
        <div class="counts" data-counts>
          <span>${t(msg.registered)} <b>${c.registered}</b></span>
          <span>${t(msg.present)} <b>${c.present}</b></span>
          <span>${t(msg.absent)} <b>${c.absent}</b></span>
          <span>${t(msg.refused)} <b>${c.refused}</b></span>
        </div>
        ${this.#session.error ? html`<siap-notice .text=${this.#session.error}></siap-notice>` : nothing}
      </div>
      <div class="layout">
        <div class="screen">
          ${this.#entry()} ${this.#outcomeView(s)}
          ${this._participant ? html`<siap-participant-card .participant=${this._participant}></siap-participant-card>` : nothing}
        </div>
        <div class="side">
          ${ok
            ? html`<siap-pin-slip .slip=${ok.slip}></siap-pin-slip>
                <p class="screen"><button class="primary" @click=${() => window.print()}>${t(msg.printSlip)}</button></p>`
            : nothing}
          <siap-desk-side class="screen" .recent=${this.#recent} .refusals=${this.#refusals.value ?? []}></siap-desk-side>
        </div>
      </div>`;
  }

  #entry() {
    const t = this.#l.t;
    return html`<form class="entry" @submit=${this.#onScan} autocomplete="off">
        <div class="row">
          <label>${t(msg.scan)}<input name="scan" maxlength="500" spellcheck="false" /></label>
          <button ?disabled=${this._busy}>${t(this._busy && !this._participant ? msg.searching : msg.find)}</button>
        </div>
        <p class="hint">${t(msg.scanHint)}</p>
      </form>
      <form class="entry" @submit=${this.#onNik} autocomplete="off">
        <div class="row">
          <label>${t(msg.nik)}<input name="nik" inputmode="numeric" maxlength="64" spellcheck="false" ?disabled=${!this._participant} /></label>
          <button class="primary" ?disabled=${this._busy || !this._participant}>${t(msg.register)}</button>
        </div>
        <p class="hint">${t(msg.nikHint)}</p>
      </form>`;
  }

  #outcomeView(s: ExamSession) {
    const o = this._outcome;
    if (!o) return nothing;
    const t = this.#l.t;
    const closed = !s.pinWindowOpen;
    return html`<div class="outcome ${o.kind}" role="alert" data-outcome=${o.kind}>
        ${o.kind === 'refused' ? html`<strong>${t(msg.refusedTitle)}</strong>` : nothing}${t(o.text)}
      </div>
      ${o.kind === 'refused' && o.code === 'window-closed' && this._participant
        ? html`<siap-reason-form
            .lead=${msg.overrideLead}
            .label=${msg.overrideReason}
            .button=${msg.overrideButton}
            ?busy=${this._busy}
            @reason=${(e: CustomEvent<string>) => void this.#override(e.detail)}
          ></siap-reason-form>`
        : nothing}
      ${o.kind === 'duplicate' && this._participant?.status === 'present'
        ? html`<siap-reason-form
            .label=${msg.reissueReason}
            .button=${msg.reissue}
            .lead=${closed ? msg.overrideLead : undefined}
            ?busy=${this._busy}
            @reason=${(e: CustomEvent<string>) => void this.#reissue(e.detail, closed ? e.detail : undefined)}
          ></siap-reason-form>`
        : nothing}`;
  }
}
customElements.define('siap-desk-page', DeskPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-desk-page': DeskPage;
  }
}
