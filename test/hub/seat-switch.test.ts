import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SeatSwitch, SeatSwitchesResponse } from '../../protocol/seat-switch.js';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';
import { rosterCsv, switchPlan } from '../helpers/switch.js';
import { WRITE_RESPONSES } from '../../protocol/write-responses.js';
import { describeMismatch } from '../helpers/contract.js';

const TOKEN = 'token-lokasi-uji-2026';
let hub: TestHub;
let admin: string;
let operator: string;
let running: string;
let later: string;
const agents = new Map<string, TestAgent>();

async function pc(id: string, seat: number, statuses: Parameters<typeof report>[0] = READY) {
  const a = testAgent(hub.url, { id, token: TOKEN, placement: { serverId: 'S1', roomId: 'R1', seat } });
  agents.set(id, a);
  a.link.start();
  await until(() => a.link.state === 'open', `${id} welcome`);
  a.link.submit(report(statuses));
  await until(() => a.link.pending === 0, `${id} ack`);
}

const post = (token: string, body: Record<string, unknown>) => hub.api('/api/custody/switches', { token, body });

beforeAll(async () => {
  hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
  admin = await hub.login();
  expect((await hub.api('/api/venue/plan', { token: admin, body: switchPlan() })).status).toBe(200);
  expect(
    (await hub.api('/api/users', { token: admin, body: { username: 'meja-1', password: 'sandi-operator-2026', role: 'operator' } })).status,
  ).toBe(201);
  operator = (await hub.api('/api/login', { body: { username: 'meja-1', password: 'sandi-operator-2026' } })).body.token;
  const at = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  running = (await hub.api('/api/sessions', { token: admin, body: { name: 'SKD Sesi 1', startsAt: at(30), kind: 'SKD', rooms: ['R1'] } }))
    .body.id;
  later = (await hub.api('/api/sessions', { token: admin, body: { name: 'SKD Sesi 9', startsAt: at(600), kind: 'SKD', rooms: ['R1'] } }))
    .body.id;
  for (const id of [running, later]) {
    const res = await hub.api(`/api/sessions/${id}/roster`, { token: admin, body: rosterCsv(4), headers: { 'content-type': 'text/csv' } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  for (let seat = 1; seat <= 5; seat++) await pc(`PC-${seat}`, seat);
  await pc('PC-7', 7, { ...READY, 'ram-size': 'fail' });
  await pc('PC-8', 8);
  agents.get('PC-8')!.link.stop();
  await until(async () => (await hub.api('/api/machines/PC-8', { token: admin })).body.online === false, 'PC-8 off');
});

afterAll(async () => {
  for (const a of agents.values()) a.link.stop();
  await hub?.stop();
});

describe('reserve-PC seat switch', () => {
  it('refuses what cannot be a switch, in both languages, storing nothing', async () => {
    const base = { sessionId: running, fromRoomId: 'R1', fromSeat: 1, toRoomId: 'R1', toSeat: 5, reason: 'PC mati mendadak' };
    const cases: Array<[Record<string, unknown>, number, string, RegExp]> = [
      [{ ...base, sessionId: later }, 409, 'session-not-running', /tidak sedang berlangsung/],
      [{ ...base, sessionId: 'TIDAK-ADA' }, 404, 'session-not-found', /tidak ada/],
      [{ ...base, toSeat: 99 }, 404, 'seat-unknown', /Kursi 99 di ruang R1 tidak ada/],
      [{ ...base, toSeat: 2 }, 409, 'reserve-occupied', /sudah ditempati peserta 24300110120000002/],
      [{ ...base, toSeat: 6 }, 409, 'reserve-no-pc', /tidak punya PC ujian/],
      [{ ...base, toSeat: 7 }, 409, 'reserve-not-ready', /PC cadangan PC-7 tidak siap/],
      [{ ...base, toSeat: 8 }, 409, 'reserve-not-ready', /PC cadangan PC-8 offline/],
      [{ ...base, toSeat: 1 }, 400, 'switch-same-seat', /sama/],
      [{ ...base, fromSeat: 6 }, 400, 'switch-participant-needed', /Isi nomor peserta/],
      [{ ...base, participantNumber: '24300110120000003' }, 409, 'switch-seat-other', /ditempati peserta 24300110120000001/],
      [{ ...base, participantNumber: '999' }, 404, 'switch-participant-unknown', /999/],
      [{ ...base, fromSeat: 6, participantNumber: '24300110120000003' }, 409, 'switch-participant-elsewhere', /kursi 3 ruang R1/],
      [{ ...base, reason: 'x' }, 400, 'invalid', /tidak valid/],
      [{ ...base, fromSeat: 0 }, 400, 'invalid', /tidak valid/],
    ];
    for (const [body, status, code, message] of cases) {
      const res = await post(admin, body);
      expect(res.status, `${JSON.stringify(body)} -> ${JSON.stringify(res.body)}`).toBe(status);
      if (code !== 'invalid') expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toMatch(message);
      expect(res.body.error.en).toMatch(/\w+ \w+/);
      expect(res.body.error.en).not.toBe(res.body.error.message);
    }
    expect((await post(operator, base)).status).toBe(403);
    expect(((await hub.api('/api/custody/switches', { token: operator })).body as SeatSwitchesResponse).switches).toEqual([]);
  });

  it('moves the participant to the ready reserve PC, audited in the chain, and the seats follow', async () => {
    const res = await post(admin, {
      sessionId: running,
      fromRoomId: 'R1',
      fromSeat: 1,
      toRoomId: 'R1',
      toSeat: 5,
      reason: 'PC mati mendadak',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(WRITE_RESPONSES['POST /api/custody/switches']!.status).toContain(201);
    expect(describeMismatch(WRITE_RESPONSES['POST /api/custody/switches']!.schema!, res.body)).toEqual([]);
    const done = res.body as SeatSwitch;
    expect(done).toMatchObject({
      sessionId: running,
      participantNumber: '24300110120000001',
      participantName: 'Peserta 1',
      from: { roomId: 'R1', seat: 1, pcId: 'PC-1' },
      to: { roomId: 'R1', seat: 5, pcId: 'PC-5' },
      reason: 'PC mati mendadak',
      by: 'admin',
    });
    // Seat 1 is empty now, seat 5 taken: the same switch again is refused both ways.
    const again = await post(admin, { sessionId: running, fromRoomId: 'R1', fromSeat: 1, toRoomId: 'R1', toSeat: 5, reason: 'lagi' });
    expect(again.body.error.code).toBe('switch-participant-needed');
    const into = await post(admin, { sessionId: running, fromRoomId: 'R1', fromSeat: 2, toRoomId: 'R1', toSeat: 5, reason: 'PC hang' });
    expect(into.body.error.code).toBe('reserve-occupied');
    const list = (await hub.api(`/api/custody/switches?session=${running}`, { token: operator })).body as SeatSwitchesResponse;
    expect(list.switches).toEqual([done]);
    expect(list.running).toEqual([{ id: running, name: 'SKD Sesi 1' }]);
    const audit = (await hub.api(`/api/sessions/${running}/audit`, { token: admin })).body.entries as Array<{ action: string; data: any }>;
    const entry = audit.find((e) => e.action === 'custody.seat-switched');
    expect(entry?.data).toMatchObject({ participant: '24300110120000001', from: { seat: 1, pcId: 'PC-1' }, to: { seat: 5, pcId: 'PC-5' } });
    expect((await hub.api('/api/audit/verify', { token: admin })).body).toMatchObject({ intact: true, broken: null });
  });
});
