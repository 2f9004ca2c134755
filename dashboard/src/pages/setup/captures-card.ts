import { css, html, LitElement, nothing } from 'lit';
import type { Services } from '../../app/services.js';
import { deleteCapture, listCaptures, uploadCaptures, type CaptureOutcome, type CaptureView } from '../../data/captures.js';
import { ResourceController } from '../../data/resource.js';
import { LocaleController } from '../../i18n/controller.js';
import { DEFAULT_ZONE, formatDateTime } from '../../i18n/format.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import '../../ui/light.js';
import '../../ui/notice.js';
import { cm } from './captures-messages.js';

/** At most this many files from one drop or folder (a room has 40 PCs; a venue a few hundred). */
const MAX_FILES = 1000;
/** In a folder only the capture files and snapshots count (the kit's folder also holds the scripts). */
const MACHINE_FILE = /-siapcat\.txt$|\.json$/i;

/** Files of a drop: plain files as they are, folders walked (webkitGetAsEntry) for their machine files. */
async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].map((i) => (i.kind === 'file' ? i.webkitGetAsEntry?.() : null));
  if (!entries.some((e) => e?.isDirectory)) return [...data.files].slice(0, MAX_FILES);
  const out: File[] = [];
  const walk = async (entry: FileSystemEntry | null | undefined, inFolder: boolean): Promise<void> => {
    if (!entry || out.length >= MAX_FILES) return;
    if (entry.isFile) {
      const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
      if (!inFolder || MACHINE_FILE.test(file.name)) out.push(file);
    } else if (entry.isDirectory) {
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, true);
      }
    }
  };
  for (const entry of entries) await walk(entry, false);
  return out;
}

/**
 * Pengaturan > PC lama: capture files of PCs that cannot run the agent (Windows XP/7/8) and agent
 * snapshots, dropped (files or whole folders) or picked, sent to the hub one by one and judged
 * there; each file's result or refusal is listed, then the files judged so far.
 */
export class CapturesCard extends LitElement {
  static override properties = {
    services: { attribute: false },
    zone: {},
    _role: { state: true },
    _over: { state: true },
    _outcomes: { state: true },
    _progress: { state: true },
  };
  declare services: Services;
  declare zone: string;
  declare _role: string;
  declare _over: boolean;
  declare _outcomes: CaptureOutcome[];
  declare _progress: string;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  #list!: ResourceController<CaptureView[]>;

  constructor() {
    super();
    this.zone = DEFAULT_ZONE;
    this._role = 'client';
    this._over = false;
    this._outcomes = [];
    this._progress = '';
  }

  override connectedCallback(): void {
    this.#list ??= new ResourceController(this, { load: () => listCaptures(this.services.api) });
    super.connectedCallback();
  }

  static override styles = [
    page,
    css`
      .drop {
        border: 2px dashed var(--siap-border, #9aa7b4);
        border-radius: 8px;
        padding: 1.2rem;
        text-align: center;
        display: grid;
        gap: 0.6rem;
        justify-items: center;
      }
      .drop.over {
        border-color: #1f6feb;
        background: #eaf2ff;
      }
      .pick {
        display: flex;
        flex-wrap: wrap;
        gap: 0.6rem;
        align-items: center;
        justify-content: center;
      }
      input[type='file'] {
        display: none;
      }
      ul.outcomes {
        list-style: none;
        padding: 0;
        display: grid;
        gap: 0.3rem;
      }
      .refused {
        color: #a40e26;
      }
      td.problems {
        font-size: 0.9em;
      }
    `,
  ];

