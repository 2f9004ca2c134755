import { css, html, LitElement, type PropertyValues } from 'lit';
import type { ExamSession, Signatories, UpdateSessionRequest } from '../../../../protocol/exam.js';
import type { Localized } from '../../../../protocol/i18n.js';
import type { Services } from '../../app/services.js';
import { updateSession } from '../../data/exam.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { atOnSessionDay, clockIn } from '../../i18n/session-time.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { GROUPS, GROUP_LABELS, msg } from './messages.js';
import './signatories-editor.js';

interface Draft {
  start: string;
  end: string;
  notes: string;
  signatories: Signatories;
}

function draftOf(s: ExamSession): Draft {
  return {
    start: clockIn(s.actualStartAt, s.timeZone),
    end: clockIn(s.actualEndAt, s.timeZone),
    notes: s.notes,
    signatories: structuredClone(s.signatories),
  };
}

/**
 * What the hub cannot know by itself: when the exam really started and ended, the notes, and who
 * signs. Saved in one PATCH of the session; fires `saved`. While the person edits, live updates of
 * the session do not overwrite what is typed.
 */
export class MinutesEditor extends LitElement {
  static override properties = {
    services: { attribute: false },
    session: { attribute: false },
    _draft: { state: true },
  };
  declare services: Services;
  declare session: ExamSession;
  declare _draft: Draft;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  #dirty = false;

  static override styles = [
    page,
    css`
      h2 {
        margin-top: 0;
      }
      .times {
        display: flex;
        flex-wrap: wrap;
        gap: 0.75rem 1.25rem;
        margin-bottom: 0.75rem;
      }
      .times input {
        width: 7rem;
      }
      .hint {
        font-size: 0.8rem;
        color: var(--siap-muted);
      }
      label.notes {
        display: flex;
        margin-bottom: 0.75rem;
      }
      textarea {
        min-height: 4rem;
        resize: vertical;
      }
      siap-notice {
        margin-top: 0.6rem;
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('session') && (!this._draft || !this.#dirty)) this._draft = draftOf(this.session);
  }

  #set(patch: Partial<Draft>) {
    this.#dirty = true;
    this._draft = { ...this._draft, ...patch };
  }

  /** The PATCH body, or what must be fixed first. */
  #body(): UpdateSessionRequest | { problem: Localized } {
    const t = this.#l.t;
    const d = this._draft;
    const instant = (text: string, label: Localized) => {
      if (text.trim() === '') return null;
      return atOnSessionDay(this.session, text) ?? { problem: msg.badTime(t(label)) };
    };
    const start = instant(d.start, msg.actualStart);
    if (start && typeof start === 'object') return start;
    const end = instant(d.end, msg.actualEnd);
    if (end && typeof end === 'object') return end;
    const signatories = {} as Signatories;
    for (const group of GROUPS) {
      const people = d.signatories[group].map((p) => ({ name: p.name.trim(), nip: p.nip.trim(), jabatan: p.jabatan.trim() }));
      if (people.some((p) => p.name === '')) return { problem: msg.needName(t(GROUP_LABELS[group])) };
      signatories[group] = people;
    }
    return { actualStartAt: start, actualEndAt: end, notes: d.notes.trim(), signatories };
  }

  #submit = async (e: Event) => {
    e.preventDefault();
    const body = this.#body();
    if ('problem' in body) {
      this.#action.fail(body.problem);
      return;
    }
    const saved = await this.#action.run(() => updateSession(this.services.api, this.session.id, body), msg.saved);
    if (!saved) return;
    this.#dirty = false;
    this.dispatchEvent(new Event('saved'));
  };

  override render() {
    const t = this.#l.t;
    const d = this._draft;
    const zone = this.session.zone;
    const time = (key: 'start' | 'end', label: Localized) =>
      html`<label
        >${t(label)} (${zone})
        <input
          name=${key}
          inputmode="numeric"
          autocomplete="off"
          maxlength="5"
          placeholder="--:--"
          aria-label=${`${t(label)} (${zone})`}
          .value=${d[key]}
          @input=${(e: Event) => this.#set({ [key]: (e.target as HTMLInputElement).value })}
        />
        <span class="hint" aria-hidden="true">${t(msg.timeHint)}</span>
      </label>`;
    return html`<h2>${t(msg.editTitle)}</h2>
      <p class="muted">${t(msg.editLead)}</p>
      <form novalidate @submit=${this.#submit} aria-label=${t(msg.editTitle)}>
        <div class="times">${time('start', msg.actualStart)} ${time('end', msg.actualEnd)}</div>
        <label class="notes"
          >${t(msg.notes)}
          <textarea
            name="notes"
            maxlength="4000"
            aria-label=${t(msg.notes)}
            placeholder=${t(msg.notesHint)}
            .value=${d.notes}
            @input=${(e: Event) => this.#set({ notes: (e.target as HTMLTextAreaElement).value })}
          ></textarea>
        </label>
        <siap-signatories-editor
          .value=${d.signatories}
          @change=${(e: CustomEvent<Signatories>) => this.#set({ signatories: e.detail })}
        ></siap-signatories-editor>
        <button class="primary" ?disabled=${this.#action.busy}>${t(this.#action.busy ? common.saving : msg.saveAll)}</button>
      </form>
      ${actionNote(this.#action)}`;
  }
}
customElements.define('siap-minutes-editor', MinutesEditor);

declare global {
  interface HTMLElementTagNameMap {
    'siap-minutes-editor': MinutesEditor;
  }
}
