import { css, html, LitElement, nothing } from 'lit';
import {
  PIN_SOURCES,
  PIN_SOURCE_LABELS,
  SESSION_KINDS,
  SESSION_KIND_LABELS,
  type CreateSessionRequest,
  type ExamSession,
  type TimeZone,
} from '../../../../protocol/exam.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { civilOf, dateText, readClock, readDate, readInstant } from '../../../../protocol/time-input.js';
import { clockText, zoneLabel } from '../../../../protocol/time.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';

export interface SessionFormDefaults {
  timeZone: TimeZone;
  rooms: string[];
  venueName: string;
  venueAddress: string;
}

/** Reads the form into a create/update body, or the reason it cannot. Pure, for tests. */
export function sessionBody(data: FormData, zone: TimeZone): CreateSessionRequest | Localized {
  const text = (key: string) => String(data.get(key) ?? '').trim();
  const when = readInstant(text('date'), text('time'), zone);
  if (!when.ok) return when.problem;
  const startsAt = when.value;
  const body: CreateSessionRequest = {
    name: text('name'),
    kind: text('kind'),
    startsAt,
    timeZone: zone,
    rooms: text('rooms')
      .split(/[,;\n]/)
      .map((r) => r.trim())
      .filter(Boolean),
    venueName: text('venueName'),
    venueAddress: text('venueAddress'),
    pinSource: text('pinSource') === 'bkn' ? 'bkn' : 'siapcat',
  };
  const numbers: Array<[keyof CreateSessionRequest, string, Localized]> = [
    ['durationMinutes', 'duration', msg.duration],
    ['blindDurationMinutes', 'blindDuration', msg.blindDuration],
    ['pinCloseMinutes', 'pinClose', msg.pinClose],
  ];
  for (const [field, key, label] of numbers) {
    const value = text(key);
    if (value === '') continue;
    const n = Number(value);
    if (!Number.isInteger(n)) return msg.badNumber(label);
    (body as Record<string, unknown>)[field] = n;
  }
  return body;
}

/**
 * Create or edit a session: name, kind, date and start in the venue's zone, durations (empty =
 * the kind's default), PIN closing time, rooms, venue for the berita acara. Fires `saved` with
 * the session the hub answered; `submit` does the call (create or update) so the form is reused.
 */
export class SessionForm extends LitElement {
  static override properties = {
    session: { attribute: false },
    defaults: { attribute: false },
    submit: { attribute: false },
    label: { attribute: false },
    _problems: { state: true },
  };
  declare session: ExamSession | undefined;
  declare defaults: SessionFormDefaults;
  declare submit: (body: CreateSessionRequest) => Promise<ExamSession>;
  declare label: Localized;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [
    page,
    css`
      .problem {
        display: block;
        max-width: 22rem;
        color: var(--siap-bad);
        font-size: 0.85rem;
        font-weight: 600;
      }
    `,
  ];

  /** What is wrong with the typed date or time, shown under the field until it is mended. */
  declare _problems: Partial<Record<'date' | 'time', Localized>>;

  constructor() {
    super();
    this._problems = {};
  }

  /**
   * A typed date or time read the venue's way, whatever the browser's locale: written back as
   * dd/mm/yyyy and HH.MM (HH:MM in English) when it reads, or the reason under the field when not.
   */
  #onWhen = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const field = input.name as 'date' | 'time';
    const problems = { ...this._problems };
    delete problems[field];
    if (input.value.trim() !== '') {
      if (field === 'date') {
        const read = readDate(input.value);
        if (read.ok) input.value = dateText(read.value);
        else problems.date = read.problem;
      } else {
        const read = readClock(input.value);
        if (read.ok) input.value = clockText(read.value.hour, read.value.minute, this.#l.lang);
        else problems.time = read.problem;
      }
    }
    this._problems = problems;
  };

