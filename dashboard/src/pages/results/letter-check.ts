import { html, LitElement, nothing } from 'lit';
import type { LetterVerification } from '../../../../protocol/results-responses.js';
import type { Services } from '../../app/services.js';
import { verifyLetter } from '../../data/results.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import { msg } from './messages.js';

/** Checks a letter's verification code: genuine or not, and whether today's records still agree. */
export class LetterCheck extends LitElement {
  static override properties = { services: { attribute: false }, _result: { state: true } };
  declare services: Services;
  declare _result: LetterVerification | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  static override styles = [page];

  #submit = async (e: Event) => {
    e.preventDefault();
    const code = ((e.target as HTMLFormElement).elements.namedItem('code') as HTMLInputElement).value.trim();
    this._result = undefined;
    await this.#action.run(async () => {
      this._result = await verifyLetter(this.services.api, code);
    });
  };

  override render() {
    const t = this.#l.t;
    const r = this._result;
    return html`<form class="card" @submit=${this.#submit} data-letter-check>
      <h2>${t(msg.checkTitle)}</h2>
      <div class="row">
        <label>${t(msg.code)} <input name="code" required maxlength="40" size="28" /></label>
        <button ?disabled=${this.#action.busy}>${t(msg.check)}</button>
      </div>
      ${actionNote(this.#action)}
      ${
        r
          ? html`<p data-letter-result>
            <strong>${r.valid ? t(msg.genuine(r.content.name, r.content.participantNumber, `${r.content.sessionName} ${r.content.date}`)) : t(msg.forged)}</strong>
            <br />${r.stillCurrent ? t(msg.current) : r.changes.map((c) => t(c)).join(' ')}
          </p>`
          : nothing
      }
    </form>`;
  }
}
customElements.define('siap-letter-check', LetterCheck);

declare global {
  interface HTMLElementTagNameMap {
    'siap-letter-check': LetterCheck;
  }
}
