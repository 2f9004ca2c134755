import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom, startExamHub, type ExamHub } from './helpers.js';

let t: ExamHub | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const SITI = { participantNumber: '24300110120000001', nik: '6310015503920001' };
const RINA = { participantNumber: '24300110120000003', nik: '6310014107950003' };

async function ready(random?: ReturnType<typeof seededRandom>): Promise<{ t: ExamHub; id: string }> {
  t = await startExamHub(undefined, random);
  const id = await t.session();
  await t.importRoster(id, 'comma-lf.csv');
  return { t, id };
}

describe('check-in desk', () => {
  it('registers a participant: 201 with the PIN once, the participant and the printable slip', async () => {
    // A seeded random source, so the PIN searched for below is the same every run.
    const { t, id } = await ready(seededRandom(2026));
    const res = await t.api(`/api/sessions/${id}/checkins`, {
      body: { participantNumber: '  24300110120000001\r\n', nik: '6310 0155 0392 0001' },
    });
    expect(res.status).toBe(201);
    expect(res.body.pin).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(res.body.participant).toMatchObject({
      number: '24300110120000001',
      name: 'Siti Aisyah, S.Pd',
      jabatan: 'Guru Ahli Pertama',
      room: 'R1',
      seat: '1',
      status: 'present',
      checkedInTime: '06:30',
      checkedInBy: 'admin',
      pin: { issuedBy: 'admin', reissues: 0 },
    });
    expect(res.body.slip).toMatchObject({
      venueName: 'Gedung Serbaguna Batulicin',
      sessionName: 'SKD Sesi 1',
      date: '23/11/2026',
      start: '08:00',
      zone: 'WITA',
      room: 'R1',
      seat: '1',
      pin: res.body.pin,
      durationMinutes: 100,
    });
    // The PIN is stored only as a hash: it appears nowhere in the database.
    const db = t.hub.ctx.db;
    const pins = db.prepare('SELECT pin_hash FROM exam_pins').all() as Array<{ pin_hash: string }>;
    expect(pins).toHaveLength(1);
    expect(pins[0]!.pin_hash).toMatch(/^[0-9a-f]{64}$/);
    const dump = JSON.stringify(db.prepare('SELECT * FROM exam_pins').all()) + JSON.stringify(db.prepare('SELECT * FROM audit_log').all());
    expect(res.body.pin).toMatch(/[G-Z]/);
    expect(dump).not.toContain(res.body.pin);
  });

  it('finds the number inside a QR payload and flags a blind participant with the longer duration', async () => {
    const { t, id } = await ready();
    const res = await t.api(`/api/sessions/${id}/checkins`, {
      body: { participantNumber: `https://sscasn.example/kartu?no=${RINA.participantNumber}&s=1`, nik: RINA.nik },
    });
    expect(res.status).toBe(201);
    expect(res.body.participant).toMatchObject({ blind: true, disability: 'Tunanetra', durationMinutes: 130 });
    expect(res.body.slip).toMatchObject({ blind: true, durationMinutes: 130 });
    const lookup = await t.api(`/api/sessions/${id}/lookup?scan=${encodeURIComponent(' 24300110120000004\n')}`);
    expect(lookup.body.participant).toMatchObject({ name: 'Ahmad Fauzi', room: 'R2', status: 'absent' });
  });

  it('detects a second check-in: 409 with the earlier time and no new PIN', async () => {
    const { t, id } = await ready();
    await t.api(`/api/sessions/${id}/checkins`, { body: SITI });
    t.clock.advance(4 * 60_000);
    const again = await t.api(`/api/sessions/${id}/checkins`, { body: SITI });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'already-checked-in',
      message: expect.stringContaining('sudah registrasi pada 23/11/2026 pukul 06.30 WITA oleh admin'),
      details: { checkedInAt: '2026-11-22T22:30:00.000Z', by: 'admin', participant: { name: 'Siti Aisyah, S.Pd' } },
    });
    expect((t.hub.ctx.db.prepare('SELECT count(*) AS n FROM exam_pins').get() as { n: number }).n).toBe(1);
  });

  it('refuses a NIK mismatch and an unknown number, records and counts them, and never issues a PIN', async () => {
    const { t, id } = await ready();
    const mismatch = await t.api(`/api/sessions/${id}/checkins`, { body: { ...SITI, nik: '6310015503929999' } });
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.error).toMatchObject({
      code: 'nik-mismatch',
      message: expect.stringContaining('Identitas tidak cocok'),
      en: expect.stringContaining('Identity does not match'),
    });
    expect(mismatch.body.error.details.participant.status).toBe('refused');
    const unknown = await t.api(`/api/sessions/${id}/checkins`, {
      body: { participantNumber: '99999999', nik: SITI.nik },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('not-on-roster');
    const typo = await t.api(`/api/sessions/${id}/checkins`, { body: { ...SITI, nik: '63100155039' } });
    expect(typo.status).toBe(400);
    expect(typo.body.error.code).toBe('nik-invalid');

    const attendance = await t.api(`/api/sessions/${id}/attendance`);
    expect(attendance.body).toMatchObject({ registered: 5, present: 0, absent: 5, refused: 1 });
    const refusals = await t.api(`/api/sessions/${id}/refusals`);
    expect(refusals.body.refusals.map((r: { code: string; nikMasked: string }) => [r.code, r.nikMasked])).toEqual([
      ['not-on-roster', '6310********0001'],
      ['nik-mismatch', '6310********9999'],
    ]);
    const audit = await t.api(`/api/sessions/${id}/audit`);
    expect(audit.body.entries.filter((e: { action: string }) => e.action === 'checkin.refused')).toHaveLength(2);
    // The refused person can still register with the right identity.
    expect((await t.api(`/api/sessions/${id}/checkins`, { body: SITI })).status).toBe(201);
  });

  it('points a participant of another session to it', async () => {
    const { t, id } = await ready();
    const other = await t.session({ name: 'SKD Sesi 2', startsAt: '2026-11-23T10:00:00+08:00' });
    await t.importRoster(other, 'library.xlsx');
    const res = await t.api(`/api/sessions/${id}/checkins`, {
      body: { participantNumber: '24300110120000031', nik: '6310015503920031' },
    });
    expect(res.status).toBe(404);
    expect(res.body.error.message).toContain('terdaftar di sesi SKD Sesi 2 (mulai 23/11/2026 10.00 WITA)');
  });

  it('closes PIN issuance 5 minutes before the start with the reason; a supervisor override is audited', async () => {
    const { t, id } = await ready();
    t.clock.set('2026-11-23T07:55:00+08:00');
    const late = await t.api(`/api/sessions/${id}/checkins`, { body: SITI });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({
      code: 'window-closed',
      message: expect.stringContaining('ditutup pukul 07.55 WITA (5 menit sebelum mulai 08.00)'),
    });
    expect((await t.api(`/api/sessions/${id}`)).body.pinWindowOpen).toBe(false);

    const shortReason = await t.api(`/api/sessions/${id}/checkins`, { body: { ...SITI, override: { reason: '' } } });
    expect(shortReason.status).toBe(400);
    const overridden = await t.api(`/api/sessions/${id}/checkins`, {
      body: { ...SITI, override: { reason: 'Terlambat karena banjir, disetujui ketua' } },
    });
    expect(overridden.status).toBe(201);
    expect(overridden.body.participant.override).toEqual({
      by: 'admin',
      reason: 'Terlambat karena banjir, disetujui ketua',
    });
    const actions = (await t.api(`/api/sessions/${id}/audit`)).body.entries.map((e: { action: string }) => e.action);
    expect(actions.slice(0, 4)).toEqual(['pin.override', 'pin.issued', 'checkin.registered', 'checkin.refused']);
    const attendance = await t.api(`/api/sessions/${id}/attendance`);
    expect(attendance.body).toMatchObject({ present: 1, refused: 0 });
  });

  it('refuses a desk working on a session whose registration has not opened, recording nothing', async () => {
    const { t } = await ready();
    const tomorrow = await t.session({ name: 'SKB Hari 2', startsAt: '2026-11-24T08:00:00+08:00', kind: 'SKB' });
    await t.importRoster(tomorrow, 'comma-lf.csv');
    const res = await t.api(`/api/sessions/${tomorrow}/checkins`, { body: SITI });
    expect(res.status).toBe(409);
    expect(res.body.error).toMatchObject({
      code: 'registration-not-open',
      message: expect.stringContaining('dibuka 24/11/2026 pukul 04.00 WITA'),
    });
    expect((await t.api(`/api/sessions/${tomorrow}/refusals`)).body.refusals).toEqual([]);
  });

  it('honours a per-session closing time', async () => {
    const { t, id } = await ready();
    await t.api(`/api/sessions/${id}`, { method: 'PATCH', body: { pinCloseMinutes: 30 } });
    t.clock.set('2026-11-23T07:31:00+08:00');
    const res = await t.api(`/api/sessions/${id}/checkins`, { body: SITI });
    expect(res.body.error.message).toContain('ditutup pukul 07.30 WITA (30 menit sebelum mulai 08.00)');
  });
});

