import { html, LitElement } from 'lit';
import type { ResultsResponse } from '../../../../protocol/results.js';
import type { Services } from '../../app/services.js';
import { enterResult } from '../../data/results.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import { msg } from './messages.js';

/** Types in a result from the printed rekap, or corrects a recorded one with a written reason. */
export class ResultEntryForm extends LitElement {
  static override properties = {
    services: { attribute: false },
    sessionId: { attribute: false },
    data: { attribute: false },
  };
  declare services: Services;
  declare sessionId: string;
  declare data: ResultsResponse;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [page];

  #submit = async (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value.trim() ?? '';
    const scores: Record<string, number> = {};
    for (const c of this.data.rule.components) {
      const v = value(`c-${c.key}`);
      if (v !== '') scores[c.key] = Number(v.replace(',', '.'));
    }
    const total = value('total');
    const reason = value('reason');
    const ok = await this.#action.run(
      () =>
        enterResult(this.services.api, this.sessionId, value('number'), {
          scores,
          ...(total ? { total: Number(total.replace(',', '.')) } : {}),
          ...(reason ? { reason } : {}),
        }),
      (r) => (r.changed ? msg.saved : msg.unchanged),
    );
    if (ok) {
      form.reset();
      this.dispatchEvent(new Event('saved'));
    }
  };

  override render() {
    const t = this.#l.t;
    const components = this.data.rule.components;
    return html`<form class="card" @submit=${this.#submit} data-entry>
      <h2>${t(msg.entryTitle)}</h2>
      <div class="row">
        <label>${t(msg.number)} <input name="number" required maxlength="40" /></label>
        ${components.map(
          (c) => html`<label title=${t(c.title)}>${c.key} <input name=${`c-${c.key}`} inputmode="decimal" size="5" required /></label>`,
        )}
        ${components.length === 0 ? html`<label>${t(msg.total)} <input name="total" inputmode="decimal" size="6" required /></label>` : ''}
      </div>
      <label>${t(msg.entryReason)} <input name="reason" maxlength="500" size="60" /></label>
      <div><button class="primary" ?disabled=${this.#action.busy}>${t(msg.save)}</button></div>
      ${actionNote(this.#action)}
    </form>`;
  }
}
customElements.define('siap-result-entry', ResultEntryForm);

declare global {
  interface HTMLElementTagNameMap {
    'siap-result-entry': ResultEntryForm;
  }
}
