import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { type ExamSession } from '../../../../protocol/exam.js';
import {
  INCIDENT_KINDS,
  INCIDENT_KIND_LABELS,
  type Incident,
  type IncidentKind,
  type IncidentRequest,
} from '../../../../protocol/exam-reports.js';
import type { Localized } from '../../../../protocol/i18n.js';
import type { Services } from '../../app/services.js';
import { createIncident, updateIncident } from '../../data/exam.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { atOnSessionDay, clockIn } from '../../i18n/session-time.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';

interface Draft {
  time: string;
  room: string;
  kind: IncidentKind;
  description: string;
  minutesLost: string;
  timeAdded: boolean;
  addedMinutes: string;
}

/** Until the person types a time, a new incident's time follows the clock (re-read this often). */
const NOW_REFRESH_MS = 15_000;

/**
 * Records a new incident, or edits `incident` when given. The time is typed as HH:MM and sent as
 * an instant on the session's date in the session's zone. Fires `saved` with what to tell the person
 * (and `cancel` when an edit is abandoned); refusals from the hub are shown here.
 */
export class IncidentForm extends LitElement {
  static override properties = {
    services: { attribute: false },
    session: { attribute: false },
    incident: { attribute: false },
    _draft: { state: true },
  };
  declare services: Services;
  declare session: ExamSession;
  declare incident: Incident | undefined;
  declare _draft: Draft;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  #timeTouched = false;
  #timer: ReturnType<typeof setInterval> | undefined;

