import { css, html, LitElement } from 'lit';
import type { Signatories, Signatory } from '../../../../protocol/exam.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import { GROUPS, GROUP_LABELS, msg, type Group } from './messages.js';

const FIELDS = ['name', 'nip', 'jabatan'] as const satisfies readonly (keyof Signatory)[];
const FIELD_LABELS = { name: msg.name, nip: msg.nip, jabatan: msg.jabatan };
const MAX: Record<Group, number> = { panselda: 10, timCat: 10, pengawas: 20 };

/**
 * The three lists of who signs the berita acara, a row per person (name, NIP, position), rows
 * added and removed freely. Holds no state of its own: every edit fires `change` with the new lists.
 */
export class SignatoriesEditor extends LitElement {
  static override properties = { value: { attribute: false } };
  declare value: Signatories;
  readonly #l = new LocaleController(this);

  static override styles = [
    page,
    css`
      fieldset {
        border: 1px solid var(--siap-line);
        border-radius: var(--siap-radius);
        margin: 0 0 0.75rem;
        padding: 0.5rem 0.75rem 0.75rem;
      }
      legend {
        font-weight: 600;
        padding: 0 0.3rem;
      }
      .person {
        display: grid;
        grid-template-columns: minmax(9rem, 2fr) minmax(12.5rem, 1.3fr) minmax(9rem, 2fr) auto;
        gap: 0.4rem;
        align-items: center;
        margin-bottom: 0.4rem;
      }
      .heads {
        font-size: 0.8rem;
        color: var(--siap-muted);
        margin-bottom: 0.15rem;
      }
      input {
        min-width: 0;
      }
      .none {
        font-size: 0.85rem;
        margin: 0.2rem 0 0.5rem;
      }
      button.add {
        font-size: 0.85rem;
      }
    `,
  ];

  #emit(group: Group, people: Signatory[]) {
    this.dispatchEvent(new CustomEvent<Signatories>('change', { detail: { ...this.value, [group]: people } }));
  }

  override render() {
    return GROUPS.map((group) => this.#group(group));
  }

  #group(group: Group) {
    const t = this.#l.t;
    const people = this.value[group];
    const label = t(GROUP_LABELS[group]);
    const set = (i: number, field: keyof Signatory, value: string) =>
      this.#emit(
        group,
        people.map((p, j) => (j === i ? { ...p, [field]: value } : p)),
      );
    return html`<fieldset data-group=${group}>
      <legend>${label}</legend>
      ${
        people.length
          ? html`<div class="person heads" aria-hidden="true">
            ${FIELDS.map((f) => html`<span>${t(FIELD_LABELS[f])}</span>`)}<span></span>
          </div>`
          : html`<p class="none muted">${t(msg.noneYet)}</p>`
      }
      ${people.map(
        (p, i) => html`<div class="person">
          ${FIELDS.map(
            (f) => html`<input
              .value=${p[f]}
              maxlength=${f === 'nip' ? 40 : 120}
              inputmode=${f === 'nip' ? 'numeric' : 'text'}
              aria-label=${`${t(FIELD_LABELS[f])} ${i + 1} ${label}`}
              @input=${(e: Event) => set(i, f, (e.target as HTMLInputElement).value)}
            />`,
          )}
          <button
            type="button"
            class="danger"
            aria-label=${t(msg.removeSignatory(label, i + 1))}
            @click=${() =>
              this.#emit(
                group,
                people.filter((_, j) => j !== i),
              )}
          >
            ${t(common.remove)}
          </button>
        </div>`,
      )}
      <button
        type="button"
        class="add"
        ?disabled=${people.length >= MAX[group]}
        aria-label=${`${t(msg.addSignatory)} ${label}`}
        @click=${() => this.#emit(group, [...people, { name: '', nip: '', jabatan: '' }])}
      >
        ${t(msg.addSignatory)}
      </button>
    </fieldset>`;
  }
}
customElements.define('siap-signatories-editor', SignatoriesEditor);

declare global {
  interface HTMLElementTagNameMap {
    'siap-signatories-editor': SignatoriesEditor;
  }
}
