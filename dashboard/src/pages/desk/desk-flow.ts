import type { Participant } from '../../../../protocol/exam.js';
import type { CheckinResponse } from '../../../../protocol/exam-responses.js';
import type { Localized } from '../../../../protocol/i18n.js';
import type { ApiClient } from '../../data/client.js';
import { ApiError, describeError } from '../../data/errors.js';
import { checkIn, lookupParticipant, reissuePin } from '../../data/exam.js';
import { msg } from './messages.js';

export type Outcome =
  | { kind: 'ok'; text: Localized; response: CheckinResponse }
  | { kind: 'refused'; text: Localized; code: string }
  | { kind: 'duplicate'; text: Localized }
  | { kind: 'error'; text: Localized };

/** What the page does after a step: where the keyboard goes, whether the fields empty, whether the session is asked again. */
export interface Step {
  focus: 'scan' | 'nik';
  /** Select the field's text, so the next scan replaces it. */
  select: boolean;
  /** Empty both fields (a participant was registered). */
  clear: boolean;
  /** The session changed at the hub (counts, or the PIN window closed). */
  reloadSession: boolean;
  /** Put this text in the NIK field (a NIK typed into the card field while a participant waits for it). */
  nik?: string;
}

/**
 * What the desk sends for a number the roster does not have: the hub refuses such a scan before
 * any NIK is compared, and sending it records the refusal (the berita acara counts it) and lets
 * the hub say which session the number belongs to.
 */
export const NO_NIK = '-';
const REFUSALS = new Set(['nik-mismatch', 'not-on-roster', 'window-closed']);
const step = (focus: Step['focus'], more: Partial<Step> = {}): Step => ({
  focus,
  select: false,
  clear: false,
  reloadSession: false,
  ...more,
});

/**
 * The desk's sequence without the page: scan -> the roster's participant -> NIK -> registered
 * (PIN slip), refused, or already registered; a lost slip's re-issue; a supervisor's override after
 * the PIN window. The hub decides everything; this keeps what the desk shows and says where the
 * keyboard goes next. `changed` is called whenever what it shows changed.
 */
export class DeskFlow {
  participant: Participant | undefined;
  outcome: Outcome | undefined;
  busy = false;
  /** This desk's latest registrations, newest first. */
  recent: CheckinResponse[] = [];
  #lastNik = '';
  /** The reference on BKN's slip, for a session whose PIN comes from BKN's registration. */
  #slipRef = '';

  constructor(
    private readonly api: ApiClient,
    private readonly sessionId: string,
    private readonly changed: () => void,
  ) {}

  reset(): void {
    this.participant = undefined;
    this.outcome = undefined;
    this.changed();
  }

