import { css, html, LitElement } from 'lit';
import type { Services } from '../../app/services.js';
import type { Enrollment } from '../../data/contract.js';
import { getEnrollment, rotateEnrollment } from '../../data/enrollment.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';

/** The venue's enrollment token and the exact command to paste on each exam PC, with copy buttons. */
export class EnrollmentCard extends LitElement {
  static override properties = { services: { attribute: false }, _copied: { state: true } };
  declare services: Services;
  declare _copied: string | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  #enrollment!: ResourceController<Enrollment>;

  override connectedCallback(): void {
    this.#enrollment ??= new ResourceController(this, { load: () => getEnrollment(this.services.api) });
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      pre {
        background: #0f2740;
        color: #e6edf3;
        padding: 0.6rem 0.8rem;
        border-radius: 6px;
        white-space: pre-wrap;
        word-break: break-all;
        margin: 0.25rem 0 0.5rem;
      }
      .cmd {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0.5rem;
        align-items: start;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 0.2rem 1rem;
      }
      dd {
        margin: 0;
      }
    `,
  ];

  async #copy(key: string, text: string) {
    try {
      await navigator.clipboard.writeText(text);
      this._copied = key;
    } catch {
      // Clipboard refused (plain http on a LAN address): select the text so Ctrl+C works.
      const pre = this.renderRoot.querySelector(`pre[data-cmd="${key}"]`);
      if (pre) getSelection()?.selectAllChildren(pre);
    }
  }

  #rotate = async () => {
    if (!confirm(this.#l.t(msg.rotateConfirm))) return;
    await this.#action.run(async () => {
      this.#enrollment.value = await rotateEnrollment(this.services.api);
    }, msg.saved);
  };

  override render() {
    const t = this.#l.t;
    const e = this.#enrollment.value;
    if (!e) {
      return this.#enrollment.error
        ? html`<siap-notice .text=${this.#enrollment.error} retry @retry=${() => this.#enrollment.reload()}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const command = (key: 'windows' | 'linux', label: string) =>
      html`<h3>${label}</h3>
        <div class="cmd">
          <pre data-cmd=${key}>${e.commands[key]}</pre>
          <button @click=${() => this.#copy(key, e.commands[key])}>${t(this._copied === key ? common.copied : common.copy)}</button>
        </div>`;
    return html`<p class="muted">${t(msg.enrollmentLead)}</p>
      <dl>
        <dt>${t(msg.hubUrl)}</dt>
        <dd><code>${e.hubUrl}</code></dd>
        <dt>${t(msg.token)}</dt>
        <dd><code data-token>${e.token}</code></dd>
      </dl>
      ${command('windows', t(msg.windows))} ${command('linux', t(msg.linux))}
      <button class="danger" ?disabled=${this.#action.busy} @click=${this.#rotate}>${t(msg.rotate)}</button>
      ${actionNote(this.#action)}`;
  }
}
customElements.define('siap-enrollment-card', EnrollmentCard);

declare global {
  interface HTMLElementTagNameMap {
    'siap-enrollment-card': EnrollmentCard;
  }
}
