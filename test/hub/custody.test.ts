import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetPlan } from '../../agent/simulate/fleet.js';
import { Simulator, type HardwareSource } from '../../agent/simulate/simulator.js';
import type { Handover, Seal, SealsResponse } from '../../protocol/custody.js';
import type { TrialDetail } from '../../protocol/custody-responses.js';
import { createFeatures } from '../../server/features.js';
import { rawAgent, until } from '../helpers/agents.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';
import { WRITE_RESPONSES } from '../../protocol/write-responses.js';
import { describeMismatch } from '../helpers/contract.js';

const TOKEN = 'token-lokasi-uji-2026';
const SHAPE = { servers: 2, clients: 24, rooms: 2 };
let hub: TestHub;
let sim: Simulator | undefined;
let admin: string;
let monitor: string;
let operator: string;

const hardware: HardwareSource = { machine: (role) => ({ name: 'ready', report: (at) => report(READY, role, at.toISOString()) }) };

beforeAll(async () => {
  hub = await startTestHub({
    env: { SIAPCAT_ENROLL_TOKEN: TOKEN },
    features: createFeatures({ custody: { timings: { drillSettleMs: 400, graceMs: 3000, flushMs: 100 } } }),
  });
  admin = await hub.login();
  expect((await hub.api('/api/venue/plan', { token: admin, body: fleetPlan(SHAPE, 'Lokasi uji custody') })).status).toBe(200);
  for (const [username, role] of [
    ['tim-pantau', 'monitor'],
    ['meja-1', 'operator'],
  ] as const) {
    expect((await hub.api('/api/users', { token: admin, body: { username, password: `sandi-${role}-2026`, role } })).status).toBe(201);
  }
  monitor = (await hub.api('/api/login', { body: { username: 'tim-pantau', password: 'sandi-monitor-2026' } })).body.token;
  operator = (await hub.api('/api/login', { body: { username: 'meja-1', password: 'sandi-operator-2026' } })).body.token;
});

afterAll(async () => {
  sim?.stop();
  await hub?.stop();
});

