import { css, html, LitElement, nothing } from 'lit';
import type { Handover, Person } from '../../../../protocol/custody.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import type { PhotoLink } from '../../../../protocol/custody-photos.js';
import { getHandover, witnessRecord } from '../../data/custody.js';
import { listPhotos, photosOf } from '../../data/custody-photos.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import { docStyles } from './doc-styles.js';
import { CONDITION_LABEL, ITEM_LABEL, msg } from './messages.js';
import '../../ui/notice.js';
import './photo-strip.js';

const sign = (role: string, p: { name: string; nip?: string }) =>
  html`<div class="sign" data-sign=${role}>
    <div>${role}</div>
    <div class="space"></div>
    <div class="name">${p.name}</div>
    <div>${p.nip ? `NIP. ${p.nip}` : '\u00a0'}</div>
  </div>`;

/** The printable Berita Acara Serah Terima (BAST) of the mobile server, in Indonesian, numbers from the record. */
export class HandoverPage extends LitElement {
  static override properties = { services: { attribute: false }, handoverId: { type: Number } };
  declare services: Services;
  declare handoverId: number;
  readonly #l = new LocaleController(this);
  readonly #action = new ActionController(this);
  #h!: ResourceController<Handover>;
  #photos!: ResourceController<PhotoLink[]>;

  override connectedCallback(): void {
    this.#h ??= new ResourceController(this, {
      load: () => getHandover(this.services.api, this.handoverId),
      live: this.services.live,
      topics: ['custody'],
    });
    this.#photos ??= new ResourceController(this, {
      load: () => listPhotos(this.services.api),
      live: this.services.live,
      topics: ['custody'],
    });
    super.connectedCallback();
  }

  static override styles = [
    page,
    docStyles,
    css`
      siap-photo-strip {
        --photo-height: 64px;
      }
      .evidence siap-photo-strip {
        --photo-height: 55mm;
      }
    `,
  ];

  #person(label: string, p: Person) {
    return html`<tr><th>${label}</th><td>${p.name}${p.nip ? `, NIP ${p.nip}` : ''}${p.unit ? `, ${p.unit}` : ''}</td></tr>`;
  }

  /** Lampiran foto: each item's photos printed large, the damaged seals first (the table's photo column is not printed). */
  #evidence(h: Handover) {
    const items = h.items
      .map((i, n) => ({ i, n, photos: photosOf(this.#photos.value, { kind: 'handover', id: String(h.id), part: String(n + 1) }) }))
      .filter((x) => x.photos.length > 0)
      .sort((a, b) => Number(b.i.sealCondition === 'rusak') - Number(a.i.sealCondition === 'rusak') || a.n - b.n);
    if (items.length === 0) return nothing;
    return html`<section class="evidence" data-evidence>
      <h2>Lampiran foto</h2>
      ${items.map(
        (x) => html`<figure data-evidence-item=${x.n + 1}>
          <figcaption>
            Barang ${x.n + 1}: ${ITEM_LABEL[x.i.kind]!.id}, segel ${x.i.sealNumbers.join(', ') || '—'}, kondisi
            ${CONDITION_LABEL[x.i.sealCondition]!.id.toLowerCase()} (${x.photos.length} foto; sidik sha256
            ${x.photos.map((p) => p.sha256.slice(0, 12)).join(', ')})
          </figcaption>
          <siap-photo-strip readonly .services=${this.services} .target=${{ kind: 'handover', id: String(h.id) }} .photos=${x.photos}></siap-photo-strip>
        </figure>`,
      )}
    </section>`;
  }

  override render() {
    const t = this.#l.t;
    const h = this.#h.value;
    if (!h) return this.#h.error ? html`<siap-notice .text=${this.#h.error}></siap-notice>` : html`<p>${t(common.loading)}</p>`;
    const title = h.direction === 'in' ? 'Berita Acara Serah Terima Server Mobile' : 'Berita Acara Pengembalian Server Mobile';
    return html`<div class="toolbar">
        <a href=${paths.custody()}>← ${t(msg.title)}</a>
        <button class="primary" @click=${() => window.print()}>${t(msg.print)}</button>
        <button @click=${() => this.#action.run(() => witnessRecord(this.services.api, 'handovers', h.id), msg.witnessed).then(() => this.#h.reload())}>
          ${t(msg.witness)}
        </button>
      </div>
      <div class="no-print">${actionNote(this.#action)}</div>
      <article class="doc" data-doc="bast">
        <h1>${title}</h1>
        <p class="sub">Nomor: BAST-${String(h.id).padStart(3, '0')}/${h.direction === 'in' ? 'IN' : 'OUT'}</p>
        <p>
          Pada ${this.#l.dateTime(h.at)} bertempat di ${h.place}, yang bertanda tangan di bawah ini telah melakukan
          ${h.direction === 'in' ? 'serah terima' : 'pengembalian'} barang berikut dalam keadaan sebagaimana tercatat
          (Lampiran C.3.b.7.b dan C.3.b.8.b(1)):
        </p>
        <table>
          <tbody>
            ${this.#person('Pihak yang menyerahkan', h.giver)} ${this.#person('Pihak yang menerima', h.receiver)}
          </tbody>
        </table>
        <table>
          <thead>
            <tr><th>No</th><th>Barang</th><th>Uraian</th><th>Nomor seri</th><th>Nomor segel</th><th>Kondisi segel</th><th>Pencocokan agen</th><th class="no-print">Foto</th></tr>
          </thead>
          <tbody>
            ${h.items.map(
              (i, n) => html`<tr data-item=${n}>
                <td>${n + 1}</td>
                <td>${ITEM_LABEL[i.kind]!.id}</td>
                <td>${i.description}</td>
                <td>${i.serial || '—'}</td>
                <td>${i.sealNumbers.join(', ') || '—'}</td>
                <td>${CONDITION_LABEL[i.sealCondition]!.id}</td>
                <td class=${i.serialCheck?.warning ? 'warn' : ''}>
                  ${i.serialCheck ? (i.serialCheck.match ? `cocok (${i.serialCheck.agentId})` : i.serialCheck.warning!.id) : '—'}
                </td>
                <td class="no-print">
                  <siap-photo-strip
                    .services=${this.services}
                    .target=${{ kind: 'handover', id: String(h.id), part: String(n + 1) }}
                    .photos=${photosOf(this.#photos.value, { kind: 'handover', id: String(h.id), part: String(n + 1) })}
                    @changed=${() => this.#photos.reload()}
                  ></siap-photo-strip>
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
        ${h.note ? html`<p>Catatan: ${h.note}</p>` : nothing} ${this.#evidence(h)}
        <p>
          Dicatat oleh ${h.recordedBy}.
          ${h.witnesses.length ? `Dikonfirmasi di SiapCAT oleh: ${h.witnesses.map((w) => `${w.username} (${this.#l.dateTime(w.at)})`).join(', ')}.` : ''}
        </p>
        <div class="sign-grid">
          ${sign('Yang menyerahkan', h.giver)} ${sign('Yang menerima', h.receiver)}
          ${h.witnessNames.map((w) => sign('Saksi tim pemantauan', { name: w }))}
        </div>
      </article>`;
  }
}
customElements.define('siap-handover-page', HandoverPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-handover-page': HandoverPage;
  }
}
