import type { CheckResult, CheckStatus, ReadinessReport, Role, Verdict } from '../../protocol/check.js';
import { UNKNOWN_FIX } from '../../checklists/evaluate.js';
import { lower, STATUS_WORDS, upper, VERDICT_WORDS } from '../../protocol/glossary.js';
import type { Lang, Localized } from '../../protocol/i18n.js';
import { formatLocalTime } from './time.js';
import { columns, wrapText } from './wrap.js';

/** The table fits a 100-column terminal. */
export const TABLE_WIDTH = 100;
const WIDTHS = [11, 24, 25, 20, 16] as const;
const INDENT = WIDTHS[0] + 1;

const STATUS = (status: CheckStatus): Localized => upper(STATUS_WORDS[status]);
const VERDICT = (verdict: Verdict): Localized => upper(VERDICT_WORDS[verdict]);

const ROLE: Record<Role, Localized> = {
  server: { id: 'server (C.4.b.1.a)', en: 'server (C.4.b.1.a)' },
  'mobile-server': { id: 'server mobile (C.4.b.1.b)', en: 'mobile server (C.4.b.1.b)' },
  client: { id: 'PC peserta / client (C.4.b.2.a)', en: 'candidate PC / client (C.4.b.2.a)' },
};

export function measuredIn(check: CheckResult, lang: Lang): string | null {
  return check.measuredText ? check.measuredText[lang] : check.measured;
}

export function expectedIn(check: CheckResult, lang: Lang): string {
  return check.expectedText ? check.expectedText[lang] : check.expected;
}

export interface RenderContext {
  lang: Lang;
  host?: string;
  /** Where the facts came from: undefined = read live now, else the snapshot file. */
  snapshotFile?: string;
  timeZone: string;
  /** Did a network trial run (else a note says how to run one). */
  trialRan: boolean;
  exitCode: number;
}

/** The human report: header, one row per check, reason and fix under each non-pass row, verdict. */
export function renderTable(report: ReadinessReport, ctx: RenderContext): string {
  const { lang } = ctx;
  const t = (l: Localized) => l[lang];
  const en = lang === 'en';
  const out: string[] = [];
  out.push(en ? 'SiapCAT — exam PC check' : 'SiapCAT — pemeriksaan PC ujian');
  const field = (id: string, enText: string, value: string) => {
    const lines = wrapText(value, TABLE_WIDTH - 17);
    out.push(`${(en ? enText : id).padEnd(15)}: ${lines[0]}`, ...lines.slice(1).map((l) => ' '.repeat(17) + l));
  };
  field('Peran', 'Role', t(ROLE[report.role]));
  const when = formatLocalTime(report.gatheredAt, ctx.timeZone, lang);
  const source = ctx.snapshotFile
    ? en
      ? `snapshot ${ctx.snapshotFile}, taken ${when}`
      : `snapshot ${ctx.snapshotFile}, diambil ${when}`
    : en
      ? `read live ${when}`
      : `dibaca langsung ${when}`;
  field('Mesin', 'Machine', `${ctx.host ?? '?'} · ${source}`);
  field(
    'Daftar periksa',
    'Checklist',
    `${report.checklist.id}@${report.checklist.version} (sha256 ${report.checklist.sha256.slice(0, 12)}…)`,
  );
  out.push('');
  const head = en ? ['STATUS', 'CHECK', 'MEASURED', 'REQUIRED', 'CLAUSE'] : ['STATUS', 'PEMERIKSAAN', 'TERUKUR', 'SYARAT', 'PASAL'];
  out.push(...columns(head, WIDTHS));
  out.push('-'.repeat(TABLE_WIDTH));
  for (const check of report.checks) {
    const measured = measuredIn(check, lang) ?? '–';
    const clause = `${check.clause.replace(/^Lampiran /, '')}${check.level === 'rekomendasi' ? ' R' : ''}`;
    out.push(...columns([t(STATUS(check.status)), t(check.title), measured, expectedIn(check, lang), clause], WIDTHS));
    if (check.status !== 'pass' && check.reason) out.push(...note(en ? 'Why: ' : 'Sebab: ', t(check.reason)));
    // The general "check it by hand" advice for unknowns is said once, under the table.
    if (check.status !== 'pass' && check.fix && check.fix.en !== UNKNOWN_FIX.en)
      out.push(...note(en ? 'Do: ' : 'Tindakan: ', t(check.fix)));
  }
  out.push('-'.repeat(TABLE_WIDTH));
  if (report.checks.some((c) => c.level === 'rekomendasi')) {
    out.push(
      en
        ? 'R = the clause is a recommendation (rekomendasi) the venue holds as required; others are minimums.'
        : 'R = pasal rekomendasi yang diberlakukan sebagai syarat oleh lokasi; lainnya spesifikasi minimal.',
    );
  }
  if (report.checks.some((c) => c.status === 'unknown')) {
    out.push(...wrapText(`${t(STATUS('unknown'))}: ${t(UNKNOWN_FIX)}`, TABLE_WIDTH));
  }
  if (!ctx.trialRan) {
    out.push(
      en
        ? 'The network trial (C.3.b.8.b(2)) did not run: add --ping HUB_ADDRESS to run it.'
        : 'Uji coba jaringan (C.3.b.8.b(2)) tidak dijalankan: tambahkan --ping ALAMAT_HUB untuk menjalankannya.',
    );
  }
  out.push('');
  out.push(summary(report, ctx));
  return out.join('\n') + '\n';
}

function note(label: string, text: string): string[] {
  const width = TABLE_WIDTH - INDENT - label.length;
  return wrapText(text, width).map((line, i) => ' '.repeat(INDENT) + (i === 0 ? label : ' '.repeat(label.length)) + line);
}

function summary(report: ReadinessReport, ctx: RenderContext): string {
  const count = (s: CheckStatus) => report.checks.filter((c) => c.status === s).length;
  const en = ctx.lang === 'en';
  const parts = en
    ? [
        `${count('fail')} failed`,
        `${count('unknown')} ${lower(STATUS_WORDS.unknown).en}`,
        `${count('warn')} warning${count('warn') === 1 ? '' : 's'}`,
        `${count('pass')} passed`,
      ]
    : [
        `${count('fail')} gagal`,
        `${count('unknown')} ${lower(STATUS_WORDS.unknown).id}`,
        `${count('warn')} peringatan`,
        `${count('pass')} lulus`,
      ];
  const verdict = VERDICT(report.verdict)[ctx.lang];
  return en
    ? `Result: ${verdict} — ${parts.join(', ')} (exit code ${ctx.exitCode})`
    : `Hasil: ${verdict} — ${parts.join(', ')} (kode keluar ${ctx.exitCode})`;
}

/** The `--json` object: one line of JSON with titles, texts and reasons in the chosen language. */
export function reportJson(report: ReadinessReport, lang: Lang): object {
  return {
    role: report.role,
    verdict: report.verdict,
    checklist: report.checklist,
    checks: report.checks.map((c) => ({
      id: c.id,
      status: c.status,
      measured: measuredIn(c, lang),
      expected: expectedIn(c, lang),
      clause: c.clause,
      title: c.title[lang],
      level: c.level,
      ...(c.reason ? { reason: c.reason[lang] } : {}),
      ...(c.fix ? { fix: c.fix[lang] } : {}),
    })),
  };
}
