import type { Lang } from '../../../../protocol/i18n.js';
import { neutraliseCell } from '../../../../protocol/spreadsheet.js';
import { expectedOf, measuredOf, type MachineRow } from '../../data/contract.js';
import { LEVEL_LABEL, ROLE_LABEL, STATUS_LABEL } from '../../i18n/common.js';
import { formatDateTime } from '../../i18n/format.js';
import { SHOW_LABEL, showOf } from '../../ui/machine-state.js';

/**
 * CSV of every machine and its checks, one row per check (a machine without a report gets one row).
 * Indonesian uses ';' (what Excel expects with Indonesian regional settings, where ',' is the
 * decimal mark), English ','. UTF-8 with a BOM so Excel reads the accents and the ≥ signs; CRLF
 * line ends; cells that start like a formula are prefixed with ' so a spreadsheet never runs them.
 */
export function csvCell(value: string | number | boolean | null | undefined, delimiter: string): string {
  const text = neutraliseCell(value === null || value === undefined ? '' : String(value));
  return text.includes(delimiter) || /["\r\n]/.test(text) || text.startsWith("'")
    ? `"${text.replace(/"/g, '""')}"`
    : text;
}

const HEADERS: Record<Lang, string[]> = {
  id: ['pc', 'peran', 'ruang', 'kursi', 'server', 'status_pc', 'laporan_terakhir', 'daftar_periksa', 'id_pemeriksaan', 'pemeriksaan', 'hasil', 'terukur', 'syarat', 'pasal', 'tingkat', 'yang_harus_dilakukan'],
  en: ['pc', 'role', 'room', 'seat', 'server', 'pc_state', 'last_report', 'checklist', 'check_id', 'check', 'status', 'measured', 'required', 'clause', 'level', 'what_to_do'],
};

export function delimiterFor(lang: Lang): string {
  return lang === 'id' ? ';' : ',';
}

export function machinesCsv(machines: readonly MachineRow[], lang: Lang, zone: string): string {
  const d = delimiterFor(lang);
  const line = (cells: Array<string | number | boolean | null | undefined>) => cells.map((c) => csvCell(c, d)).join(d);
  const lines = [line(HEADERS[lang])];
  for (const m of machines) {
    const head = [
      m.id,
      ROLE_LABEL[m.role][lang],
      m.roomId,
      m.seat,
      m.serverId,
      SHOW_LABEL[showOf(m)][lang],
      m.reportedAt ? formatDateTime(m.reportedAt, zone, lang) : '',
      m.checklist ? `${m.checklist.id}@${m.checklist.version}` : '',
    ];
    if (m.checks.length === 0) lines.push(line([...head, '', '', '', '', '', '', '', '']));
    for (const c of m.checks) {
      lines.push(
        line([
          ...head,
          c.id,
          c.title[lang],
          STATUS_LABEL[c.status][lang],
          measuredOf(c, lang),
          expectedOf(c, lang),
          c.clause,
          LEVEL_LABEL[c.level][lang],
          c.status === 'pass' ? '' : c.fix?.[lang],
        ]),
      );
    }
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