  /** A card was scanned (or a number typed) and Enter pressed. */
  scan(text: string): Promise<Step | undefined> {
    const scan = text.trim();
    if (!scan) return Promise.resolve(undefined);
    return this.#busy(async () => {
      const before = this.participant;
      const shown = this.outcome;
      this.outcome = undefined;
      this.participant = undefined;
      try {
        const p = await lookupParticipant(this.api, this.sessionId, scan);
        this.participant = p;
        if (p.status !== 'present') return step('nik');
        // Nothing to register: the next card can be scanned at once (typing the NIK anyway records the attempt).
        this.outcome = { kind: 'duplicate', text: msg.already(p.checkedInTime, p.checkedInBy ?? '') };
        return step('scan', { select: true });
      } catch (err) {
        if (err instanceof ApiError && err.code === 'participant-not-found') return this.#register(scan, NO_NIK);
        if (err instanceof ApiError && err.code === 'nik-in-card-field') return this.#nikInCardField(err, before, shown, scan);
        this.outcome = { kind: 'error', text: describeError(err) };
        return step('scan', { select: true });
      }
    });
  }

  /**
   * The hub recognised a NIK in the card field (it recorded nothing): while a participant waits for
   * their NIK it moves to the NIK field for the operator to confirm with Enter; after "already
   * registered" it is dropped with that reminder; otherwise the hub's masked words are shown.
   * The card field is emptied either way, so the NIK does not stay on the screen.
   */
  #nikInCardField(err: ApiError, before: Participant | undefined, shown: Outcome | undefined, scan: string): Step {
    if (before && before.status !== 'present') {
      this.participant = before;
      this.outcome = { kind: 'error', text: msg.nikMoved };
      return step('nik', { clear: true, nik: scan });
    }
    if (before && shown?.kind === 'duplicate') {
      this.participant = before;
      this.outcome = { kind: 'duplicate', text: msg.nikNotNeeded(shown.text) };
      return step('scan', { clear: true });
    }
    this.outcome = { kind: 'error', text: describeError(err) };
    return step('scan', { clear: true });
  }

  /** The NIK from the KTP was typed and Enter pressed. */
  submitNik(nik: string, slipRef = ''): Promise<Step | undefined> {
    const p = this.participant;
    if (!p || !nik.trim()) return Promise.resolve(undefined);
    this.#slipRef = slipRef.trim();
    return this.#busy(() => this.#register(p.number, nik.trim()));
  }

  /** A supervisor registers the shown participant after the PIN window closed, with a reason. */
  override(reason: string): Promise<Step | undefined> {
    const p = this.participant;
    if (!p) return Promise.resolve(undefined);
    return this.#busy(() => this.#register(p.number, this.#lastNik, reason));
  }

  /** A lost slip: the old PIN is revoked and a new one issued (with an override reason when the window closed). */
  reissue(reason: string, override?: string): Promise<Step | undefined> {
    const p = this.participant;
    if (!p) return Promise.resolve(undefined);
    return this.#busy(async () => {
      try {
        const response = await reissuePin(this.api, this.sessionId, p.number, {
          reason,
          ...(override ? { override: { reason: override } } : {}),
        });
        return this.#done(response, msg.reissued(response.participant.name));
      } catch (err) {
        return this.#failed(err);
      }
    });
  }

  async #busy(work: () => Promise<Step>): Promise<Step | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.changed();
    try {
      return await work();
    } finally {
      this.busy = false;
      this.changed();
    }
  }

  async #register(number: string, nik: string, override?: string): Promise<Step> {
    this.#lastNik = nik;
    try {
      const response = await checkIn(this.api, this.sessionId, {
        participantNumber: number,
        nik,
        ...(override ? { override: { reason: override } } : {}),
        ...(this.#slipRef ? { slipRef: this.#slipRef } : {}),
      });
      const name = response.participant.name;
      return this.#done(response, response.pinSource === 'bkn' ? msg.successBkn(name) : msg.success(name));
    } catch (err) {
      return this.#failed(err);
    }
  }

  #done(response: CheckinResponse, text: Localized): Step {
    this.outcome = { kind: 'ok', text, response };
    this.participant = response.participant;
    this.recent = [response, ...this.recent.filter((r) => r.participant.number !== response.participant.number)].slice(0, 8);
    return step('scan', { clear: true, reloadSession: true });
  }

  #failed(err: unknown): Step {
    const text = describeError(err);
    if (!(err instanceof ApiError)) {
      this.outcome = { kind: 'error', text };
      return step('scan', { select: true });
    }
    const about = (err.details as { participant?: Participant } | undefined)?.participant;
    if (about) this.participant = about;
    if (err.code === 'already-checked-in') this.outcome = { kind: 'duplicate', text };
    else if (REFUSALS.has(err.code)) this.outcome = { kind: 'refused', text, code: err.code };
    else this.outcome = { kind: 'error', text };
    const reloadSession = err.code === 'window-closed' || err.code === 'pin-window-closed';
    return err.code === 'nik-invalid' ? step('nik', { select: true }) : step('scan', { select: true, reloadSession });
  }
}
