import { html } from 'lit';
import type { BeritaAcara } from '../../../../protocol/exam.js';
import type { Localized } from '../../../../protocol/i18n.js';

type T = (text: Localized) => string;

const msg = {
  section: { id: 'Hasil seleksi', en: 'Selection results' },
  counts: (c: NonNullable<BeritaAcara['results']>['counts']): Localized => ({
    id: `Dari ${c.present} peserta hadir, ${c.withResult} memiliki hasil: ${c.memenuhi} memenuhi ambang batas, ${c.tidakMemenuhi} tidak memenuhi, ${c.tidakDinilai} tidak dinilai.`,
    en: `Of ${c.present} present, ${c.withResult} have a result: ${c.memenuhi} meet the passing grade, ${c.tidakMemenuhi} are below it, ${c.tidakDinilai} not judged.`,
  }),
  rule: (id: string, version: string, decree: string, sha: string): Localized => ({
    id: `Aturan ambang batas ${id}@${version} (${decree}; sha256 ${sha.slice(0, 16)}…).`,
    en: `Passing-grade rule ${id}@${version} (${decree}; sha256 ${sha.slice(0, 16)}…).`,
  }),
  anomalies: (n: number): Localized => ({ id: `Anomali kehadiran dan hasil: ${n}.`, en: `Attendance and result anomalies: ${n}.` }),
  unexplained: { id: 'belum dijelaskan', en: 'not explained' },
};

/** The berita acara's results section (Lampiran C.3.b.7.j(2)): counts by status, the rule, the anomalies. */
export function resultsSection(d: BeritaAcara, t: T) {
  const r = d.results;
  if (!r) return html``;
  return html`<h2>${t(msg.section)}</h2>
    <section data-results>
      <p data-results-counts>${t(msg.counts(r.counts))}</p>
      <p class="small" data-results-rule>${t(msg.rule(r.rule.id, r.rule.version, r.rule.decree, r.rule.sha256))}</p>
      <p>${t(msg.anomalies(r.anomalies.length))}</p>
      ${r.anomalies.length
        ? html`<ul data-results-anomalies>
            ${r.anomalies.map(
              (a) => html`<li>${t(a.label)}: ${a.participantNumber} ${a.name}. ${t(a.detail)}
                <em>${a.explanation ? `${a.explanation.text} (${a.explanation.by})` : t(msg.unexplained)}</em></li>`,
            )}
          </ul>`
        : ''}
    </section>`;
}
