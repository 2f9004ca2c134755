import { css, html, LitElement, nothing } from 'lit';
import type { Localized } from '../../../../protocol/i18n.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import { msg } from './messages.js';

/**
 * An action that needs a written reason (PIN re-issue, supervisor override): fires `reason` with
 * the text once it is long enough for the audit log (3 letters, as the hub requires).
 */
export class ReasonForm extends LitElement {
  static override properties = {
    label: { attribute: false },
    button: { attribute: false },
    lead: { attribute: false },
    busy: { type: Boolean },
    _short: { state: true },
  };
  declare label: Localized;
  declare button: Localized;
  declare lead: Localized | undefined;
  declare busy: boolean;
  declare _short: boolean;
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this.busy = false;
    this._short = false;
  }

  static override styles = [
    page,
    css`
      form {
        margin-top: 0.6rem;
      }
      input {
        min-width: 18rem;
      }
      .short {
        color: var(--siap-bad);
        font-size: 0.9rem;
      }
    `,
  ];

  #submit = (e: Event) => {
    e.preventDefault();
    const input = (e.target as HTMLFormElement).elements.namedItem('reason') as HTMLInputElement;
    const reason = input.value.trim();
    this._short = reason.length < 3;
    if (this._short) return;
    this.dispatchEvent(new CustomEvent('reason', { detail: reason }));
  };

  override render() {
    const t = this.#l.t;
    return html`<form class="card" @submit=${this.#submit}>
      ${this.lead ? html`<p>${t(this.lead)}</p>` : nothing}
      <div class="row">
        <label>${t(this.label)}<input name="reason" maxlength="500" /></label>
        <button ?disabled=${this.busy}>${t(this.button)}</button>
      </div>
      ${this._short ? html`<p class="short" role="alert">${t(msg.reasonTooShort)}</p>` : nothing}
    </form>`;
  }
}
customElements.define('siap-reason-form', ReasonForm);

declare global {
  interface HTMLElementTagNameMap {
    'siap-reason-form': ReasonForm;
  }
}
