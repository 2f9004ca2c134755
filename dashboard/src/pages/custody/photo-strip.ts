import { css, html, LitElement, nothing } from 'lit';
import type { PhotoLink } from '../../../../protocol/custody-photos.js';
import type { Services } from '../../app/services.js';
import { photoSrc, shrinkPhoto, uploadPhoto, type PhotoTarget } from '../../data/custody-photos.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import '../../ui/notice.js';

const words = {
  add: { id: 'Tambah foto', en: 'Add photo' },
  added: { id: 'Foto disimpan', en: 'Photo saved' },
  kept: { id: 'Foto ini sudah tersimpan', en: 'This photo was already saved' },
  alt: { id: 'Foto bukti', en: 'Evidence photo' },
};

/**
 * The photos of one record part as thumbnails, and (unless `readonly`) a button that takes one
 * with the phone's camera or picks a file (a phone offers both for an image input). Printed as they are, without the button.
 */
export class PhotoStrip extends LitElement {
  static override properties = {
    services: { attribute: false },
    target: { attribute: false },
    photos: { attribute: false },
    readonly: { type: Boolean },
    srcs: { state: true },
  };
  declare services: Services;
  declare target: PhotoTarget;
  declare photos: PhotoLink[];
  declare readonly: boolean;
  declare srcs: Record<string, string>;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);

  constructor() {
    super();
    this.photos = [];
    this.readonly = false;
    this.srcs = {};
  }

  static override styles = css`
    :host {
      display: block;
    }
    .strip {
      display: flex;
      flex-wrap: wrap;
      gap: 0.3rem;
      align-items: center;
    }
    img {
      height: var(--photo-height, 72px);
      max-width: 100%;
      border: 1px solid #999;
      object-fit: contain;
      background: #fff;
    }
    label.add {
      font-size: 0.8rem;
      cursor: pointer;
      border: 1px dashed #888;
      padding: 0.2rem 0.4rem;
      border-radius: 4px;
    }
    input[type='file'] {
      position: absolute;
      width: 1px;
      height: 1px;
      opacity: 0;
    }
    @media print {
      label.add,
      siap-notice {
        display: none;
      }
    }
  `;

  override willUpdate(): void {
    for (const p of this.photos) {
      if (this.srcs[p.sha256]) continue;
      void photoSrc(this.services.api, p.sha256).then(
        (src) => (this.srcs = { ...this.srcs, [p.sha256]: src }),
        () => undefined,
      );
    }
  }

  async #picked(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const ok = await this.#action.run(
      async () => uploadPhoto(this.services.api, this.target, await shrinkPhoto(file)),
      (r) => (r.deduplicated ? words.kept : words.added),
    );
    if (ok) this.dispatchEvent(new CustomEvent('changed', { bubbles: true, composed: true }));
  }

  override render() {
    const t = this.#l.t;
    return html`<div class="strip">
        ${this.photos.map(
          (p) =>
            html`<img
              data-photo=${p.sha256}
              src=${this.srcs[p.sha256] ?? 'data:,'}
              alt=${`${t(words.alt)} ${p.width}×${p.height}`}
              title=${`${p.by} · ${this.#l.dateTime(p.at)} · sha256 ${p.sha256.slice(0, 12)}…`}
            />`,
        )}
        ${
          this.readonly
            ? nothing
            : html`<label class="add"
              >+ ${t(words.add)}
              <input
                type="file"
                accept="image/jpeg,image/png,image/webp"
                ?disabled=${this.#action.busy}
                @change=${(e: Event) => this.#picked(e)}
            /></label>`
        }
      </div>
      ${actionNote(this.#action)}`;
  }
}
customElements.define('siap-photo-strip', PhotoStrip);

declare global {
  interface HTMLElementTagNameMap {
    'siap-photo-strip': PhotoStrip;
  }
}
