import { html, LitElement } from 'lit';
import type { VenuePlan } from '../../../../protocol/venue.js';
import type { Services } from '../../app/services.js';
import { importPlan } from '../../data/venue.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';

/** Reads a venue plan file and sends it to the hub, which validates it and explains any problem. Fires `changed`. */
export class PlanImport extends LitElement {
  static override properties = { services: { attribute: false } };
  declare services: Services;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [page];

  #submit = async (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const file = (form.elements.namedItem('plan') as HTMLInputElement).files?.[0];
    if (!file) return;
    let plan: VenuePlan;
    try {
      plan = JSON.parse(await file.text()) as VenuePlan;
    } catch {
      this.#action.fail(msg.planNotJson(file.name));
      return;
    }
    if (!confirm(this.#l.t(msg.planConfirm))) return;
    const ok = await this.#action.run(
      () => importPlan(this.services.api, plan),
      (r) =>
        msg.planDone({
          rooms: [r.rooms.created.length, r.rooms.updated.length],
          servers: [r.servers.created.length, r.servers.updated.length],
          seats: [r.seats.created, r.seats.updated],
        }),
    );
    if (ok) {
      form.reset();
      this.dispatchEvent(new Event('changed'));
    }
  };

  override render() {
    const t = this.#l.t;
    return html`<p class="muted">${t(msg.planLead)}</p>
      <form class="row" @submit=${this.#submit}>
        <label>${t(msg.planFile)}<input name="plan" type="file" accept=".json,application/json" required /></label>
        <button class="primary" ?disabled=${this.#action.busy}>${t(msg.planImport)}</button>
      </form>
      ${actionNote(this.#action)}`;
  }
}
customElements.define('siap-plan-import', PlanImport);

declare global {
  interface HTMLElementTagNameMap {
    'siap-plan-import': PlanImport;
  }
}
