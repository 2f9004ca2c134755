import { html, LitElement } from 'lit';
import { SERVER_KINDS, type Server, type ServerKind } from '../../../../protocol/venue.js';
import type { Services } from '../../app/services.js';
import type { VenueState } from '../../data/contract.js';
import { createServer, deleteServer, updateServer } from '../../data/venue.js';
import { ROLE_LABEL, common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { msg } from './messages.js';

function serverFrom(form: HTMLFormElement): Server {
  const data = new FormData(form);
  return {
    id: String(data.get('id') ?? '').trim(),
    kind: String(data.get('kind')) as ServerKind,
    name: String(data.get('name') ?? '').trim(),
    roomId: String(data.get('roomId') ?? '') || null,
    limit: Math.trunc(Number(data.get('limit'))) || 200,
  };
}

/** Servers and mobile servers with their client limit (at most 200). Fires `changed`. */
export class ServersEditor extends LitElement {
  static override properties = {
    services: { attribute: false },
    state: { attribute: false },
    _editing: { state: true },
  };
  declare services: Services;
  declare state: VenueState;
  declare _editing: string | undefined;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  static override styles = [page];

  async #run(work: () => Promise<unknown>) {
    if (await this.#action.run(work, msg.saved)) {
      this._editing = undefined;
      this.dispatchEvent(new Event('changed'));
      return true;
    }
    return false;
  }

  #fields(server?: Server) {
    const t = this.#l.t;
    return html`<td>
        <input name="id" aria-label=${t(msg.id)} placeholder=${t(msg.id)} required maxlength="64" size="6" .value=${server?.id ?? ''} ?readonly=${!!server} />
      </td>
      <td>
        <select name="kind" aria-label=${t(msg.kind)}>
          ${SERVER_KINDS.map((k) => html`<option value=${k} ?selected=${(server?.kind ?? 'server') === k}>${t(ROLE_LABEL[k])}</option>`)}
        </select>
      </td>
      <td><input name="name" aria-label=${t(msg.name)} placeholder=${t(msg.name)} maxlength="120" size="16" .value=${server?.name ?? ''} /></td>
      <td>
        <select name="roomId" aria-label=${t(msg.room)}>
          <option value="">—</option>
          ${this.state.rooms.map((r) => html`<option value=${r.id} ?selected=${server?.roomId === r.id}>${r.name}</option>`)}
        </select>
      </td>
      <td>
        <input name="limit" aria-label=${t(msg.limit)} type="number" min="1" max="200" .value=${String(server?.limit ?? 200)} />
      </td>`;
  }

  override render() {
    const t = this.#l.t;
    const rooms = new Map(this.state.rooms.map((r) => [r.id, r.name]));
    return html`<p class="muted">${t(msg.serversLead)}</p>
      ${actionNote(this.#action)}
      <table>
        <thead>
          <tr><th>${t(msg.id)}</th><th>${t(msg.kind)}</th><th>${t(msg.name)}</th><th>${t(msg.room)}</th><th>${t(msg.limit)}</th><th></th></tr>
        </thead>
        <tbody>
          ${this.state.servers.map((s) =>
            this._editing === s.id
              ? html`<tr>
                  <td colspan="6">
                    <form
                      class="row"
                      @submit=${(e: Event) => {
                        e.preventDefault();
                        void this.#run(() => updateServer(this.services.api, s.id, serverFrom(e.target as HTMLFormElement)));
                      }}
                    >
                      <table><tr>${this.#fields(s)}</tr></table>
                      <button class="primary" ?disabled=${this.#action.busy}>${t(common.save)}</button>
                      <button type="button" @click=${() => (this._editing = undefined)}>${t(common.cancel)}</button>
                    </form>
                  </td>
                </tr>`
              : html`<tr data-server=${s.id}>
                  <td><code>${s.id}</code></td>
                  <td>${t(ROLE_LABEL[s.kind])}</td>
                  <td>${s.name}</td>
                  <td>${s.roomId ? (rooms.get(s.roomId) ?? s.roomId) : '—'}</td>
                  <td>${s.limit}</td>
                  <td>
                    <button @click=${() => (this._editing = s.id)}>${t(common.edit)}</button>
                    <button
                      class="danger"
                      ?disabled=${this.#action.busy}
                      @click=${() => {
                        if (confirm(t(msg.confirmDelete(s.id)))) void this.#run(() => deleteServer(this.services.api, s.id));
                      }}
                    >
                      ${t(common.remove)}
                    </button>
                  </td>
                </tr>`,
          )}
        </tbody>
      </table>
      <h3>${t(msg.addServer)}</h3>
      <form
        class="row"
        aria-label=${t(msg.addServer)}
        @submit=${async (e: Event) => {
          e.preventDefault();
          const form = e.target as HTMLFormElement;
          if (await this.#run(() => createServer(this.services.api, serverFrom(form)))) form.reset();
        }}
      >
        <table><tr>${this.#fields()}</tr></table>
        <button class="primary" ?disabled=${this.#action.busy}>${t(common.add)}</button>
      </form>`;
  }
}
customElements.define('siap-servers-editor', ServersEditor);

declare global {
  interface HTMLElementTagNameMap {
    'siap-servers-editor': ServersEditor;
  }
}
