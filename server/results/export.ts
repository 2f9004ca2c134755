import { stringify } from 'csv-stringify/sync';
import { neutraliseCell } from '../../protocol/spreadsheet.js';
import type { RekapHasil } from '../../protocol/results-responses.js';

/**
 * The announcement list for the committee (C.3.b.5.g, C.3.b.6.k-l): number, name, room, sub-scores,
 * total and status per participant, with the session and the rule that judged. No NIK: an
 * announcement is public. CSV cells are neutralised against formula injection.
 */
export function announcementHeader(r: RekapHasil): string[] {
  return ['No', 'Nomor Peserta', 'Nama', 'Ruang', ...r.components.map((c) => c.key), 'Jumlah', 'Keterangan'];
}

export function announcementTable(r: RekapHasil): string[][] {
  return r.rows.map((row) => [
    String(row.no),
    row.participantNumber,
    row.name,
    row.room,
    ...r.components.map((c) => (row.scores[c.key] === undefined ? '' : String(row.scores[c.key]))),
    String(row.total),
    row.statusLabel.id,
  ]);
}

const ruleLine = (r: RekapHasil) => `Aturan ambang batas ${r.rule.id}@${r.rule.version} (${r.rule.decree}), sha256 ${r.rule.sha256}`;
const sessionLine = (r: RekapHasil) =>
  `${r.session.name} (${r.session.id}), ${r.session.kindLabel.id}, ${r.session.day} ${r.session.date} ${r.session.start}-${r.session.end} ${r.session.zone}, ${r.venue.name}`;

/** UTF-8 with BOM, comma, CRLF; a title block, the header, the rows; every cell neutralised. */
export function announcementCsv(r: RekapHasil): string {
  const rows = [
    [`PENGUMUMAN HASIL ${r.title.replace(/^REKAP HASIL /, '')}`],
    [sessionLine(r)],
    [ruleLine(r)],
    [],
    announcementHeader(r),
    ...announcementTable(r),
  ].map((row) => row.map(neutraliseCell));
  return stringify(rows, { bom: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}

/** XLSX: participant numbers as Text (all their digits), scores and totals as numbers. */
export async function announcementXlsx(r: RekapHasil): Promise<Buffer> {
  const text = (value: string, bold = false) => ({ value, type: String, format: '@', ...(bold ? { fontWeight: 'bold' as const } : {}) });
  const num = (value: number | undefined) => (value === undefined ? null : { value, type: Number });
  const data = [
    [text(sessionLine(r), true)],
    [text(ruleLine(r))],
    [],
    announcementHeader(r).map((h) => text(h, true)),
    ...r.rows.map((row) => [
      num(row.no),
      text(row.participantNumber),
      text(row.name),
      text(row.room),
      ...r.components.map((c) => num(row.scores[c.key])),
      num(row.total),
      text(row.statusLabel.id),
    ]),
  ];
  const { default: writeXlsxFile } = await import('write-excel-file/node');
  return writeXlsxFile(data as never, {
    sheet: 'Pengumuman',
    columns: [
      { width: 5 },
      { width: 20 },
      { width: 32 },
      { width: 8 },
      ...r.components.map(() => ({ width: 7 })),
      { width: 8 },
      { width: 28 },
    ],
  }).toBuffer();
}

/** The standard PDF fonts speak Windows-1252: anything else prints as '?', never breaks the file. */
const pdfText = (s: string) => s.replace(/[^\x20-\x7e\xa0-\xff]/g, (c) => (c === '≥' ? '>=' : '?'));

/** A4 landscape PDF of the announcement list, a page header repeated, numbered pages. */
export async function announcementPdf(r: RekapHasil): Promise<Buffer> {
  // pdfkit and its fonts (~330 ms of modules) are loaded on the first print, not at every hub start.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 36,
    info: { Title: `Pengumuman hasil ${r.session.id}`, Producer: 'SiapCAT' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const header = announcementHeader(r);
  const widths = [28, 120, 220, 50, ...r.components.map(() => 45), 55, 150];
  const left = doc.page.margins.left;
  const drawRow = (cells: string[], bold: boolean) => {
    if (doc.y > doc.page.height - doc.page.margins.bottom - 30) {
      doc.addPage();
      drawRow(header, true);
    }
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
    let x = left;
    cells.forEach((cell, i) => {
      doc.text(pdfText(cell), x + 2, y, { width: (widths[i] ?? 60) - 4, lineBreak: false, ellipsis: true });
      x += widths[i] ?? 60;
    });
    doc
      .moveTo(left, y + 13)
      .lineTo(x, y + 13)
      .lineWidth(0.5)
      .stroke();
    doc.x = left;
    doc.y = y + 16;
  };
  doc
    .font('Helvetica-Bold')
    .fontSize(14)
    .text(pdfText(`PENGUMUMAN HASIL ${r.title.replace(/^REKAP HASIL /, '')}`), { align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(pdfText(sessionLine(r)), { align: 'center' });
  doc.fontSize(8).text(pdfText(ruleLine(r)), { align: 'center' });
  doc.moveDown(1);
  drawRow(header, true);
  for (const row of announcementTable(r)) drawRow(row, false);
  doc.moveDown(1);
  doc
    .font('Helvetica')
    .fontSize(8)
    .text(pdfText(`Dibuat oleh SiapCAT pada ${r.generatedText.id}.`), left, doc.y);
  doc.end();
  return done;
}
