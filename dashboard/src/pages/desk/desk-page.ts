import { html, LitElement, nothing } from 'lit';
import type { ExamSession } from '../../../../protocol/exam.js';
import type { PinSlip, Refusal } from '../../../../protocol/exam-responses.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { getSession, listRefusals } from '../../data/exam.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { pinWindowView } from './countdown.js';
import { DeskFlow, type Step } from './desk-flow.js';
import { listenDeskKeys } from './desk-keys.js';
import { installSlipPage, loadPrintPrefs, savePrintPrefs, SlipQueue, type PrintPrefs } from './slip-print.js';
import { deskStyles } from './desk-styles.js';
import { msg } from './messages.js';
import './desk-side.js';
import './participant-card.js';
import './pin-slip.js';
import './print-bar.js';
import './reason-form.js';
import './slip-sheet.js';

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
    _now: { state: true },
    _prefs: { state: true },
    _printing: { state: true },
  };
  declare services: Services;
  declare sessionId: string;
  declare _now: number;
  declare _prefs: PrintPrefs;
  /** The slips on paper at the next print. */
  declare _printing: PinSlip[];
  readonly #slips = new SlipQueue();
  #undo: Array<() => void> = [];
  readonly #l = new LocaleController(this);
  #session!: ResourceController<ExamSession>;
  #refusals!: ResourceController<Refusal[]>;
  #flow!: DeskFlow;
  #timer: ReturnType<typeof setInterval> | undefined;
  #closingSeen = false;
  #ready = false;

  constructor() {
    super();
    this._now = Date.now();
    this._prefs = loadPrintPrefs();
    this._printing = [];
  }

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#flow ??= new DeskFlow(api, this.sessionId, () => this.requestUpdate());
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
    this.#undo = [
      listenDeskKeys({ scanField: () => this.#input('scan'), print: () => void this.#print(), reset: () => void this.#reset() }),
      installSlipPage(this._prefs.paper),
    ];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
    for (const undo of this.#undo) undo();
    this.#undo = [];
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

  /** Prints the slip (thermal) or the sheet of queued slips (A4), then the keyboard goes back to the scan field. */
  async #print() {
    const current = this.#flow.outcome?.kind === 'ok';
    const slips = this._prefs.paper === 'thermal' && !current ? [] : this.#slips.take(this._prefs.paper);
    if (slips.length > 0) {
      this._printing = slips;
      await this.updateComplete;
      window.print();
    }
    this._printing = [];
    await this.#focus('scan');
  }

  /** The A4 sheet if the browser prints now (the print key, auto-print, or the browser's own Ctrl+P). */
  #onPaper(): PinSlip[] {
    return this._printing.length > 0 ? this._printing : this.#slips.peek('sheet');
  }

  #setPrefs(prefs: PrintPrefs) {
    this._prefs = prefs;
    savePrintPrefs(prefs);
    this.#undo.pop()?.();
    this.#undo.push(installSlipPage(prefs.paper));
    void this.#focus('scan');
  }

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
    this.#flow.reset();
    const scan = this.#input('scan');
    if (scan) scan.value = '';
    await this.#focus('scan');
  }

  /** Empties the fields when asked, reloads the session when it changed, and puts the keyboard where the next step is. */
  async #apply(step: Step | undefined) {
    if (!step) return;
    if (step.clear) {
      for (const input of this.renderRoot.querySelectorAll<HTMLInputElement>('input[name=scan], input[name=nik], input[name=slipRef]'))
        input.value = '';
    }
    if (step.reloadSession) void this.#session.reload();
    if (step.nik !== undefined) {
      await this.updateComplete;
      const nik = this.#input('nik');
      if (nik) nik.value = step.nik;
    }
    const ok = this.#flow.outcome?.kind === 'ok' ? this.#flow.outcome.response : undefined;
    if (ok?.slip && step.clear) {
      this.#slips.add(ok.slip);
      this._printing = [];
      if (this.#slips.due(this._prefs)) return this.#print();
    }
    await this.#focus(step.focus, step.select);
  }

  #onScan = (e: Event) => {
    e.preventDefault();
    const nik = this.#input('nik');
    if (nik && !this.#flow.busy) nik.value = '';
    void this.#flow.scan(this.#input('scan')?.value ?? '').then((step) => this.#apply(step));
  };

  #onNik = (e: Event) => {
    e.preventDefault();
    const slipRef = this.renderRoot.querySelector<HTMLInputElement>('input[name=slipRef]')?.value ?? '';
    void this.#flow.submitNik(this.#input('nik')?.value ?? '', slipRef).then((step) => this.#apply(step));
  };

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
    const ok = this.#flow.outcome?.kind === 'ok' ? this.#flow.outcome.response : undefined;
    return html`<div class="screen">
        <p><a href=${paths.session(s.id)}>${t(msg.back)} ${s.name}</a></p>
        <h1>${t(msg.title)} — ${s.name}, ${s.local.date} ${this.#l.clock(s.local.start)} ${s.zone}</h1>
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
          ${this.#flow.participant ? html`<siap-participant-card .participant=${this.#flow.participant}></siap-participant-card>` : nothing}
        </div>
        <div class="side">
          ${
            ok?.slip
              ? html`<siap-pin-slip
                class=${this._prefs.paper === 'sheet' ? 'screen' : ''}
                paper=${this._prefs.paper === 'thermal' ? 'thermal' : nothing}
                .slip=${ok.slip}
              ></siap-pin-slip>`
              : nothing
          }
          ${
            s.pinSource === 'bkn'
              ? html`<p class="screen hint" data-pin-source="bkn">${t(msg.bknNote)}</p>`
              : html`<siap-print-bar
            class="screen"
            .prefs=${this._prefs}
            .pending=${this.#slips.pending}
            ?ready=${this._prefs.paper === 'sheet' ? this.#slips.pending > 0 : ok !== undefined}
            @print=${() => void this.#print()}
            @prefs=${(e: CustomEvent<PrintPrefs>) => this.#setPrefs(e.detail)}
          ></siap-print-bar>`
          }
          <siap-desk-side class="screen" .recent=${this.#flow.recent} .refusals=${this.#refusals.value ?? []}></siap-desk-side>
        </div>
      </div>
      ${this._prefs.paper === 'sheet' ? html`<siap-slip-sheet .slips=${this.#onPaper()}></siap-slip-sheet>` : nothing}`;
  }

  #entry() {
    const t = this.#l.t;
    return html`<form class="entry" @submit=${this.#onScan} autocomplete="off">
        <div class="row">
          <label>${t(msg.scan)}<input
              name="scan"
              maxlength="500"
              spellcheck="false"
              @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()}
          /></label>
          <button ?disabled=${this.#flow.busy}>${t(this.#flow.busy && !this.#flow.participant ? msg.searching : msg.find)}</button>
        </div>
        <p class="hint">${t(msg.scanHint)}</p>
      </form>
      <form class="entry" @submit=${this.#onNik} autocomplete="off">
        <div class="row">
          <label>${t(msg.nik)}<input name="nik" inputmode="numeric" maxlength="64" spellcheck="false" ?disabled=${!this.#flow.participant} /></label>
          <button class="primary" ?disabled=${this.#flow.busy || !this.#flow.participant}>${t(msg.register)}</button>
        </div>
        ${
          this.#session.value?.pinSource === 'bkn'
            ? html`<label class="slip-ref">${t(msg.slipRef)}<input
                name="slipRef"
                maxlength="64"
                spellcheck="false"
                ?disabled=${!this.#flow.participant}
                @keydown=${(e: KeyboardEvent) => {
                  // Enter after the slip's reference (typed or scanned) goes on to the NIK, not to registering without it.
                  if (e.key !== 'Enter') return;
                  e.preventDefault();
                  void this.#focus('nik');
                }}
            /></label>`
            : nothing
        }
        <p class="hint">${t(msg.nikHint)}</p>
      </form>`;
  }

  #outcomeView(s: ExamSession) {
    const o = this.#flow.outcome;
    if (!o) return nothing;
    const t = this.#l.t;
    const closed = !s.pinWindowOpen;
    return html`<div class="outcome ${o.kind}" role="alert" data-outcome=${o.kind}>
        ${o.kind === 'refused' ? html`<strong>${t(msg.refusedTitle)}</strong>` : nothing}${t(o.text)}
      </div>
      ${
        o.kind === 'refused' && o.code === 'window-closed' && this.#flow.participant
          ? html`<siap-reason-form
            .lead=${msg.overrideLead}
            .label=${msg.overrideReason}
            .button=${msg.overrideButton}
            ?busy=${this.#flow.busy}
            @reason=${(e: CustomEvent<string>) => void this.#flow.override(e.detail).then((step) => this.#apply(step))}
          ></siap-reason-form>`
          : nothing
      }
      ${
        o.kind === 'duplicate' && this.#flow.participant?.status === 'present' && s.pinSource !== 'bkn'
          ? html`<siap-reason-form
            .label=${msg.reissueReason}
            .button=${msg.reissue}
            .lead=${closed ? msg.overrideLead : undefined}
            ?busy=${this.#flow.busy}
            @reason=${(e: CustomEvent<string>) =>
              void this.#flow.reissue(e.detail, closed ? e.detail : undefined).then((step) => this.#apply(step))}
          ></siap-reason-form>`
          : nothing
      }`;
  }
}
customElements.define('siap-desk-page', DeskPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-desk-page': DeskPage;
  }
}