describe('room seals', () => {
  it('records a seal on and off; a different number read back raises the session incident automatically', async () => {
    const session = await hub.api('/api/sessions', {
      token: admin,
      body: { name: 'SKD sesi 1', startsAt: '2026-12-04T08:00:00+08:00', kind: 'SKD', rooms: ['R1', 'R2'] },
    });
    expect(session.status).toBe(201);
    const sessionId = session.body.id as string;

    const put = await hub.api('/api/custody/seals', {
      token: admin,
      body: { roomId: 'R1', sealNumber: 'BKN-0001', witnessName: 'Siti (Inspektorat)' },
    });
    expect(put.status).toBe(201);
    const seal = put.body as Seal;
    expect(seal).toMatchObject({ roomId: 'R1', sealNumber: 'BKN-0001', state: 'sealed', installedBy: 'admin' });
    const again = await hub.api('/api/custody/seals', {
      token: admin,
      body: { roomId: 'R1', sealNumber: 'BKN-0009', witnessName: 'Siti' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain('masih bersegel (segel BKN-0001)');
    expect(
      (await hub.api('/api/custody/seals', { token: admin, body: { roomId: 'TIDAK-ADA', sealNumber: 'X1', witnessName: 'Siti' } })).status,
    ).toBe(404);
    expect(
      (await hub.api('/api/custody/seals', { token: monitor, body: { roomId: 'R2', sealNumber: 'X1', witnessName: 'Siti' } })).status,
    ).toBe(403);

    // The monitoring team confirms what it saw, once per person; an operator may not.
    const w = await hub.api(`/api/custody/seals/${seal.id}/witness`, { token: monitor, method: 'POST' });
    expect(w.body).toMatchObject({ added: true, witnesses: [{ username: 'tim-pantau', role: 'monitor' }] });
    expect((await hub.api(`/api/custody/seals/${seal.id}/witness`, { token: monitor, method: 'POST' })).body.added).toBe(false);
    expect((await hub.api(`/api/custody/seals/${seal.id}/witness`, { token: operator, method: 'POST' })).status).toBe(403);

    const opened = await hub.api(`/api/custody/seals/${seal.id}/open`, {
      token: admin,
      body: { sealNumberRead: 'BKN-0002', intact: true, witnessName: 'Siti (Inspektorat)', sessionId },
    });
    expect(opened.status).toBe(200);
    expect(opened.body).toMatchObject({ state: 'broken', anomaly: true, sealNumberRead: 'BKN-0002', sessionId });
    const incidents = (await hub.api(`/api/sessions/${sessionId}/incidents`, { token: admin })).body.incidents;
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toMatchObject({ id: opened.body.incidentId, room: 'R1', kind: 'lainnya' });
    expect(incidents[0].description).toContain('nomor segel terbaca BKN-0002, padahal yang dipasang BKN-0001');
    expect(
      (
        await hub.api(`/api/custody/seals/${seal.id}/open`, {
          token: admin,
          body: { sealNumberRead: 'BKN-0001', intact: true, witnessName: 'x' },
        })
      ).status,
    ).toBe(409);

    // An intact seal with the same number: opened, no incident.
    const r2 = (await hub.api('/api/custody/seals', { token: admin, body: { roomId: 'R2', sealNumber: 'BKN-0003', witnessName: 'Siti' } }))
      .body as Seal;
    const ok = await hub.api(`/api/custody/seals/${r2.id}/open`, {
      token: admin,
      body: { sealNumberRead: 'bkn-0003 ', intact: true, witnessName: 'Siti', sessionId },
    });
    expect(ok.body).toMatchObject({ state: 'opened', anomaly: false, incidentId: null });
    const list = (await hub.api('/api/custody/seals', { token: monitor })).body as SealsResponse;
    expect(list.rooms.map((r) => [r.roomId, r.state])).toEqual([
      ['R1', 'broken'],
      ['R2', 'opened'],
    ]);
    expect((await hub.api('/api/audit/verify', { token: admin })).body).toMatchObject({ intact: true, broken: null });
  });

  it('refuses malformed seal input with the field named, never storing it', async () => {
    for (const body of [
      { roomId: 'R1', sealNumber: '<script>', witnessName: 'x' },
      { roomId: 'R1', sealNumber: 'A'.repeat(41), witnessName: 'x' },
      { roomId: 'R1' },
    ]) {
      const res = await hub.api('/api/custody/seals', { token: admin, body });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/^Pemasangan segel tidak valid/);
    }
    const big = await hub.api('/api/custody/seals', {
      token: admin,
      body: JSON.stringify({ roomId: 'R1', note: 'x'.repeat(200_000) }),
      headers: { 'content-type': 'application/json' },
    });
    expect(big.status).toBe(413);
  });
});

describe('BAST of the mobile server', () => {
  it("matches an item's serial with its server agent's, and names the mismatch", async () => {
    const raw = await rawAgent(hub.url);
    raw.sendJson({
      type: 'hello',
      v: 1,
      id: 'MS-1',
      role: 'mobile-server',
      serverId: 'S2',
      token: TOKEN,
      agent: { version: 'test', serial: 'BKN-MS-7781' },
    });
    await raw.next('welcome');
    const body = (serial: string) => ({
      direction: 'in',
      place: 'Ruang server, Gedung Serbaguna',
      giver: { name: 'Andi (Panselnas)', nip: '198001012005011001', unit: 'BKN Kanreg VIII' },
      receiver: { name: 'Budi', nip: '', unit: 'Panselda Tanah Bumbu' },
      witnessNames: ['Siti (Inspektorat)'],
      items: [
        {
          kind: 'mobile-server',
          description: 'Server mobile CAT',
          serial,
          sealNumbers: ['S-11', 'S-12'],
          sealCondition: 'utuh',
          serverId: 'S2',
        },
        { kind: 'kabel', description: 'Kabel daya', sealCondition: 'tanpa-segel' },
      ],
    });
    const good = await hub.api('/api/custody/handovers', { token: admin, body: body(' bkn-ms-7781') });
    expect(good.status).toBe(201);
    expect((good.body as Handover).items[0]!.serialCheck).toMatchObject({
      match: true,
      reported: 'BKN-MS-7781',
      agentId: 'MS-1',
      warning: null,
    });
    const bad = (await hub.api('/api/custody/handovers', { token: admin, body: body('BKN-MS-0000') })).body as Handover;
    expect(bad.items[0]!.serialCheck?.warning?.id).toBe(
      'Nomor seri server S2 tidak cocok: BAST menulis BKN-MS-0000, agen MS-1 membaca BKN-MS-7781. Periksa apakah server yang diterima adalah server yang disegel.',
    );
    expect(bad.items[1]!.serialCheck).toBeNull();
    const nip = await hub.api('/api/custody/handovers', { token: admin, body: { ...body('x'), giver: { name: 'A', nip: '123' } } });
    expect(nip.status).toBe(400);
    expect((await hub.api('/api/custody/handovers', { token: monitor })).body.handovers).toHaveLength(2);
    raw.ws.close(1000);
  });
});

describe('network trial and power drill', () => {
  it('asks every online agent, schedules the probes 4 at a time, and records medians, worst PCs and who did not answer', async () => {
    sim = new Simulator({ hubUrl: hub.url, token: TOKEN, shape: SHAPE, seed: 3, source: hardware, staggerMs: 200 });
    await sim.start();
    expect(await sim.settled(30_000)).toBe(true);
    const online = (await hub.api('/api/machines?verdict=ready', { token: admin })).body.machines.length;
    const started = await hub.api('/api/custody/trials', { token: admin, body: { kind: 'network', probeBytes: 65536 } });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: 'running', schedule: { parallel: 4, slotMs: 50 } });
    expect(started.body.schedule.lastSlotMs).toBe(Math.floor((online - 1) / 4) * 50);
    expect((await hub.api('/api/custody/trials', { token: admin, body: {} })).status).toBe(409);
    const id = started.body.id as number;
    await until(
      async () => (await hub.api(`/api/custody/trials/${id}`, { token: admin })).body.status === 'complete',
      'trial complete',
      20_000,
    );
    const t = (await hub.api(`/api/custody/trials/${id}`, { token: monitor })).body as TrialDetail;
    expect(t.venue.expected).toBe(online);
    expect(t.venue.answered).toBe(online);
    expect(t.noAnswer).toEqual([]);
    expect(t.venue.medianServerMs).toBeGreaterThan(0);
    expect(t.venue.medianThroughputMbps).toBeGreaterThan(0);
    expect(t.rooms.map((r) => r.id)).toEqual(['R1', 'R2']);
    expect(t.servers.map((s) => s.id)).toEqual(['S1', 'S2']);
    expect(t.thresholds).toMatchObject({ latencyFailAboveMs: 50, throughputMinMbps: 20, checklist: { id: expect.any(String) } });
    for (const r of t.results) expect(r.pings.length).toBeGreaterThan(0);
  });

  it('records a power drill: laptops on battery, desktops without UPS dropped off, genset and mains marks', async () => {
    const started = await hub.api('/api/custody/trials', { token: admin, body: { kind: 'power' } });
    expect(started.status).toBe(202);
    const id = started.body.id as number;
    const dropped = sim!.setMains(false);
    await until(
      async () => (await hub.api(`/api/custody/trials/${id}`, { token: admin })).body.status === 'complete',
      'drill complete',
      20_000,
    );
    const marked = await hub.api(`/api/custody/trials/${id}`, {
      token: admin,
      method: 'PATCH',
      body: { gensetAt: '2026-12-04T07:01:10+08:00', mainsBackAt: '2026-12-04T07:05:00+08:00', outcome: 'ok' },
    });
    expect(marked.status).toBe(200);
    expect(describeMismatch(WRITE_RESPONSES['PATCH /api/custody/trials/:id']!.schema!, marked.body)).toEqual([]);
    expect(marked.body.drill).toEqual({ gensetAt: '2026-12-03T23:01:10.000Z', mainsBackAt: '2026-12-03T23:05:00.000Z', outcome: 'ok' });
    const power = marked.body.venue.power;
    expect(power.battery).toBeGreaterThan(0);
    expect(power.dropped).toBe(dropped.length);
    // The servers read their UPS through NUT: on battery, with its charge and runtime, in the record.
    const detail = (await hub.api(`/api/custody/trials/${id}`, { token: monitor })).body as TrialDetail;
    const servers = detail.results.filter((r) => r.role === 'server' && r.status === 'answered');
    expect(servers.length).toBeGreaterThan(0);
    for (const r of servers) {
      expect(r.power?.ups).toEqual({
        onBattery: true,
        chargePercent: 97,
        source: 'nut',
        name: 'APC Smart-UPS 1500',
        lowBattery: false,
        runtimeSeconds: 2280,
      });
    }
    expect((await hub.api(`/api/custody/trials/1`, { token: admin, method: 'PATCH', body: { outcome: 'ok' } })).status).toBe(409);
    sim!.setMains(true);
    const audit = (await hub.api('/api/audit/verify', { token: admin })).body;
    expect(audit).toMatchObject({ intact: true, broken: null });
  });
});