  async #send(files: File[]): Promise<void> {
    const t = this.#l.t;
    if (files.length === 0) {
      this.#action.fail(cm.noFiles);
      return;
    }
    this._outcomes = [];
    await this.#action.run(async () => {
      await uploadCaptures(this.services.api, files, this._role, (outcome, done) => {
        this._outcomes = [...this._outcomes, outcome];
        this._progress = `${t(cm.sending)} ${done}/${files.length}`;
      });
      this._progress = '';
      await this.#list.reload();
    });
  }

  #drop = async (event: DragEvent) => {
    event.preventDefault();
    this._over = false;
    if (event.dataTransfer) await this.#send(await droppedFiles(event.dataTransfer));
  };

  #picked = async (event: Event) => {
    const input = event.target as HTMLInputElement;
    const all = [...(input.files ?? [])];
    const files = input.hasAttribute('webkitdirectory') ? all.filter((f) => MACHINE_FILE.test(f.name)) : all;
    input.value = '';
    await this.#send(files.slice(0, MAX_FILES));
  };

  #open(which: 'files' | 'folder'): void {
    this.renderRoot.querySelector<HTMLInputElement>(`input[data-${which}]`)?.click();
  }

  async #remove(id: number): Promise<void> {
    if (!confirm(this.#l.t(cm.confirmRemove))) return;
    await this.#action.run(async () => {
      await deleteCapture(this.services.api, id);
      await this.#list.reload();
    });
  }

  #outcome(o: CaptureOutcome) {
    const t = this.#l.t;
    if (o.ok) {
      const r = o.record;
      return html`<li data-file=${o.fileName}>
        <siap-light .verdict=${r.verdict}></siap-light> <strong>${r.host ?? o.fileName}</strong> — ${o.fileName}: ${t(cm.accepted)}
        (${r.counts.pass} / ${r.counts.fail} / ${r.counts.unknown})
      </li>`;
    }
    // The hub's refusal starts with the file's name, already shown.
    const own = (text: string) => (text.startsWith(`${o.fileName}: `) ? text.slice(o.fileName.length + 2) : text);
    return html`<li data-file=${o.fileName} class="refused">
      ✗ ${o.fileName}: ${t(cm.refused)} — ${t({ id: own(o.error.message), en: own(o.error.en) })}
    </li>`;
  }

  #table(rows: CaptureView[]) {
    const t = this.#l.t;
    if (rows.length === 0) return html`<p class="muted">${t(cm.none)}</p>`;
    return html`<table>
      <thead>
        <tr>
          <th>${t(cm.host)}</th>
          <th>${t(cm.file)}</th>
          <th>${t(cm.verdict)}</th>
          <th>${t(cm.counts)}</th>
          <th>${t(cm.problems)}</th>
          <th>${t(cm.captured)}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => {
          const problems = r.report.checks.filter((c) => c.status === 'fail' || c.status === 'unknown');
          return html`<tr>
            <td>${r.host ?? '—'}</td>
            <td><code>${r.fileName}</code></td>
            <td><siap-light .verdict=${r.verdict}></siap-light></td>
            <td>${r.counts.pass} / ${r.counts.fail} / ${r.counts.unknown}</td>
            <td class="problems">
              ${problems.map((c, i) => html`${i > 0 ? ', ' : nothing}${c.status === 'fail' ? '✗' : '?'} ${t(c.failTitle ?? c.title)}`)}
            </td>
            <td>${formatDateTime(r.capturedAt, this.zone, this.#l.lang)}</td>
            <td><button @click=${() => this.#remove(r.id)}>${t(cm.remove)}</button></td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  override render() {
    const t = this.#l.t;
    const busy = this.#action.busy;
    return html`<p class="muted">${t(cm.lead)}</p>
      <div
        class="drop ${this._over ? 'over' : ''}"
        data-drop
        @dragover=${(e: DragEvent) => {
          e.preventDefault();
          this._over = true;
        }}
        @dragleave=${() => (this._over = false)}
        @drop=${this.#drop}
      >
        <strong>${t(cm.drop)}</strong>
        <div class="pick">
          <label
            >${t(cm.role)}
            <select @change=${(e: Event) => (this._role = (e.target as HTMLSelectElement).value)} ?disabled=${busy}>
              <option value="client">${t(cm.roleClient)}</option>
              <option value="server">${t(cm.roleServer)}</option>
              <option value="mobile-server">${t(cm.roleMobile)}</option>
            </select>
          </label>
          <input type="file" data-files multiple accept=".txt,.json" @change=${this.#picked} />
          <input type="file" data-folder webkitdirectory @change=${this.#picked} />
          <button type="button" ?disabled=${busy} @click=${() => this.#open('files')}>${t(cm.pickFiles)}</button>
          <button type="button" ?disabled=${busy} @click=${() => this.#open('folder')}>${t(cm.pickFolder)}</button>
        </div>
        ${this._progress ? html`<span aria-live="polite">${this._progress}</span>` : nothing}
      </div>
      ${actionNote(this.#action)}
      ${
        this._outcomes.length > 0
          ? html`<h3>${t(cm.results)}</h3>
            <ul class="outcomes" aria-label=${t(cm.results)}>
              ${this._outcomes.map((o) => this.#outcome(o))}
            </ul>`
          : nothing
      }
      <h3>${t(cm.stored)}</h3>
      ${this.#list.error ? html`<siap-notice kind="error" .text=${this.#list.error}></siap-notice>` : nothing}
      ${this.#table(this.#list.value ?? [])}`;
  }
}
customElements.define('siap-captures-card', CapturesCard);

declare global {
  interface HTMLElementTagNameMap {
    'siap-captures-card': CapturesCard;
  }
}
