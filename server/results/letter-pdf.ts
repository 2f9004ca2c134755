import type { LetterContent } from '../../protocol/results-responses.js';
import { wallClock } from '../../protocol/time.js';

const pdfText = (s: string) => s.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');

/**
 * The printable Surat Keterangan Telah Mengikuti Seleksi (A4 portrait): who, which session, room and
 * seat, check-in time, the result's status and the rule that judged it, the verification code and
 * where to check it, and a place for the Panselda chair's signature.
 */
export async function letterPdf(
  c: LetterContent,
  code: string,
  signer: { name: string; nip: string; jabatan: string } | undefined,
): Promise<Buffer> {
  // pdfkit and its fonts (~330 ms of modules) are loaded on the first print, not at every hub start.
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Surat keterangan ${c.participantNumber}`, Producer: 'SiapCAT' } });
  const chunks: Buffer[] = [];
  doc.on('data', (b: Buffer) => chunks.push(b));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font('Helvetica-Bold').fontSize(14).text('SURAT KETERANGAN TELAH MENGIKUTI SELEKSI', { align: 'center' });
  doc
    .font('Helvetica')
    .fontSize(10)
    .text(pdfText(`${c.kindLabel} - ${c.sessionName}`), { align: 'center' });
  doc.moveDown(1.5).fontSize(11);
  doc.text('Yang bertanda tangan di bawah ini menerangkan bahwa:');
  doc.moveDown(0.5);
  const rows: Array<[string, string]> = [
    ['Nama', c.name],
    ['Nomor peserta', c.participantNumber],
    ['Jabatan/formasi', c.jabatan || '-'],
    ['Sesi', `${c.sessionName} (${c.sessionId})`],
    ['Hari, tanggal', `${c.day}, ${c.date}, ${wallClock(c.start, 'id')}-${wallClock(c.end, 'id')} ${c.zone}`],
    ['Tempat', c.venue || '-'],
    ['Ruang / kursi', `${c.room || '-'} / ${c.seat || '-'}`],
    ['Registrasi', `${wallClock(c.checkedInTime, 'id')} ${c.zone}`],
    [
      'Hasil',
      c.result ? `${c.result.total} - ${c.result.statusLabel} (aturan ${c.result.rule})` : 'belum tercatat pada saat surat ini dibuat',
    ],
  ];
  for (const [label, value] of rows) {
    const y = doc.y;
    doc.text(label, 72, y, { width: 120 });
    doc.text(`: ${pdfText(value)}`, 192, y, { width: 340 });
    doc.moveDown(0.2);
  }
  doc.x = 56;
  doc.moveDown(1);
  doc.text(
    'telah hadir dan mengikuti seleksi computer assisted test (CAT) tersebut di atas, sesuai catatan registrasi dan hasil pada sistem SiapCAT lokasi ujian. Surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.',
    { align: 'justify' },
  );
  doc.moveDown(2);
  const x = 330;
  doc.text(pdfText(`${c.day}, ${c.date}`), x);
  doc.text(pdfText(signer?.jabatan || 'Ketua Panselda'), x);
  doc.moveDown(4);
  doc.font('Helvetica-Bold').text(pdfText(signer?.name || '..............................'), x);
  doc.font('Helvetica').text(signer?.nip ? `NIP. ${pdfText(signer.nip)}` : 'NIP. ..........................', x);
  doc.x = 56;
  doc.moveDown(3);
  doc.fontSize(9).text(`Kode verifikasi: ${code}`, 56);
  doc.text(
    pdfText(
      `Keaslian surat ini dapat diperiksa pada hub SiapCAT lokasi ujian: menu Hasil, atau GET /api/results/letters/${code}. Diterbitkan ${c.issuedAt}.`,
    ),
    56,
  );
  doc.end();
  return done;
}
