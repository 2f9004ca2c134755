import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { checkedInSession, importResults, N, resultsCsv, userToken } from './helpers.js';

let t: ExamHub | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

/** Documents made here are kept under test-results/documents to look at. */
function keep(name: string, bytes: Uint8Array): void {
  const dir = join(process.cwd(), 'test-results', 'documents');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
}

async function raw(path: string, token: string) {
  const res = await fetch(`${t!.hub.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    disposition: res.headers.get('content-disposition') ?? '',
    bytes: new Uint8Array(await res.arrayBuffer()),
  };
}

describe('results documents: announcement exports and letters', () => {
  it('exports the announcement as CSV (formula cells neutralised), XLSX (numbers kept as text) and PDF, for admin and auditor only', async () => {
    t = await startExamHub();
    const id = await t.session();
    const roster = new TextEncoder().encode(
      'No Peserta;NIK;Nama;Ruang;Kursi\r\n' +
        `${N(1)};6310015503920001;=HYPERLINK("http://contoh.invalid","klik");R1;1\r\n` +
        `${N(2)};6310010204900002;Budi Santoso;R1;2\r\n`,
    );
    expect((await t.importRoster(id, roster)).body.registered).toBe(2);
    await t.api(`/api/sessions/${id}/checkins`, { body: { participantNumber: N(1), nik: '6310015503920001' } });
    t.clock.set('2026-11-23T09:45:00+08:00');
    const imported = await importResults(t, id, resultsCsv([`${N(1)};;100;120;170;390;09:35`, `${N(2)};;60;85;170;315;09:36`]));
    expect(imported.body.imported).toBe(2);

    const csv = await raw(`/api/sessions/${id}/results/export?format=csv`, t.token);
    expect(csv.status).toBe(200);
    expect(csv.disposition).toContain(`pengumuman-hasil-${id}.csv`);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.bytes);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parse(text.slice(1), { relax_column_count: true }) as string[][];
    const header = rows.findIndex((r) => r[0] === 'No');
    expect(rows[header]).toEqual(['No', 'Nomor Peserta', 'Nama', 'Ruang', 'TWK', 'TIU', 'TKP', 'Jumlah', 'Keterangan']);
    expect(rows[header + 1]).toEqual([
      '1',
      N(1),
      `'=HYPERLINK("http://contoh.invalid","klik")`,
      'R1',
      '100',
      '120',
      '170',
      '390',
      'Memenuhi ambang batas',
    ]);
    expect(rows[header + 2]![8]).toBe('Tidak memenuhi ambang batas');
    expect(text).not.toMatch(/6310\d{12}/);

    const xlsx = await raw(`/api/sessions/${id}/results/export?format=xlsx`, t.token);
    const sheet = (await readXlsxFile(Buffer.from(xlsx.bytes))) as unknown as Array<{ data: unknown[][] }>;
    const data = sheet[0]!.data;
    const first = data.find((r) => r[1] === N(1));
    expect(first).toEqual([1, N(1), '=HYPERLINK("http://contoh.invalid","klik")', 'R1', 100, 120, 170, 390, 'Memenuhi ambang batas']);

    const pdf = await raw(`/api/sessions/${id}/results/export?format=pdf`, t.token);
    expect(pdf.type).toBe('application/pdf');
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    expect(pdf.bytes.length).toBeGreaterThan(1500);
    keep('results-announcement.pdf', pdf.bytes);

    const auditor = await userToken(t, 'auditor1', 'auditor');
    expect((await raw(`/api/sessions/${id}/results/export?format=csv`, auditor)).status).toBe(200);
    const monitor = await userToken(t, 'tv1', 'monitor');
    expect((await raw(`/api/sessions/${id}/results/export?format=csv`, monitor)).status).toBe(403);
    expect((await raw(`/api/sessions/${id}/results/board`, monitor)).status).toBe(200);
    expect((await raw(`/api/sessions/${id}/results/export?format=docx`, t.token)).status).toBe(400);
  });

  it('issues a letter only to who checked in; its code verifies, tells when the record changed, and cannot be forged', async () => {
    t = await startExamHub();
    const id = await checkedInSession(t);
    t.clock.set('2026-11-23T09:45:00+08:00');
    await importResults(t, id, resultsCsv([`${N(1)};;100;120;170;390;09:35`]));

    const issued = await t.api(`/api/sessions/${id}/results/${N(1)}/letter`, { method: 'POST' });
    expect(issued.status).toBe(201);
    expect(issued.body.code).toMatch(/^[A-Z2-7]{4}(-[A-Z2-7]{4}){4}$/);
    expect(issued.body.content).toMatchObject({
      participantNumber: N(1),
      name: 'Siti Aisyah, S.Pd',
      room: 'R1',
      seat: '1',
      checkedInTime: '06:30',
      result: { total: 390, status: 'memenuhi', rule: 'skd-cpns-2024@1.0.0' },
    });
    expect(JSON.stringify(issued.body)).not.toMatch(/6310\d{12}/);
    const code: string = issued.body.code;

    const typedBack = code.toLowerCase().replace(/-/g, ' ');
    const ok = await t.api(`/api/results/letters/${encodeURIComponent(typedBack)}`);
    expect(ok.body).toMatchObject({ valid: true, code, stillCurrent: true, changes: [] });
    const pdf = await raw(`/api/results/letters/${code}/pdf`, t.token);
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
    keep('results-letter.pdf', pdf.bytes);

    // Without the letter a participant absent from the desk gets none.
    const absent = await t.api(`/api/sessions/${id}/results/${N(4)}/letter`, { method: 'POST' });
    expect(absent.status).toBe(409);
    expect(absent.body.error.en).toContain('did not check in');

    // A correction afterwards: the letter stays genuine but no longer current.
    await t.api(`/api/sessions/${id}/results/${N(1)}`, {
      body: { scores: { TWK: 60, TIU: 120, TKP: 170 }, reason: 'TWK salah baca dari rekap' },
    });
    const later = await t.api(`/api/results/letters/${code}`);
    expect(later.body).toMatchObject({ valid: true, stillCurrent: false });
    expect(later.body.changes[0].en).toContain('now 350, Tidak memenuhi ambang batas');

    // Guessing or editing: an unknown code is refused; a stored letter edited in the database no longer verifies.
    expect((await t.api('/api/results/letters/AAAA-AAAA-AAAA-AAAA-AAAA')).status).toBe(404);
    expect((await t.api('/api/results/letters/%3Cscript%3E')).status).toBe(404);
    t.hub.ctx.db.prepare('UPDATE results_letters SET content = replace(content, \'"total":390\', \'"total":450\')').run();
    expect((await t.api(`/api/results/letters/${code}`)).body.valid).toBe(false);
    const audit = (await t.api(`/api/sessions/${id}/audit`)).body.entries as Array<{ action: string; data: any }>;
    expect(audit.find((e) => e.action === 'letter.issued')?.data).toEqual({ code });
  });

  it("signs the rekap in the venue's town on the session's day, and names the venue the session left out", async () => {
    t = await startExamHub();
    const id = await t.session({ venueName: '' });
    const bare = (await t.api(`/api/sessions/${id}/results/rekap`)).body;
    expect(bare.placeDate).toEqual({ id: '...................., 23 November 2026', en: '...................., 23 November 2026' });
    const venue = { name: 'Gedung Serbaguna Batulicin', address: 'Jl. Dharma Praja No. 1', city: 'Batulicin', timeZone: 'Asia/Makassar' };
    expect((await t.api('/api/venue', { method: 'PUT', body: venue })).status).toBe(200);
    const rekap = (await t.api(`/api/sessions/${id}/results/rekap`)).body;
    expect(rekap.placeDate).toEqual({ id: 'Batulicin, 23 November 2026', en: 'Batulicin, 23 November 2026' });
    expect(rekap.venue).toEqual({ name: 'Gedung Serbaguna Batulicin', address: 'Jl. Dharma Praja No. 1' });
  });
});
