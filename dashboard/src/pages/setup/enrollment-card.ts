import { css, html, LitElement, nothing } from 'lit';
import type { Services } from '../../app/services.js';
import type { Enrollment, NewEnrollmentCode, VenueState } from '../../data/contract.js';
import { createCode, downloadAgent, getEnrollment } from '../../data/enrollment.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { DEFAULT_ZONE, formatNumber } from '../../i18n/format.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { downloadBlob } from '../../ui/download.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import './enrollment-codes.js';
import { em } from './enrollment-messages.js';

type Commands = Enrollment['commands'];

/**
 * Pengaturan > Pendaftaran PC ujian: where exam PCs reach the hub, the single-file agents to
 * download from the hub itself, a form that makes a one-time code (per PC, or a batch for a room)
 * and the exact commands for Command Prompt, PowerShell and Linux carrying it, with copy buttons.
 */
export class EnrollmentCard extends LitElement {
  static override properties = {
    services: { attribute: false },
    venue: { attribute: false },
    zone: {},
    _copied: { state: true },
    _made: { state: true },
    _kind: { state: true },
  };
  declare services: Services;
  declare venue: VenueState | undefined;
  declare zone: string;
  declare _copied: string | undefined;
  declare _made: NewEnrollmentCode | undefined;
  declare _kind: 'pc' | 'batch';
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  readonly #download = new ActionController(this);
  #enrollment!: ResourceController<Enrollment>;

  constructor() {
    super();
    this._kind = 'batch';
    this.zone = DEFAULT_ZONE;
  }

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
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 0.5rem;
        align-items: start;
      }
      .code {
        font-size: 1.6rem;
        font-weight: 700;
        letter-spacing: 0.08em;
        font-family: ui-monospace, monospace;
      }
      form {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: end;
      }
      h3 {
        margin-top: 1.2rem;
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

  #make = async (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    const batch = this._kind === 'batch';
    await this.#action.run(async () => {
      this._made = await createCode(this.services.api, {
        kind: this._kind,
        label: text('label'),
        hours: Number(text('hours')) || 8,
        ...(batch ? { roomId: text('room') || null, uses: Number(text('uses')) || 1 } : { machineId: text('machineId') || null }),
      });
      this._copied = undefined;
      await this.#enrollment.reload();
    });
  };

  #changed = (event: CustomEvent<Enrollment | undefined>) => {
    if (event.detail) {
      this.#enrollment.value = event.detail;
      this.requestUpdate();
    } else void this.#enrollment.reload();
  };

  async #save(file: string) {
    await this.#download.run(async () => {
      const { blob, filename } = await downloadAgent(this.services.api, file);
      downloadBlob(filename ?? file, blob);
    });
  }

  #seats(roomId: string): number {
    return this.venue?.seats.filter((s) => s.roomId === roomId).length ?? 0;
  }

  #commands(commands: Commands) {
    const t = this.#l.t;
    const row = (key: keyof Commands, label: string) =>
      html`<h4>${label}</h4>
        <div class="cmd">
          <pre data-cmd=${key}>${commands[key]}</pre>
          <button type="button" @click=${() => this.#copy(key, commands[key])}>${t(this._copied === key ? common.copied : common.copy)}</button>
        </div>`;
    return html`${row('cmd', t(em.cmd))}${row('powershell', t(em.powershell))}${row('linux', t(em.linux))}
      <p class="muted">${t(em.placeholders)}</p>`;
  }

  #form() {
    const t = this.#l.t;
    const rooms = (this.venue?.rooms ?? []).filter((r) => this.#seats(r.id) > 0);
    const batch = this._kind === 'batch';
    return html`<form aria-label=${t(em.step2)} @submit=${this.#make}>
      <label
        >${t(em.kind)}
        <select name="kind" @change=${(e: Event) => (this._kind = (e.target as HTMLSelectElement).value as 'pc' | 'batch')}>
          <option value="batch" ?selected=${batch}>${t(em.kindBatch)}</option>
          <option value="pc" ?selected=${!batch}>${t(em.kindPc)}</option>
        </select></label
      >
      ${
        batch
          ? html`<label
              >${t(em.room)}
              <select name="room">
                <option value="">${t(em.anyRoom)}</option>
                ${rooms.map((r) => html`<option value=${r.id}>${r.id} · ${r.name} (${this.#seats(r.id)})</option>`)}
              </select></label
            >
            <label>${t(em.uses)} <input name="uses" type="number" min="1" max="1000" value="40" /></label>`
          : html`<label>${t(em.machineId)} <input name="machineId" maxlength="64" pattern="[A-Za-z0-9._\\-]+" /></label>`
      }
      <label>${t(em.hours)} <input name="hours" type="number" min="1" max="336" value="8" /></label>
      <label>${t(em.label)} <input name="label" maxlength="80" /></label>
      <button class="primary" ?disabled=${this.#action.busy}>${t(em.make)}</button>
    </form>`;
  }

  override render() {
    const t = this.#l.t;
    const e = this.#enrollment.value;
    if (!e) {
      return this.#enrollment.error
        ? html`<siap-notice .text=${this.#enrollment.error} retry @retry=${() => this.#enrollment.reload()}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const made = this._made;
    return html`<p class="muted">${t(em.lead)}</p>
      <p>${t(em.hubUrl)}: <code data-hub>${e.hubUrl}</code></p>
      ${e.caFingerprint ? html`<p>${t(em.caFingerprint)}: <code data-ca>${e.caFingerprint}</code></p>` : nothing}
      ${e.warning ? html`<siap-notice kind="error" .text=${e.warning}></siap-notice>` : nothing}
      <h3>${t(em.step1)}</h3>
      <ul>
        ${e.downloads.map(
          (d) =>
            html`<li>
              ${
                d.bytes === null
                  ? html`<code>${d.file}</code> — <span class="muted">${t(em.notBuilt)}</span>`
                  : html`<button type="button" data-download=${d.file} ?disabled=${this.#download.busy} @click=${() => this.#save(d.file)}>${d.file}</button>
                    <span class="muted">${formatNumber(Math.round(d.bytes / 1024 / 1024), this.#l.lang)} MB</span>`
              }
            </li>`,
        )}
      </ul>
      ${actionNote(this.#download)}
      <h3>${t(em.step2)}</h3>
      ${this.#form()} ${actionNote(this.#action)}
      <h3>${t(em.step3)}</h3>
      ${
        made
          ? html`<p>${made.entry.id}: <span class="code" data-code>${made.code}</span></p>
            <siap-notice kind="ok" .text=${em.codeOnce}></siap-notice>
            ${this.#commands(made.commands)}`
          : html`<p class="muted">${t(em.noCodeYet)}</p>
            ${this.#commands(e.commands)}`
      }
      <siap-enrollment-codes .services=${this.services} .enrollment=${e} .zone=${this.zone}
        @changed=${this.#changed}></siap-enrollment-codes>`;
  }
}
customElements.define('siap-enrollment-card', EnrollmentCard);

declare global {
  interface HTMLElementTagNameMap {
    'siap-enrollment-card': EnrollmentCard;
  }
}