  #zone(): TimeZone {
    return this.session?.timeZone ?? this.defaults.timeZone;
  }

  #onSubmit = async (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const body = sessionBody(new FormData(form), this.#zone());
    if (!('startsAt' in body)) {
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name=date], input[name=time]')) {
        this.#onWhen({ target: input } as unknown as Event);
      }
      this.#action.fail(body);
      return;
    }
    let saved: ExamSession | undefined;
    const ok = await this.#action.run(
      async () => {
        saved = await this.submit(body);
        return saved;
      },
      (s) => (this.session ? msg.updated(s.name) : msg.created(s.name)),
    );
    if (ok && saved) {
      if (!this.session) form.reset();
      this.dispatchEvent(new CustomEvent('saved', { detail: saved }));
    }
  };

  override render() {
    const t = this.#l.t;
    const s = this.session;
    const d = this.defaults;
    const civil = s ? civilOf(s.startsAt, s.timeZone) : undefined;
    const zone = zoneLabel(this.#zone());
    const problem = (field: 'date' | 'time') => {
      const p = this._problems[field];
      return p ? html`<span class="problem" role="alert" data-problem=${field}>${t(p)}</span>` : nothing;
    };
    // novalidate: the browser's own messages would be in the browser's language; ours are bilingual.
    return html`<form class="card" novalidate @submit=${this.#onSubmit}>
      <div class="row">
        <label>${t(msg.name)}<input name="name" required maxlength="120" size="24" placeholder=${t(msg.namePlaceholder)} .value=${s?.name ?? ''} /></label>
        <label>${t(msg.kind)}
          <select name="kind">
            ${SESSION_KINDS.map((k) => html`<option value=${k} ?selected=${(s?.kind ?? 'SKD') === k}>${t(SESSION_KIND_LABELS[k])}</option>`)}
          </select></label>
        <label>${t(msg.date)}<input name="date" type="text" required inputmode="numeric" autocomplete="off" size="10" maxlength="10"
          placeholder=${t(msg.datePlaceholder)} title=${t(msg.datePlaceholder)} @change=${this.#onWhen}
          .value=${civil ? dateText(civil.date) : ''} />${problem('date')}</label>
        <label>${t(msg.start)} (${zone})<input name="time" type="text" required inputmode="numeric" autocomplete="off" size="6" maxlength="5"
          placeholder=${t(msg.timePlaceholder)} title=${t(msg.timePlaceholder)} @change=${this.#onWhen}
          .value=${civil ? clockText(civil.clock.hour, civil.clock.minute, this.#l.lang) : ''} />${problem('time')}</label>
      </div>
      <div class="row">
        <label>${t(msg.duration)}<input name="duration" inputmode="numeric" size="10" placeholder=${t(msg.byKind)} .value=${s ? String(s.durationMinutes) : ''} /></label>
        <label>${t(msg.blindDuration)}<input name="blindDuration" inputmode="numeric" size="10" placeholder=${t(msg.byKind)} .value=${s ? String(s.blindDurationMinutes) : ''} /></label>
        <label>${t(msg.pinClose)}<input name="pinClose" inputmode="numeric" size="4" placeholder="5" .value=${s ? String(s.pinCloseMinutes) : ''} /></label>
        <label>${t(msg.pinSource)}
          <select name="pinSource">
            ${PIN_SOURCES.map((p) => html`<option value=${p} ?selected=${(s?.pinSource ?? 'siapcat') === p}>${t(PIN_SOURCE_LABELS[p])}</option>`)}
          </select></label>
      </div>
      <div class="row">
        <label>${t(msg.rooms)}<input name="rooms" size="30" .value=${(s?.rooms ?? d.rooms).join(', ')} /></label>
        <label>${t(msg.venueName)}<input name="venueName" maxlength="200" size="28" .value=${s?.venueName ?? d.venueName} /></label>
        <label>${t(msg.venueAddress)}<input name="venueAddress" maxlength="500" size="32" .value=${s?.venueAddress ?? d.venueAddress} /></label>
      </div>
      <div class="row" style="margin-top:0.6rem">
        <button class="primary" ?disabled=${this.#action.busy}>${t(this.#action.busy ? common.saving : this.label)}</button>
      </div>
      ${actionNote(this.#action)}
    </form>`;
  }
}
customElements.define('siap-session-form', SessionForm);

declare global {
  interface HTMLElementTagNameMap {
    'siap-session-form': SessionForm;
  }
}
