import { css, html, LitElement, nothing } from 'lit';
import type { Localized } from '../../../protocol/i18n.js';
import { common } from '../i18n/common.js';
import { LocaleController } from '../i18n/controller.js';

/**
 * A message box: an error (what went wrong and what to do, in the chosen language) with an
 * optional "try again" button that fires `retry`, or an information note.
 */
export class SiapNotice extends LitElement {
  static override properties = {
    text: { attribute: false },
    kind: { reflect: true },
    retry: { type: Boolean },
  };
  declare text: Localized | undefined;
  declare kind: 'error' | 'info' | 'ok';
  declare retry: boolean;
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this.kind = 'error';
    this.retry = false;
  }

  static override styles = css`
    :host {
      display: block;
    }
    div {
      border: 1px solid var(--siap-bad);
      background: var(--siap-bad-bg);
      border-radius: var(--siap-radius);
      padding: 0.6rem 0.8rem;
      display: flex;
      gap: 0.75rem;
      align-items: center;
      justify-content: space-between;
    }
    :host([kind='info']) div {
      border-color: var(--siap-line);
      background: #f6f8fa;
    }
    :host([kind='ok']) div {
      border-color: var(--siap-ready);
      background: var(--siap-ready-bg);
    }
    button {
      font: inherit;
      border: 1px solid var(--siap-line);
      background: #fff;
      border-radius: 6px;
      padding: 0.25rem 0.7rem;
      cursor: pointer;
    }
  `;

  override render() {
    if (!this.text) return nothing;
    return html`<div role=${this.kind === 'error' ? 'alert' : 'status'}>
      <span>${this.#l.t(this.text)}</span>
      ${this.retry ? html`<button @click=${() => this.dispatchEvent(new Event('retry'))}>${this.#l.t(common.retry)}</button>` : nothing}
    </div>`;
  }
}
customElements.define('siap-notice', SiapNotice);

declare global {
  interface HTMLElementTagNameMap {
    'siap-notice': SiapNotice;
  }
}
