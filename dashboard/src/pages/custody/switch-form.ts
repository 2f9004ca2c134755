import { css, html, LitElement, nothing } from 'lit';
import type { SeatSwitchesResponse } from '../../../../protocol/seat-switch.js';
import type { Services } from '../../app/services.js';
import { switchSeat } from '../../data/custody.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import { switchMsg as msg } from './switch-messages.js';
import '../../ui/notice.js';

const field = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '').trim();

/**
 * Moves a participant whose PC died to a reserve PC of this room during a running session: the
 * seat, the reserve seat and why. The hub checks the session, the seats and that the reserve PC is
 * connected and ready, records who and when, and audits it.
 */
export class SiapSwitchForm extends LitElement {
  static override properties = { services: { attribute: false }, roomId: {}, data: { attribute: false } };
  declare services: Services;
  declare roomId: string;
  declare data: SeatSwitchesResponse | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [
    page,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.6rem;
        align-items: end;
      }
      label {
        display: flex;
        flex-direction: column;
        font-size: 0.85rem;
      }
      input[type='number'] {
        width: 5.5rem;
      }
      ul {
        margin: 0.4rem 0;
        padding-left: 1.2rem;
      }
    `,
  ];

  async #submit(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const number = field(form, 'participantNumber');
    const ok = await this.#action.run(
      () =>
        switchSeat(this.services.api, {
          sessionId: field(form, 'sessionId'),
          fromRoomId: this.roomId,
          fromSeat: Number(field(form, 'fromSeat')),
          toRoomId: this.roomId,
          toSeat: Number(field(form, 'toSeat')),
          reason: field(form, 'reason'),
          ...(number ? { participantNumber: number } : {}),
        }),
      (s) => ({
        id: `Peserta ${s.participantNumber} dipindahkan dari kursi ${s.from.seat} ke kursi ${s.to.seat} (PC ${s.to.pcId}).`,
        en: `Participant ${s.participantNumber} moved from seat ${s.from.seat} to seat ${s.to.seat} (PC ${s.to.pcId}).`,
      }),
    );
    if (ok) {
      form.reset();
      this.dispatchEvent(new CustomEvent('changed', { bubbles: true, composed: true }));
    }
  }

  override render() {
    const t = this.#l.t;
    const running = this.data?.running ?? [];
    const here = (this.data?.switches ?? []).filter(
      (s) => running.some((r) => r.id === s.sessionId) && (s.from.roomId === this.roomId || s.to.roomId === this.roomId),
    );
    return html`<h2>${t(msg.title)}</h2>
      ${actionNote(this.#action)}
      ${
        here.length
          ? html`<ul data-list="switches">
            ${here.map(
              (s) =>
                html`<li>
                  ${this.#l.time(s.at)} · ${t(msg.participant)} ${s.participantNumber} (${s.participantName}):
                  ${t(msg.seat)} ${s.from.seat}${s.from.pcId ? ` (${s.from.pcId})` : ''} → ${s.to.seat} (${s.to.pcId}) · ${s.reason} ·
                  ${s.by}
                </li>`,
            )}
          </ul>`
          : nothing
      }
      ${
        running.length === 0
          ? html`<p class="muted">${t(msg.noSession)}</p>`
          : html`<form data-form="switch" @submit=${(e: SubmitEvent) => this.#submit(e)}>
            <label
              >${t(msg.session)}
              <select name="sessionId">
                ${running.map((s) => html`<option value=${s.id}>${s.name}</option>`)}
              </select></label
            >
            <label>${t(msg.fromSeat)}<input name="fromSeat" type="number" min="1" max="10000" required /></label>
            <label>${t(msg.toSeat)}<input name="toSeat" type="number" min="1" max="10000" required /></label>
            <label>${t(msg.reason)}<input name="reason" required minlength="3" maxlength="500" size="24" /></label>
            <label>${t(msg.participantOptional)}<input name="participantNumber" maxlength="40" size="18" /></label>
            <button type="submit" ?disabled=${this.#action.busy}>${t(msg.move)}</button>
          </form>`
      }`;
  }
}
customElements.define('siap-switch-form', SiapSwitchForm);

declare global {
  interface HTMLElementTagNameMap {
    'siap-switch-form': SiapSwitchForm;
  }
}
