import { css, html, LitElement, nothing } from 'lit';
import type { Localized } from '../../../../protocol/i18n.js';
import type { RekapHasil } from '../../../../protocol/results-responses.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { getRekap } from '../../data/results.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { page } from '../../ui/styles.js';
import '../../ui/notice.js';
import { minutesStyles } from '../minutes/minutes-styles.js';
import { signatureBlock } from '../minutes/signature-block.js';

const msg = {
  back: { id: '← Hasil sesi', en: '← Session results' },
  print: { id: 'Cetak', en: 'Print' },
  lead: (day: string, date: string, venue: string, session: string): Localized => ({
    id: `Pada hari ${day} tanggal ${date} di ${venue || '…'} telah dilaksanakan ${session}, dengan hasil sebagai berikut. Rekap ini diserahkan dalam bentuk cetak yang ditandatangani (Lampiran C.3.b.7.k).`,
    en: `On ${day} ${date} at ${venue || '…'}, ${session} was held with the results below. This summary is handed over printed and signed (Lampiran C.3.b.7.k).`,
  }),
  no: { id: 'No', en: 'No' },
  number: { id: 'No. peserta', en: 'Participant no.' },
  name: { id: 'Nama', en: 'Name' },
  room: { id: 'Ruang/kursi', en: 'Room/seat' },
  total: { id: 'Jumlah', en: 'Total' },
  status: { id: 'Keterangan', en: 'Status' },
  corrected: { id: '(dikoreksi)', en: '(corrected)' },
  counts: (c: RekapHasil['counts']): Localized => ({
    id: `Terdaftar ${c.registered}, hadir ${c.present}, tidak hadir ${c.absent}, ada hasil ${c.withResult}: memenuhi ambang batas ${c.memenuhi}, tidak memenuhi ${c.tidakMemenuhi}, tidak dinilai ${c.tidakDinilai}.`,
    en: `Registered ${c.registered}, present ${c.present}, absent ${c.absent}, with a result ${c.withResult}: meeting the passing grade ${c.memenuhi}, below ${c.tidakMemenuhi}, not judged ${c.tidakDinilai}.`,
  }),
  rule: (id: string, version: string, sha: string, decree: string): Localized => ({
    id: `Dinilai dengan aturan ambang batas ${id}@${version} (${decree}), sha256 ${sha}.`,
    en: `Judged by passing-grade rule ${id}@${version} (${decree}), sha256 ${sha}.`,
  }),
  anomalies: { id: 'Anomali kehadiran dan hasil', en: 'Attendance and result anomalies' },
  none: { id: 'Tidak ada anomali.', en: 'No anomaly.' },
  unexplained: { id: 'belum dijelaskan', en: 'not explained' },
  anchor: (seq: number, hash: string): Localized => ({
    id: `Jejak audit: entri #${seq}, hash ${hash}`,
    en: `Audit trail: entry #${seq}, hash ${hash}`,
  }),
  generated: (text: Localized): Localized => ({ id: `Dibuat oleh SiapCAT pada ${text.id}`, en: `Made by SiapCAT on ${text.en}` }),
};

/** The printable Rekap Hasil SKD/SKB of a session with signature blocks, every number from the hub. */
export class RekapPage extends LitElement {
  static override properties = { services: { attribute: false }, sessionId: {} };
  declare services: Services;
  declare sessionId: string;
  readonly #l = new LocaleController(this);
  #rekap!: ResourceController<RekapHasil>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#rekap ??= new ResourceController(this, {
      load: () => getRekap(api, this.sessionId),
      live,
      topics: ['results', 'sessions', 'attendance'],
      relevant: (e) => e.sessions.includes(this.sessionId),
    });
    super.connectedCallback();
  }

  static override styles = [
    page,
    minutesStyles,
    css`
      .toolbar {
        margin-bottom: 0.8rem;
        display: flex;
        gap: 1rem;
        align-items: center;
      }
      .doc td.num,
      .doc th.num {
        text-align: right;
      }
      @media print {
        .no-print {
          display: none;
        }
      }
    `,
  ];

  override render() {
    const t = this.#l.t;
    const d = this.#rekap.value;
    if (!d) {
      return this.#rekap.error
        ? html`<siap-notice .text=${this.#rekap.error} retry @retry=${() => this.#rekap.reload()}></siap-notice>`
        : html`<p>${t(common.loading)}</p>`;
    }
    const s = d.session;
    return html`<div class="toolbar no-print">
        <a href=${paths.results(this.sessionId)}>${t(msg.back)}</a>
        <button class="primary" @click=${() => window.print()}>${t(msg.print)}</button>
      </div>
      <article class="doc" data-rekap>
        <h1>${d.title}</h1>
        <p class="subtitle">${s.name} · ${d.venue.name}</p>
        <hr />
        <p>${t(msg.lead(s.day, s.date, [d.venue.name, d.venue.address].filter(Boolean).join(', '), `${t(s.kindLabel)} ${s.name} (${s.start}–${s.end} ${s.zone})`))}</p>
        <table data-rekap-rows>
          <thead>
            <tr>
              <th>${t(msg.no)}</th>
              <th>${t(msg.number)}</th>
              <th>${t(msg.name)}</th>
              <th>${t(msg.room)}</th>
              ${d.components.map((c) => html`<th class="num">${c.key}</th>`)}
              <th class="num">${t(msg.total)}</th>
              <th>${t(msg.status)}</th>
            </tr>
          </thead>
          <tbody>
            ${d.rows.map(
              (r) => html`<tr data-row=${r.participantNumber}>
                <td class="center">${r.no}</td>
                <td>${r.participantNumber}</td>
                <td>${r.name}</td>
                <td>${r.room}${r.seat ? `/${r.seat}` : ''}</td>
                ${d.components.map((c) => html`<td class="num">${r.scores[c.key] ?? '—'}</td>`)}
                <td class="num">${r.total}</td>
                <td>${t(r.statusLabel)} ${r.corrected ? t(msg.corrected) : nothing}</td>
              </tr>`,
            )}
          </tbody>
        </table>
        <p data-rekap-counts>${t(msg.counts(d.counts))}</p>
        <p class="small" data-rekap-rule>${t(msg.rule(d.rule.id, d.rule.version, d.rule.sha256, d.rule.decree))}</p>
        <h2>${t(msg.anomalies)}</h2>
        ${
          d.anomalies.length === 0
            ? html`<p>${t(msg.none)}</p>`
            : html`<ul data-rekap-anomalies>
              ${d.anomalies.map(
                (a) => html`<li>${t(a.label)}: ${a.participantNumber} ${a.name}. ${t(a.detail)}
                  ${a.explanation ? html`<em>${a.explanation.text}</em> (${a.explanation.by})` : html`<em>${t(msg.unexplained)}</em>`}</li>`,
              )}
            </ul>`
        }
        ${signatureBlock({ signatories: d.signatories, session: { day: s.day, date: s.date }, placeDate: d.placeDate }, t)}
        <footer class="anchor" data-anchor>
          <div>${d.audit ? t(msg.anchor(d.audit.seq, d.audit.hash)) : ''}</div>
          <div>${t(msg.generated(d.generatedText))}</div>
        </footer>
      </article>`;
  }
}
customElements.define('siap-rekap-page', RekapPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-rekap-page': RekapPage;
  }
}
