import { css, html, LitElement, nothing } from 'lit';
import type { ExamSession } from '../../../../protocol/exam.js';
import type { SealsResponse } from '../../../../protocol/custody.js';
import type { Services } from '../../app/services.js';
import type { PhotoLink } from '../../../../protocol/custody-photos.js';
import { installSeal, openSeal, witnessRecord } from '../../data/custody.js';
import { photosOf } from '../../data/custody-photos.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import { msg, STATE_LABEL } from './messages.js';
import '../../ui/notice.js';
import './photo-strip.js';

const field = (form: HTMLFormElement, name: string) => String(new FormData(form).get(name) ?? '').trim();

/** Each test room's seal: install, open (number read back, intact, witness, session), witness. */
export class SiapSealsSection extends LitElement {
  static override properties = {
    services: { attribute: false },
    seals: { attribute: false },
    sessions: { attribute: false },
    photos: { attribute: false },
  };
  declare services: Services;
  declare seals: SealsResponse | undefined;
  declare photos: PhotoLink[] | undefined;
  declare sessions: ExamSession[];
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  constructor() {
    super();
    this.sessions = [];
  }

  static override styles = [
    page,
    css`
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem 0.6rem;
        align-items: end;
      }
      label {
        display: flex;
        flex-direction: column;
        font-size: 0.85rem;
      }
      label.inline {
        flex-direction: row;
        gap: 0.3rem;
        align-items: center;
      }
      .state-sealed {
        color: var(--siap-ready);
        font-weight: 600;
      }
      .state-broken {
        color: var(--siap-bad);
        font-weight: 700;
      }
      .state-none {
        color: var(--siap-muted);
      }
      td {
        vertical-align: top;
      }
      .photos {
        margin-top: 0.3rem;
        font-size: 0.8rem;
      }
    `,
  ];

  #changed() {
    this.dispatchEvent(new CustomEvent('changed', { bubbles: true, composed: true }));
  }

  async #install(e: SubmitEvent, roomId: string) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const ok = await this.#action.run(
      () => installSeal(this.services.api, { roomId, sealNumber: field(form, 'sealNumber'), witnessName: field(form, 'witnessName') }),
      msg.installed,
    );
    if (ok) this.#changed();
  }

  async #open(e: SubmitEvent, id: number) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const sessionId = field(form, 'sessionId');
    const ok = await this.#action.run(
      () =>
        openSeal(this.services.api, id, {
          sealNumberRead: field(form, 'sealNumberRead'),
          intact: new FormData(form).get('intact') === 'on',
          witnessName: field(form, 'witnessName'),
          ...(sessionId ? { sessionId } : {}),
        }),
      (seal) => (seal.anomaly ? msg.anomaly : msg.opened),
    );
    if (ok) this.#changed();
  }

  async #witness(id: number) {
    if (await this.#action.run(() => witnessRecord(this.services.api, 'seals', id), msg.witnessed)) this.#changed();
  }

  override render() {
    const t = this.#l.t;
    const data = this.seals;
    if (!data) return nothing;
    const byId = new Map(data.seals.map((s) => [s.id, s]));
    return html`${actionNote(this.#action)}
      <table>
        <thead>
          <tr><th>${t(msg.room)}</th><th>${t(msg.state)}</th><th>${t(msg.witnesses)}</th><th></th></tr>
        </thead>
        <tbody>
          ${data.rooms.map((r) => {
            const seal = r.sealId !== null ? byId.get(r.sealId) : undefined;
            return html`<tr data-room=${r.roomId} data-seal-state=${r.state}>
              <td><b>${r.roomId}</b></td>
              <td>
                <span class="state-${r.state}">${t(STATE_LABEL[r.state]!)}</span>
                ${
                  seal
                    ? html`<div class="muted">
                      ${seal.sealNumber} · ${this.#l.dateTime(seal.installedAt)} · ${seal.installedBy} / ${seal.installWitness}
                      ${
                        seal.openedAt
                          ? html`<br />${t(msg.sealRead)}: ${seal.sealNumberRead} · ${this.#l.dateTime(seal.openedAt)} · ${seal.openedBy} / ${seal.openWitness}`
                          : nothing
                      }
                    </div>
                    ${this.#photos(seal.id, 'install')} ${seal.openedAt ? this.#photos(seal.id, 'open') : nothing}`
                    : nothing
                }
              </td>
              <td>
                ${seal?.witnesses.map((w) => w.username).join(', ') || '—'}
                ${seal ? html`<br /><button type="button" class="secondary" @click=${() => this.#witness(seal.id)}>${t(msg.witness)}</button>` : nothing}
              </td>
              <td>${r.state === 'sealed' && seal ? this.#openForm(seal.id) : this.#installForm(r.roomId)}</td>
            </tr>`;
          })}
        </tbody>
      </table>`;
  }

  #photos(id: number, part: 'install' | 'open') {
    const target = { kind: 'seal' as const, id: String(id), part };
    return html`<div class="photos" data-photos=${part}>
      <span class="muted">${this.#l.t(part === 'install' ? msg.photosInstall : msg.photosOpen)}</span>
      <siap-photo-strip .services=${this.services} .target=${target} .photos=${photosOf(this.photos, target)}></siap-photo-strip>
    </div>`;
  }

  #installForm(roomId: string) {
    const t = this.#l.t;
    return html`<form data-form="install" @submit=${(e: SubmitEvent) => this.#install(e, roomId)}>
      <label>${t(msg.sealNumber)}<input name="sealNumber" required maxlength="40" size="12" /></label>
      <label>${t(msg.witnessName)}<input name="witnessName" required maxlength="120" /></label>
      <button type="submit">${t(msg.install)}</button>
    </form>`;
  }

  #openForm(id: number) {
    const t = this.#l.t;
    return html`<form data-form="open" @submit=${(e: SubmitEvent) => this.#open(e, id)}>
      <label>${t(msg.sealRead)}<input name="sealNumberRead" required maxlength="40" size="12" /></label>
      <label class="inline"><input type="checkbox" name="intact" checked />${t(msg.intact)}</label>
      <label>${t(msg.witnessName)}<input name="witnessName" required maxlength="120" /></label>
      <label
        >${t(msg.session)}
        <select name="sessionId">
          <option value="">${t(msg.noSession)}</option>
          ${this.sessions.map((s, i) => html`<option value=${s.id} ?selected=${i === 0}>${s.name}</option>`)}
        </select></label
      >
      <button type="submit">${t(msg.open)}</button>
    </form>`;
  }
}
customElements.define('siap-seals-section', SiapSealsSection);

declare global {
  interface HTMLElementTagNameMap {
    'siap-seals-section': SiapSealsSection;
  }
}
