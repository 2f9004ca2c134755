import { css, html, LitElement } from 'lit';
import { USER_ROLES, USER_ROLE_LABELS, type UserRole, type UserView } from '../../../../protocol/users.js';
import type { Services } from '../../app/services.js';
import { ResourceController } from '../../data/resource.js';
import { createUser, deleteUser, listUsers, updateUser } from '../../data/users.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { usersMsg as msg } from './users-messages.js';

/** The hub's users (admin only): add one per desk and supervisor, change role or password, delete. */
export class UsersCard extends LitElement {
  static override properties = { services: { attribute: false } };
  declare services: Services;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  #users!: ResourceController<UserView[]>;

  override connectedCallback(): void {
    this.#users ??= new ResourceController(this, { load: () => listUsers(this.services.api) });
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      form.add {
        margin-top: 0.75rem;
      }
      td input {
        width: 10rem;
      }
      siap-notice {
        margin-top: 0.5rem;
      }
    `,
  ];

  async #do(work: () => Promise<unknown>, done: Parameters<ActionController['run']>[1]) {
    if (await this.#action.run(work, done)) await this.#users.reload();
  }

  #add = (e: Event) => {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const data = new FormData(form);
    const username = String(data.get('username') ?? '').trim();
    void this.#do(async () => {
      await createUser(this.services.api, {
        username,
        password: String(data.get('password') ?? ''),
        role: String(data.get('role')) as UserRole,
      });
      form.reset();
    }, msg.added(username));
  };

  #remove(user: UserView) {
    if (!confirm(this.#l.t(msg.confirmRemove(user.username)))) return;
    void this.#do(() => deleteUser(this.services.api, user.username), msg.removed(user.username));
  }

  override render() {
    const t = this.#l.t;
    const users = this.#users.value;
    if (!users) {
      return this.#users.error ? html`<siap-notice .text=${this.#users.error}></siap-notice>` : html`<p>${t(common.loading)}</p>`;
    }
    return html`<p class="muted">${t(msg.lead)}</p>
      <table>
        <thead>
          <tr>
            <th>${t(msg.username)}</th>
            <th>${t(msg.role)}</th>
            <th>${t(msg.logins)}</th>
            <th>${t(msg.setPassword)}</th>
            <th></th>
          </tr>
        </thead>
        <tbody>
          ${users.map((u) => this.#row(u))}
        </tbody>
      </table>
      <form class="add row" @submit=${this.#add}>
        <label>${t(msg.username)}<input name="username" required maxlength="32" autocomplete="off" /></label>
        <label>${t(msg.password)}<input name="password" type="password" required minlength="8" autocomplete="new-password" /></label>
        <label>${t(msg.role)}${this.#roleSelect('operator', 'role')}</label>
        <button class="primary" ?disabled=${this.#action.busy}>${t(msg.add)}</button>
      </form>
      ${actionNote(this.#action)}`;
  }

  #roleSelect(current: string, name: string, onChange?: (role: UserRole) => void) {
    const t = this.#l.t;
    return html`<select name=${name} @change=${(e: Event) => onChange?.((e.target as HTMLSelectElement).value as UserRole)}>
      ${USER_ROLES.map((r) => html`<option value=${r} ?selected=${r === current}>${t(USER_ROLE_LABELS[r])}</option>`)}
    </select>`;
  }

  #row(u: UserView) {
    const t = this.#l.t;
    const api = this.services.api;
    return html`<tr data-user=${u.username}>
      <td>${u.username}</td>
      <td>
        <label aria-label=${`${t(msg.role)}: ${u.username}`}
          >${this.#roleSelect(u.role, 'role', (role) => void this.#do(() => updateUser(api, u.username, { role }), msg.saved(u.username)))}</label
        >
      </td>
      <td>${u.sessions}</td>
      <td>
        <input
          type="password"
          minlength="8"
          autocomplete="new-password"
          aria-label=${`${t(msg.newPassword)}: ${u.username}`}
          placeholder=${t(msg.newPassword)}
          @change=${(e: Event) => {
            const input = e.target as HTMLInputElement;
            const password = input.value;
            if (!password) return;
            void this.#do(async () => {
              await updateUser(api, u.username, { password });
              input.value = '';
            }, msg.saved(u.username));
          }}
        />
      </td>
      <td><button class="danger" ?disabled=${this.#action.busy} @click=${() => this.#remove(u)}>${t(common.remove)}</button></td>
    </tr>`;
  }
}
customElements.define('siap-users-card', UsersCard);

declare global {
  interface HTMLElementTagNameMap {
    'siap-users-card': UsersCard;
  }
}