describe('PIN re-issue and verification', () => {
  it('re-issues a lost PIN: the old one stops working, the new one works, who and why audited', async () => {
    const { t, id } = await ready();
    const first = await t.api(`/api/sessions/${id}/checkins`, { body: SITI });
    const reissue = await t.api(`/api/sessions/${id}/participants/${SITI.participantNumber}/pin/reissue`, {
      body: { reason: 'Slip PIN hilang di loker' },
    });
    expect(reissue.status).toBe(201);
    expect(reissue.body.pin).not.toBe(first.body.pin);
    expect(reissue.body.participant.pin.reissues).toBe(1);
    const verify = (pin: string) => t.api(`/api/sessions/${id}/pins/verify`, { body: { participantNumber: SITI.participantNumber, pin } });
    expect((await verify(first.body.pin)).status).toBe(422);
    const ok = await verify(reissue.body.pin.toLowerCase());
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ valid: true, participant: { number: SITI.participantNumber } });
    const entry = (await t.api(`/api/sessions/${id}/audit`)).body.entries.find((e: { action: string }) => e.action === 'pin.reissued');
    expect(entry).toMatchObject({
      actor: 'admin',
      subject: SITI.participantNumber,
      data: { reason: 'Slip PIN hilang di loker' },
    });
  });

  it('refuses a re-issue for someone not checked in, and after the window without an override', async () => {
    const { t, id } = await ready();
    const none = await t.api(`/api/sessions/${id}/participants/${SITI.participantNumber}/pin/reissue`, {
      body: { reason: 'hilang' },
    });
    expect(none.status).toBe(409);
    expect(none.body.error.code).toBe('not-checked-in');
    await t.api(`/api/sessions/${id}/checkins`, { body: SITI });
    t.clock.set('2026-11-23T07:58:00+08:00');
    const late = await t.api(`/api/sessions/${id}/participants/${SITI.participantNumber}/pin/reissue`, {
      body: { reason: 'hilang' },
    });
    expect(late.body.error.code).toBe('pin-window-closed');
    const overridden = await t.api(`/api/sessions/${id}/participants/${SITI.participantNumber}/pin/reissue`, {
      body: { reason: 'hilang', override: { reason: 'peserta sudah di ruang, PIN tertinggal' } },
    });
    expect(overridden.status).toBe(201);
  });

  it('locks a participant after 5 wrong PINs, audits the lockout, and unlocks after 15 minutes', async () => {
    const { t, id } = await ready();
    const { body } = await t.api(`/api/sessions/${id}/checkins`, { body: SITI });
    const verify = (pin: string) => t.api(`/api/sessions/${id}/pins/verify`, { body: { participantNumber: SITI.participantNumber, pin } });
    for (let left = 4; left >= 0; left--) {
      const wrong = await verify('ZZZZZZ' === body.pin ? 'YYYYYY' : 'ZZZZZZ');
      expect(wrong.status).toBe(422);
      expect(wrong.body.error.details.attemptsLeft).toBe(left);
    }
    const locked = await verify(body.pin);
    expect(locked.status).toBe(429);
    expect(locked.body.error).toMatchObject({
      code: 'pin-locked',
      message: expect.stringContaining('setelah pukul 06.45 WITA'),
    });
    expect((await t.api(`/api/sessions/${id}/audit`)).body.entries[0].action).toBe('pin.locked');
    t.clock.advance(15 * 60_000);
    expect((await verify(body.pin)).status).toBe(200);
  });
});