  static override styles = [
    page,
    css`
      h2 {
        margin-top: 0;
      }
      form {
        display: grid;
        gap: 0.6rem 0.9rem;
        grid-template-columns: 7rem minmax(10rem, 14rem) minmax(9rem, 12rem) 1fr;
        align-items: start;
      }
      .wide {
        grid-column: 1 / -1;
      }
      textarea {
        min-height: 3.2rem;
        resize: vertical;
      }
      label.check {
        flex-direction: row;
        align-items: center;
        gap: 0.4rem;
      }
      input.minutes {
        width: 6rem;
      }
      .numbers {
        display: flex;
        flex-wrap: wrap;
        gap: 0.9rem;
        align-items: end;
      }
      .hint {
        font-size: 0.8rem;
        color: var(--siap-muted);
      }
      siap-notice {
        margin-top: 0.6rem;
      }
      @media (max-width: 50rem) {
        form {
          grid-template-columns: 1fr 1fr;
        }
      }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    this.#timer = setInterval(() => {
      if (!this.incident && !this.#timeTouched && this._draft) this._draft = { ...this._draft, time: this.#now() };
    }, NOW_REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.#timer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('incident') || !this._draft) this.#reset();
  }

  #now(): string {
    return clockIn(new Date(), this.session.timeZone);
  }

  #reset(): void {
    const i = this.incident;
    this.#timeTouched = Boolean(i);
    this.#action.clear();
    this._draft = i
      ? {
          time: i.time,
          room: i.room,
          kind: i.kind,
          description: i.description,
          minutesLost: String(i.minutesLost),
          timeAdded: i.timeAdded,
          addedMinutes: i.timeAdded ? String(i.addedMinutes) : '',
        }
      : { time: this.#now(), room: '', kind: 'listrik', description: '', minutesLost: '0', timeAdded: false, addedMinutes: '' };
  }

  #set<K extends keyof Draft>(key: K, value: Draft[K]) {
    if (key === 'time') this.#timeTouched = true;
    this._draft = { ...this._draft, [key]: value };
  }

  /** The request body, or a reason it cannot be sent yet. */
  #body(): IncidentRequest | { problem: Localized } {
    const d = this._draft;
    const at = atOnSessionDay(this.session, d.time);
    if (!at) return { problem: msg.badTime };
    const added = Number(d.addedMinutes || 0);
    if (d.timeAdded && !(added > 0)) return { problem: msg.needAdded };
    const body: IncidentRequest = {
      at,
      room: d.room,
      kind: d.kind,
      description: d.description.trim(),
      minutesLost: Number(d.minutesLost || 0),
      timeAdded: d.timeAdded,
      addedMinutes: d.timeAdded ? added : 0,
    };
    // An unchanged time keeps the incident's own instant (and date).
    if (this.incident && d.time === this.incident.time) delete body.at;
    return body;
  }

  /** The form is `novalidate`: the browser's own messages speak the browser's language, these speak the venue's. */
  #submit = async (e: Event) => {
    e.preventDefault();
    const body = this.#body();
    if ('problem' in body) {
      this.#action.fail(body.problem);
      return;
    }
    const { api } = this.services;
    const editing = this.incident;
    const ok = await this.#action.run(() =>
      editing ? updateIncident(api, this.session.id, editing.id, body) : createIncident(api, this.session.id, body),
    );
    if (!ok) return;
    if (!editing) this.#reset();
    this.dispatchEvent(new CustomEvent<Localized>('saved', { detail: editing ? msg.updated : msg.recorded }));
  };

  override render() {
    const t = this.#l.t;
    const d = this._draft;
    const busy = this.#action.busy;
    return html`<h2>${this.incident ? t(msg.editTitle(this.incident.time)) : t(msg.newTitle)}</h2>
      <form novalidate @submit=${this.#submit} aria-label=${t(this.incident ? msg.editTitle(this.incident.time) : msg.newTitle)}>
        <label
          >${t(msg.time)} (${this.session.zone})
          <input
            name="time"
            aria-label=${`${t(msg.time)} (${this.session.zone})`}
            inputmode="numeric"
            autocomplete="off"
            maxlength="5"
            required
            .value=${d.time}
            placeholder=${t(msg.timeHint)}
            @input=${(e: Event) => this.#set('time', (e.target as HTMLInputElement).value)}
          />
          <span class="hint" aria-hidden="true">${t(msg.timeHint)}</span>
        </label>
        <label
          >${t(msg.room)}
          <select name="room" aria-label=${t(msg.room)} @change=${(e: Event) => this.#set('room', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${d.room === ''}>${t(msg.wholeVenue)}</option>
            ${this.session.rooms.map((r) => html`<option value=${r} ?selected=${d.room === r}>${r}</option>`)}
          </select>
        </label>
        <label
          >${t(msg.kind)}
          <select name="kind" aria-label=${t(msg.kind)} @change=${(e: Event) => this.#set('kind', (e.target as HTMLSelectElement).value as IncidentKind)}>
            ${INCIDENT_KINDS.map((k) => html`<option value=${k} ?selected=${d.kind === k}>${t(INCIDENT_KIND_LABELS[k])}</option>`)}
          </select>
        </label>
        <div class="numbers">
          <label
            >${t(msg.minutesLost)}
            <input
              class="minutes"
              name="minutesLost"
              type="number"
              min="0"
              max="1440"
              step="1"
              .value=${d.minutesLost}
              @input=${(e: Event) => this.#set('minutesLost', (e.target as HTMLInputElement).value)}
          /></label>
          <label class="check"
            ><input
              type="checkbox"
              name="timeAdded"
              .checked=${d.timeAdded}
              @change=${(e: Event) => this.#set('timeAdded', (e.target as HTMLInputElement).checked)}
            />${t(msg.timeAdded)}</label
          >
          ${
            d.timeAdded
              ? html`<label
                >${t(msg.addedMinutes)}
                <input
                  class="minutes"
                  name="addedMinutes"
                  type="number"
                  min="1"
                  max="600"
                  step="1"
                  required
                  .value=${d.addedMinutes}
                  @input=${(e: Event) => this.#set('addedMinutes', (e.target as HTMLInputElement).value)}
              /></label>`
              : nothing
          }
        </div>
        <label class="wide"
          >${t(msg.description)}
          <textarea
            name="description"
            maxlength="4000"
            placeholder=${t(msg.descriptionHint)}
            .value=${d.description}
            @input=${(e: Event) => this.#set('description', (e.target as HTMLTextAreaElement).value)}
          ></textarea>
        </label>
        <div class="wide row">
          <button class="primary" ?disabled=${busy}>${t(busy ? common.saving : this.incident ? msg.saveChanges : msg.record)}</button>
          ${
            this.incident
              ? html`<button type="button" @click=${() => this.dispatchEvent(new Event('cancel'))}>${t(common.cancel)}</button>`
              : nothing
          }
        </div>
      </form>
      ${actionNote(this.#action)}`;
  }
}
customElements.define('siap-incident-form', IncidentForm);

declare global {
  interface HTMLElementTagNameMap {
    'siap-incident-form': IncidentForm;
  }
}
