import { css, html, LitElement, nothing } from 'lit';
import type { TrialDetail, TrialGroup } from '../../../../protocol/custody-responses.js';
import type { Localized } from '../../../../protocol/i18n.js';
import { paths } from '../../app/paths.js';
import type { Services } from '../../app/services.js';
import { getTrial, markDrill, witnessRecord } from '../../data/custody.js';
import { ResourceController } from '../../data/resource.js';
import { common } from '../../i18n/common.js';
import { LocaleController } from '../../i18n/controller.js';
import { ActionController, actionNote } from '../../ui/action.js';
import { page } from '../../ui/styles.js';
import { docStyles } from './doc-styles.js';
import { drillForm, drillMarks, tidyField, type DrillField } from './drill-marks.js';
import { msg } from './messages.js';
import '../../ui/notice.js';

const ms = (x: number | null) => (x === null ? '—' : `${x} ms`);
const mbps = (x: number | null) => (x === null ? '—' : `${x} Mbps`);
const diff = (a: number | null, b: number | null, unit: string) =>
  a === null || b === null ? '' : ` (${a - b >= 0 ? '+' : ''}${Math.round((a - b) * 100) / 100} ${unit})`;

/**
 * The printable Berita Acara Uji Coba Jaringan (or of the power drill): per room and server the
 * medians and worst PCs, PCs that did not answer, the thresholds and checklist; with `?banding=ID`
 * the earlier trial's numbers beside each line.
 */
export class TrialPage extends LitElement {
  static override properties = {
    services: { attribute: false },
    trialId: { type: Number },
    query: { attribute: false },
    _problems: { state: true },
  };
  declare services: Services;
  declare trialId: number;
  declare query: URLSearchParams;
  /** What is wrong with a typed date or time of the drill, under its field until mended. */
  declare _problems: Partial<Record<DrillField, Localized>>;
  readonly #l = new LocaleController(this);

  constructor() {
    super();
    this._problems = {};
  }

  readonly #action = new ActionController(this);
  #trial!: ResourceController<TrialDetail>;
  #other!: ResourceController<TrialDetail | null>;

