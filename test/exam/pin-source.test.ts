import { afterEach, describe, expect, it } from 'vitest';
import { startExamHub, type ExamHub } from './helpers.js';

let t: ExamHub | undefined;
afterEach(async () => {
  await t?.stop();
  t = undefined;
});

const SITI = { participantNumber: '24300110120000001', nik: '6310015503920001' };

describe('the PIN source of a session', () => {
  it("with BKN's CAT registration issuing the PIN: the desk records the identity check, attendance and the slip's reference, and no second PIN", async () => {
    t = await startExamHub();
    const id = await t.session({ pinSource: 'bkn' });
    expect((await t.api(`/api/sessions/${id}`)).body.pinSource).toBe('bkn');
    await t.importRoster(id, 'comma-lf.csv');

    const res = await t.api(`/api/sessions/${id}/checkins`, { body: { ...SITI, slipRef: ' BKN-SKD-000123 ' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ pin: null, slip: null, pinSource: 'bkn', slipRef: 'BKN-SKD-000123', participant: { status: 'present', pin: null } });
    const db = t.hub.ctx.db;
    expect(db.prepare('SELECT count(*) AS n FROM exam_pins').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT slip_ref FROM exam_checkins').all()).toEqual([{ slip_ref: 'BKN-SKD-000123' }]);
    const audit = (await t.api(`/api/sessions/${id}/audit`)).body.entries;
    expect(audit[0]).toMatchObject({ action: 'checkin.registered', data: { pinSource: 'bkn', slipRef: 'BKN-SKD-000123' } });
    expect(audit.map((e: { action: string }) => e.action)).not.toContain('pin.issued');
    expect((await t.api(`/api/sessions/${id}/attendance`)).body).toMatchObject({ present: 1 });

    // The identity check still refuses; a second check-in is still detected.
    expect((await t.api(`/api/sessions/${id}/checkins`, { body: { participantNumber: '24300110120000003', nik: SITI.nik } })).status).toBe(422);
    expect((await t.api(`/api/sessions/${id}/checkins`, { body: SITI })).body.error.code).toBe('already-checked-in');

    // No SiapCAT PIN to re-issue or check; the source cannot change under someone already in.
    const reissue = await t.api(`/api/sessions/${id}/participants/${SITI.participantNumber}/pin/reissue`, { body: { reason: 'slip hilang' } });
    expect(reissue.status).toBe(409);
    expect(reissue.body.error.code).toBe('pin-source-bkn');
    expect(reissue.body.error.message).toContain('registrasi CAT BKN');
    expect((await t.api(`/api/sessions/${id}/pins/verify`, { body: { participantNumber: SITI.participantNumber, pin: 'ABC234' } })).body.error.code).toBe('pin-source-bkn');
    const patch = await t.api(`/api/sessions/${id}`, { method: 'PATCH', body: { pinSource: 'siapcat' } });
    expect(patch.status).toBe(409);
    expect(patch.body.error.code).toBe('pin-source-locked');
  });

  it('defaults to SiapCAT issuing the PIN, and can be switched before anyone checked in', async () => {
    t = await startExamHub();
    const id = await t.session();
    expect((await t.api(`/api/sessions/${id}`)).body.pinSource).toBe('siapcat');
    expect((await t.api(`/api/sessions/${id}`, { method: 'PATCH', body: { pinSource: 'bkn' } })).body.pinSource).toBe('bkn');
    expect((await t.api(`/api/sessions/${id}`, { method: 'PATCH', body: { pinSource: 'siapcat' } })).body.pinSource).toBe('siapcat');
    await t.importRoster(id, 'comma-lf.csv');
    const res = await t.api(`/api/sessions/${id}/checkins`, { body: { ...SITI, slipRef: 'ignored' } });
    expect(res.status).toBe(201);
    expect(res.body.pin).toMatch(/^[2-9A-Z]{6}$/);
    expect(res.body).toMatchObject({ pinSource: 'siapcat', slip: { pin: res.body.pin } });
    expect(t.hub.ctx.db.prepare('SELECT slip_ref FROM exam_checkins').all()).toEqual([{ slip_ref: null }]);
    expect((await t.api(`/api/sessions/${id}`, { method: 'PATCH', body: { pinSource: 'nonsense' } })).status).toBe(400);
  });
});
