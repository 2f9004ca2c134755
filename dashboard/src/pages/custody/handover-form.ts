import { css, html, LitElement } from 'lit';
import { HANDOVER_ITEM_KINDS, type HandoverRequest } from '../../../../protocol/custody.js';
import type { Services } from '../../app/services.js';
import { recordHandover } from '../../data/custody.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import { CONDITION_LABEL, ITEM_LABEL, msg } from './messages.js';
import '../../ui/notice.js';

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

/** The BAST form: place, giver, receiver, witnesses and the items with serials and seal numbers. */
export class SiapHandoverForm extends LitElement {
  static override properties = { services: { attribute: false }, servers: { attribute: false }, _items: { state: true } };
  declare services: Services;
  declare servers: string[];
  declare _items: number;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  constructor() {
    super();
    this.servers = [];
    this._items = 1;
  }

  static override styles = [
    page,
    css`
      form {
        display: grid;
        gap: 0.5rem;
      }
      fieldset {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.6rem;
        border: 1px solid var(--siap-line);
        border-radius: 6px;
      }
      label {
        display: flex;
        flex-direction: column;
        font-size: 0.85rem;
      }
    `,
  ];

  #person(prefix: string, legend: string) {
    const t = this.#l.t;
    return html`<fieldset>
      <legend>${legend}</legend>
      <label>${t(msg.name)}<input name="${prefix}.name" required maxlength="120" /></label>
      <label>${t(msg.nip)}<input name="${prefix}.nip" inputmode="numeric" pattern="\\d{18}" maxlength="18" size="20" /></label>
      <label>${t(msg.unit)}<input name="${prefix}.unit" maxlength="160" /></label>
    </fieldset>`;
  }

  #item(i: number) {
    const t = this.#l.t;
    return html`<fieldset data-item=${i}>
      <legend>${t(msg.items)} ${i + 1}</legend>
      <label
        >${t(msg.kind)}<select name="item${i}.kind">
          ${HANDOVER_ITEM_KINDS.map((k) => html`<option value=${k}>${t(ITEM_LABEL[k]!)}</option>`)}
        </select></label
      >
      <label>${t(msg.description)}<input name="item${i}.description" required maxlength="200" /></label>
      <label>${t(msg.serial)}<input name="item${i}.serial" maxlength="80" /></label>
      <label>${t(msg.sealNumbers)}<input name="item${i}.seals" maxlength="400" /></label>
      <label
        >${t(msg.condition)}<select name="item${i}.condition">
          ${Object.entries(CONDITION_LABEL).map(([k, v]) => html`<option value=${k}>${t(v)}</option>`)}
        </select></label
      >
      <label
        >${t(msg.server)}<select name="item${i}.server">
          <option value="">—</option>
          ${this.servers.map((s) => html`<option value=${s}>${s}</option>`)}
        </select></label
      >
    </fieldset>`;
  }

  async #submit(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const f = new FormData(form);
    const v = (name: string) => String(f.get(name) ?? '').trim();
    const person = (p: string) => ({ name: v(`${p}.name`), nip: v(`${p}.nip`), unit: v(`${p}.unit`) });
    const body: HandoverRequest = {
      direction: v('direction') === 'out' ? 'out' : 'in',
      place: v('place'),
      giver: person('giver'),
      receiver: person('receiver'),
      witnessNames: list(v('witnessNames')),
      items: Array.from({ length: this._items }, (_, i) => ({
        kind: v(`item${i}.kind`) as HandoverRequest['items'][number]['kind'],
        description: v(`item${i}.description`),
        serial: v(`item${i}.serial`),
        sealNumbers: list(v(`item${i}.seals`)),
        sealCondition: v(`item${i}.condition`) as 'utuh',
        serverId: v(`item${i}.server`) || null,
      })),
    };
    const ok = await this.#action.run(() => recordHandover(this.services.api, body), msg.saved);
    if (ok) {
      form.reset();
      this._items = 1;
      this.dispatchEvent(new CustomEvent('changed', { bubbles: true, composed: true }));
    }
  }

  override render() {
    const t = this.#l.t;
    return html`${actionNote(this.#action)}
      <form @submit=${(e: SubmitEvent) => this.#submit(e)}>
        <fieldset>
          <label
            >${t(msg.direction)}<select name="direction">
              <option value="in">${t(msg.dirIn)}</option>
              <option value="out">${t(msg.dirOut)}</option>
            </select></label
          >
          <label>${t(msg.place)}<input name="place" required maxlength="200" size="40" /></label>
          <label>${t(msg.witnessNames)}<input name="witnessNames" maxlength="600" size="40" /></label>
        </fieldset>
        ${this.#person('giver', t(msg.giver))} ${this.#person('receiver', t(msg.receiver))}
        ${Array.from({ length: this._items }, (_, i) => this.#item(i))}
        <div>
          <button type="button" class="secondary" @click=${() => (this._items = Math.min(30, this._items + 1))}>${t(msg.addItem)}</button>
          <button type="submit" class="primary">${t(msg.save)}</button>
        </div>
      </form>`;
  }
}
customElements.define('siap-handover-form', SiapHandoverForm);

declare global {
  interface HTMLElementTagNameMap {
    'siap-handover-form': SiapHandoverForm;
  }
}