  override connectedCallback(): void {
    const { api, live } = this.services;
    this.#trial ??= new ResourceController(this, { load: () => getTrial(api, this.trialId), live, topics: ['custody'] });
    const other = Number(this.query?.get('banding') ?? NaN);
    this.#other ??= new ResourceController(this, {
      load: () => (Number.isInteger(other) && other > 0 ? getTrial(api, other) : Promise.resolve(null)),
    });
    super.connectedCallback();
  }

  static override styles = [
    page,
    docStyles,
    css`
      .marks {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: end;
      }
      .marks label {
        display: flex;
        flex-direction: column;
        font-size: 0.85rem;
      }
      .marks input {
        width: 9rem;
      }
      .problem {
        display: block;
        max-width: 18rem;
        color: var(--siap-bad);
        font-weight: 600;
      }
      .was {
        color: #555;
        font-size: 0.9em;
      }
    `,
  ];

  #row(g: TrialGroup, before: TrialGroup | undefined, power: boolean) {
    const was = (now: string, then: string | undefined, d: string) =>
      html`${now}${before ? html`<div class="was">${then}${d}</div>` : nothing}`;
    return html`<tr data-group=${g.id}>
      <td>${g.id === 'venue' ? 'Seluruh lokasi' : g.id}</td>
      <td>${g.answered}/${g.expected}</td>
      ${
        power
          ? html`<td>${g.power?.battery ?? 0}</td><td>${g.power?.ac ?? 0}</td><td>${g.power?.unknown ?? 0}</td><td>${g.power?.dropped ?? 0}</td>`
          : html`<td>${was(ms(g.medianServerMs), before && ms(before.medianServerMs), diff(g.medianServerMs, before?.medianServerMs ?? null, 'ms'))}</td>
            <td>${was(ms(g.medianHubMs), before && ms(before.medianHubMs), diff(g.medianHubMs, before?.medianHubMs ?? null, 'ms'))}</td>
            <td>
              ${was(mbps(g.medianThroughputMbps), before && mbps(before.medianThroughputMbps), diff(g.medianThroughputMbps, before?.medianThroughputMbps ?? null, 'Mbps'))}
            </td>
            <td>${g.worst.map((w) => html`<div>${w.agentId}: ${w.why.id}</div>`)}${before && before.worst.length ? html`<div class="was">sebelumnya ${before.worst.length} PC</div>` : nothing}</td>`
      }
    </tr>`;
  }

  /** A typed date or time written back the venue's way, or its problem under the field. */
  #tidy = (e: Event) => {
    const input = e.target as HTMLInputElement;
    const problems = { ...this._problems };
    const problem = tidyField(input, this.#l.lang);
    if (problem) problems[input.name as DrillField] = problem;
    else delete problems[input.name as DrillField];
    this._problems = problems;
  };

  async #mark(e: SubmitEvent, id: number) {
    e.preventDefault();
    const read = drillMarks(new FormData(e.target as HTMLFormElement), this.#l.locale.zone);
    if (!read.ok) {
      this._problems = { [read.field]: read.problem };
      return;
    }
    this._problems = {};
    await this.#action.run(() => markDrill(this.services.api, id, read.marks));
    await this.#trial.reload();
  }

  /** A drill: each UPS a machine could read (NUT, apcupsd, USB HID) with its state, charge and runtime. */
  #upsTable(x: TrialDetail) {
    const read = x.results.filter((r) => r.power?.ups);
    if (read.length === 0) return nothing;
    const via = { nut: 'NUT', apcupsd: 'apcupsd', hid: 'USB HID' } as const;
    return html`<table data-ups>
      <thead>
        <tr><th>Mesin</th><th>UPS</th><th>Keadaan</th><th>Muatan baterai</th><th>Sisa waktu</th></tr>
      </thead>
      <tbody>
        ${read.map((r) => {
          const u = r.power!.ups!;
          return html`<tr>
            <td>${r.agentId}</td>
            <td>${u.name ?? '—'}${u.source ? ` (${via[u.source]})` : ''}</td>
            <td>${u.onBattery ? 'memakai baterai UPS' : 'listrik masuk'}${u.lowBattery ? ', baterai lemah' : ''}</td>
            <td>${u.chargePercent === null ? '—' : `${this.#l.number(u.chargePercent)}%`}</td>
            <td>${u.runtimeSeconds == null ? '—' : `${this.#l.number(Math.round(u.runtimeSeconds / 60))} menit`}</td>
          </tr>`;
        })}
      </tbody>
    </table>`;
  }

  override render() {
    const t = this.#l.t;
    const x = this.#trial.value;
    if (!x) return this.#trial.error ? html`<siap-notice .text=${this.#trial.error}></siap-notice>` : html`<p>${t(common.loading)}</p>`;
    const other = this.#other.value ?? undefined;
    const power = x.kind === 'power';
    const groupOf = (list: TrialGroup[] | undefined, id: string) => list?.find((g) => g.id === id);
    const groups = [x.venue, ...x.rooms, ...x.servers];
    const before = (g: TrialGroup) =>
      other ? (g.id === 'venue' ? other.venue : (groupOf(other.rooms, g.id) ?? groupOf(other.servers, g.id))) : undefined;
    const title = power ? 'Berita Acara Uji Listrik (Pemutusan Listrik PLN)' : 'Berita Acara Uji Coba Jaringan';
    return html`<div class="toolbar">
        <a href=${paths.custody()}>← ${t(msg.title)}</a>
        <button class="primary" @click=${() => window.print()}>${t(msg.print)}</button>
        <button @click=${() => this.#action.run(() => witnessRecord(this.services.api, 'trials', x.id), msg.witnessed).then(() => this.#trial.reload())}>${t(msg.witness)}</button>
      </div>
      <div class="no-print">${actionNote(this.#action)}</div>
      ${
        power && x.drill
          ? drillForm(x, this.#l.locale.zone, this.#l.lang, t, this._problems, {
              submit: (e) => void this.#mark(e, x.id),
              change: this.#tidy,
              save: t(msg.save),
            })
          : nothing
      }
      <article class="doc" data-doc=${power ? 'drill' : 'trial'} data-status=${x.status}>
        <h1>${title}</h1>
        <p class="sub">Nomor: UJI-${String(x.id).padStart(3, '0')}${other ? ` · dibandingkan dengan UJI-${String(other.id).padStart(3, '0')}` : ''}</p>
        <p>
          ${power ? 'Listrik PLN diputus (T0)' : 'Uji coba dimulai'} ${this.#l.dateTime(x.startedAt)} oleh ${x.startedBy}${x.endedAt ? `, selesai ${this.#l.dateTime(x.endedAt)}` : ' (masih berjalan)'}.
          ${
            power
              ? html`Genset mengambil alih: ${x.drill?.gensetAt ? this.#l.dateTime(x.drill.gensetAt) : '—'}; listrik PLN kembali:
                ${x.drill?.mainsBackAt ? this.#l.dateTime(x.drill.mainsBackAt) : '—'}; hasil:
                <b>${x.drill?.outcome === 'ok' ? 'MEMENUHI' : x.drill?.outcome === 'not-ok' ? 'TIDAK MEMENUHI' : 'belum dinilai'}</b>.`
              : html`Ambang batas (${x.thresholds.checklist.id} versi ${x.thresholds.checklist.version}, sha256 ${x.thresholds.checklist.sha256.slice(0, 12)}…):
                ping ≤ ${x.thresholds.latencyFailAboveMs} ms, paket hilang ≤ ${x.thresholds.lossFailAbovePercent}%, throughput ≥ ${x.thresholds.throughputMinMbps} Mbps.
                Uji throughput bergiliran ${x.schedule.parallel} PC sekaligus, ${x.schedule.slotMs} ms per giliran.`
          }
        </p>
        <table>
          <thead>
            <tr>
              <th>Wilayah</th><th>Menjawab</th>
              ${
                power
                  ? html`<th>Baterai/UPS</th><th>Listrik PLN</th><th>Belum bisa dinilai</th><th>Terputus</th>`
                  : html`<th>Median ping ke server</th><th>Median ping ke hub</th><th>Median throughput</th><th>PC terburuk</th>`
              }
            </tr>
          </thead>
          <tbody>
            ${groups.map((g) => this.#row(g, before(g), power))}
          </tbody>
        </table>
        ${power ? this.#upsTable(x) : nothing}
        <p data-no-answer>PC yang tidak menjawab (${x.noAnswer.length}): ${x.noAnswer.join(', ') || '—'}</p>
        ${x.note ? html`<p>Catatan: ${x.note}</p>` : nothing}
        <p>${x.witnesses.length ? `Disaksikan di SiapCAT oleh: ${x.witnesses.map((w) => `${w.username} (${w.role}, ${this.#l.dateTime(w.at)})`).join(', ')}.` : ''}</p>
        <div class="sign-grid">
          ${['Panselda', 'Tim CAT', 'Tim pemantauan'].map(
            (r) =>
              html`<div class="sign"><div>${r}</div><div class="space"></div><div>(..............................)</div><div>NIP.</div></div>`,
          )}
        </div>
      </article>`;
  }
}
customElements.define('siap-trial-page', TrialPage);

declare global {
  interface HTMLElementTagNameMap {
    'siap-trial-page': TrialPage;
  }
}
