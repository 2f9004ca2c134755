import { html, LitElement, nothing } from 'lit';
import type { Services } from '../../app/services.js';
import type { Enrollment, MachineRow } from '../../data/contract.js';
import { approveMachine, revokeCode, rotateEnrollment } from '../../data/enrollment.js';
import { listMachines } from '../../data/machines.js';
import { ResourceController } from '../../data/resource.js';
import { LocaleController } from '../../i18n/controller.js';
import { formatDateTime } from '../../i18n/format.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { em } from './enrollment-messages.js';

/**
 * The codes made so far (never the codes themselves: the hub keeps their hashes), each revocable;
 * the PCs that enrolled beyond the venue plan, each to approve; the simulators' venue token.
 * Fires `changed` after a change so the card reloads (with the hub's new answer when it gave one).
 */
export class EnrollmentCodes extends LitElement {
  static override properties = { services: { attribute: false }, enrollment: { attribute: false }, zone: {} };
  declare services: Services;
  declare enrollment: Enrollment;
  declare zone: string;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  #pending!: ResourceController<MachineRow[]>;

  static override styles = [page];

  override connectedCallback(): void {
    this.#pending ??= new ResourceController(this, {
      load: async () => (await listMachines(this.services.api)).filter((m) => m.refusal?.code === 'awaiting-approval'),
      live: this.services.live,
      topics: ['machines'],
    });
    super.connectedCallback();
  }

  /** Tells the card to reload, or hands it the hub's new answer when the action returned one. */
  #changed(enrollment?: Enrollment) {
    this.dispatchEvent(new CustomEvent<Enrollment | undefined>('changed', { detail: enrollment }));
  }

  #revoke = async (id: string) => {
    if (!confirm(this.#l.t(em.revokeConfirm(id)))) return;
    if (await this.#action.run(() => revokeCode(this.services.api, id))) this.#changed();
  };

  #approve = async (id: string) => {
    if (await this.#action.run(() => approveMachine(this.services.api, id), em.approved(id))) await this.#pending.reload();
  };

  #rotate = async () => {
    if (!confirm(this.#l.t(em.rotateConfirm))) return;
    let next: Enrollment | undefined;
    const ok = await this.#action.run(async () => {
      next = await rotateEnrollment(this.services.api);
    }, em.rotated);
    if (ok) this.#changed(next);
  };

  override render() {
    const t = this.#l.t;
    const codes = this.enrollment.codes;
    const pending = this.#pending.value ?? [];
    return html`<h3>${t(em.codes)}</h3>
      ${codes.length === 0
        ? html`<p class="muted">${t(em.noCodes)}</p>`
        : html`<table>
            <thead>
              <tr>
                <th>ID</th>
                <th>${t(em.label)}</th>
                <th>${t(em.room)}</th>
                <th>${t(em.used)}</th>
                <th>${t(em.expires)}</th>
                <th>${t(em.state)}</th>
                <th></th>
              </tr>
            </thead>
            <tbody>
              ${codes.map(
                (c) =>
                  html`<tr data-code-id=${c.id}>
                    <td><code>${c.id}</code></td>
                    <td>${c.label || (c.machineId ?? '')}</td>
                    <td>${c.roomId ?? ''}</td>
                    <td>${c.uses}/${c.maxUses}</td>
                    <td>${formatDateTime(c.expiresAt, this.zone, this.#l.lang)}</td>
                    <td>${t(em.states[c.state] ?? em.states.active!)}</td>
                    <td>
                      ${c.state === 'active'
                        ? html`<button class="danger" ?disabled=${this.#action.busy} @click=${() => this.#revoke(c.id)}>${t(em.revoke)}</button>`
                        : nothing}
                    </td>
                  </tr>`,
              )}
            </tbody>
          </table>`}
      ${pending.length === 0
        ? nothing
        : html`<h3>${t(em.pending)} (${pending.length})</h3>
            <p class="muted">${t(em.pendingLead)}</p>
            <ul>
              ${pending.map(
                (m) =>
                  html`<li data-pending=${m.id}>
                    <code>${m.id}</code>
                    <button ?disabled=${this.#action.busy} @click=${() => this.#approve(m.id)}>${t(em.approve)}</button>
                  </li>`,
              )}
            </ul>`}
      ${actionNote(this.#action)}
      <details>
        <summary>${t(em.simulator)}</summary>
        <p class="muted">${t(em.simulatorLead)}</p>
        <p><code data-token>${this.enrollment.simulatorToken}</code></p>
        <button class="danger" ?disabled=${this.#action.busy} @click=${this.#rotate}>${t(em.rotate)}</button>
      </details>`;
  }
}
customElements.define('siap-enrollment-codes', EnrollmentCodes);

declare global {
  interface HTMLElementTagNameMap {
    'siap-enrollment-codes': EnrollmentCodes;
  }
}
