import { afterEach, describe, expect, it } from 'vitest';
import { unmaskedNiks } from '../helpers/nik-scan.js';
import { startExamHub, type ExamHub } from './helpers.js';

let t: ExamHub | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const SITI = { participantNumber: '24300110120000001', nik: '6310015503920001' };
/** A NIK that is on no roster: it must not be anywhere in the database file. */
const STRANGER = '6371024508880007';

describe('a NIK typed where the participant number belongs', () => {
  it('is refused as input, masked in the answer, never recorded nor counted, at lookup and at check-in', async () => {
    t = await startExamHub();
    const id = await t.session();
    await t.importRoster(id, 'comma-lf.csv');
    for (const typed of [SITI.nik, STRANGER, '6371 0245 0888 0007', `'${STRANGER}\r\n`]) {
      const lookup = await t.api(`/api/sessions/${id}/lookup?scan=${encodeURIComponent(typed)}`);
      expect(lookup.status).toBe(400);
      expect(lookup.body.error.code).toBe('nik-in-card-field');
      const checkin = await t.api(`/api/sessions/${id}/checkins`, { body: { participantNumber: typed, nik: '-' } });
      expect(checkin.status).toBe(400);
      expect(checkin.body.error.code).toBe('nik-in-card-field');
      const text = JSON.stringify([lookup.body, checkin.body]);
      expect(text).not.toMatch(/6310015503920001|6371024508880007|6371 0245/);
      expect(checkin.body.error.message).toContain(typed.includes('6310') ? '6310********0001' : '6371********0007');
    }
    expect((await t.api(`/api/sessions/${id}/refusals`)).body.refusals).toEqual([]);
    expect((await t.api(`/api/sessions/${id}/attendance`)).body).toMatchObject({ refused: 0, present: 0 });

    // A NIK inside a scanned payload, a refused scan, and NIKs in free-text reasons are stored masked.
    const payload = await t.api(`/api/sessions/${id}/checkins`, {
      body: { participantNumber: `https://sscasn.bkn.go.id/cek?nik=${STRANGER}&no=99999999999999999`, nik: '-' },
    });
    expect(payload.status).toBe(404);
    expect((await t.api(`/api/sessions/${id}/refusals`)).body.refusals[0].scanned).toBe(
      'https://sscasn.bkn.go.id/cek?nik=6371********0007&no=99999999999999999',
    );
    const mismatch = await t.api(`/api/sessions/${id}/checkins`, { body: { participantNumber: SITI.participantNumber, nik: STRANGER } });
    expect(mismatch.status).toBe(422);
    expect((await t.api(`/api/sessions/${id}/checkins`, { body: SITI })).status).toBe(201);
    const reissue = await t.api(`/api/sessions/${id}/participants/${SITI.participantNumber}/pin/reissue`, {
      body: { reason: `slip hilang, KTP ${STRANGER.slice(0, 4)} ${STRANGER.slice(4, 8)} ${STRANGER.slice(8, 12)} ${STRANGER.slice(12)}` },
    });
    expect(reissue.status).toBe(201);
    expect((await t.api(`/api/sessions/${id}/attendance`)).body).toMatchObject({ refused: 0, present: 1 });

    const db = t.hub.ctx.db;
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(
      unmaskedNiks({
        db,
        dbPath: t.hub.dbPath,
        lines: t.hub.lines,
        niks: [SITI.nik, STRANGER],
        allowedTables: ['exam_participants'],
        nowhere: [STRANGER],
      }),
    ).toEqual([]);
  });

  it('still finds a participant whose number has 16 digits', async () => {
    t = await startExamHub();
    const id = await t.session();
    const csv = 'No Peserta,NIK,Nama Peserta,Ruang,Kursi\n2430011012000001,6310015503920001,Siti Aisyah,R1,1\n';
    expect((await t.importRoster(id, new TextEncoder().encode(csv))).status).toBe(200);
    const lookup = await t.api(`/api/sessions/${id}/lookup?scan=2430011012000001`);
    expect(lookup.status).toBe(200);
    expect(lookup.body.participant.number).toBe('2430011012000001');
  });
});
