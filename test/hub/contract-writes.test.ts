import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judgeMachineFile } from '../../agent/capture/judge-file.js';
import { fleetPlan } from '../../agent/simulate/fleet.js';
import { AgentMessageSchema, HubMessageSchema } from '../../protocol/agent.js';
import { LiveMessageSchema } from '../../protocol/live.js';
import { systemClock } from '../../protocol/ports.js';
import { WRITE_RESPONSES } from '../../protocol/write-responses.js';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { describeMismatch } from '../helpers/contract.js';
import { startTestHub, TEST_ADMIN_PASSWORD } from '../helpers/hub.js';
import { report, READY } from '../helpers/reports.js';
import { importResults, N, resultsCsv } from '../results/helpers.js';

/**
 * The write side of the wire contract: every POST, PUT, PATCH and DELETE route the hub registers
 * has its answer in protocol/write-responses.ts, and a real hub (SQLite file, HTTP, a real agent
 * over WebSocket, a dashboard's live socket) answers each call below exactly as described: the
 * success status, and a JSON body its schema parses with nothing missing, mistyped or extra (or
 * no body for 204). Every message the live socket sends is checked against LiveMessageSchema the
 * same way.
 */
const ENROLL = 'token-lokasi-kontrak-tulis-2026';
const XP = readFileSync(join(import.meta.dirname, '../fixtures/capture/xp-laptop-vbs.txt'), 'utf8');
let t: ExamHub;
let agent: TestAgent;
let live: WebSocket;
const liveMessages: unknown[] = [];
const hubFrames: unknown[] = [];
const agentFrames: unknown[] = [];
/** "METHOD pattern" -> what was wrong with its answer (empty: it conformed). */
const answers = new Map<string, string[]>();

interface Answer {
  status: number;
  body: unknown;
  disposition?: string | null;
}

/** Records a route's answer against its contract; gives the body back for the next call. */
function rec<T = Record<string, unknown>>(route: string, res: Answer): T {
  const contract = WRITE_RESPONSES[route];
  const problems: string[] = [];
  if (!contract) problems.push('no contract');
  else if (!contract.status.includes(res.status)) problems.push(`status ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  else if (contract.download) {
    if (!/^attachment; filename="[^"]+"$/.test(res.disposition ?? '')) problems.push(`no attachment: ${res.disposition}`);
  } else if (contract.schema) problems.push(...describeMismatch(contract.schema, res.body).slice(0, 5));
  else if (res.body !== null && res.body !== undefined && res.body !== '') problems.push(`a body on ${res.status}`);
  answers.set(route, [...(answers.get(route) ?? []), ...problems]);
  return res.body as T;
}

const api = (path: string, init: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> } = {}) =>
  t.hub.api(path, { token: t.token, ...init });

beforeAll(async () => {
  t = await startExamHub(undefined, undefined, {
    env: { SIAPCAT_ENROLL_TOKEN: ENROLL },
    judgeMachineFile: (bytes, role) => judgeMachineFile(bytes, role, systemClock),
  });
  live = new WebSocket(t.hub.url.replace(/^http/, 'ws') + '/ws/live', ['siapcat.live.v1', `bearer.${t.token}`]);
  live.on('message', (data) => liveMessages.push(JSON.parse(String(data))));
  await new Promise((resolve, reject) => live.once('open', resolve).once('error', reject));

  // Venue, rooms, servers.
  rec('POST /api/venue/plan', await api('/api/venue/plan', { body: fleetPlan({ servers: 1, clients: 4, rooms: 2 }, 'Lokasi uji tulis') }));
  rec(
    'PUT /api/venue',
    await api('/api/venue', { method: 'PUT', body: { name: 'Lokasi uji tulis', address: 'Batulicin', timeZone: 'Asia/Makassar' } }),
  );
  const room = { id: 'R9', name: 'Ruang 9', kind: 'ruang-tes', rows: 1, cols: 2 };
  rec('POST /api/rooms', await api('/api/rooms', { body: room }));
  rec('PUT /api/rooms/:id', await api('/api/rooms/R9', { method: 'PUT', body: { ...room, name: 'Ruang 9 (baru)' } }));
  rec(
    'PUT /api/rooms/:id/seats',
    await api('/api/rooms/R9/seats', { method: 'PUT', body: { seats: [{ roomId: 'R9', number: 1, row: 0, col: 0 }] } }),
  );
  rec(
    'PUT /api/rooms/:id/seat-servers',
    await api('/api/rooms/R9/seat-servers', { method: 'PUT', body: { ranges: [{ from: 1, to: 1, serverId: 'S1' }] } }),
  );
  rec('DELETE /api/rooms/:id', await api('/api/rooms/R9', { method: 'DELETE' }));
  rec('POST /api/servers', await api('/api/servers', { body: { id: 'S9', kind: 'server', name: 'Server 9' } }));
  rec('PUT /api/servers/:id', await api('/api/servers/S9', { method: 'PUT', body: { id: 'S9', kind: 'server', limit: 50 } }));
  rec('DELETE /api/servers/:id', await api('/api/servers/S9', { method: 'DELETE' }));
  const backup = await fetch(`${t.hub.url}/api/backup`, {
    method: 'POST',
    headers: { authorization: `Bearer ${t.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ passphrase: 'frasa sandi kontrak tulis' }),
  });
  rec('POST /api/backup', {
    status: backup.status,
    body: await backup.arrayBuffer(),
    disposition: backup.headers.get('content-disposition'),
  });

  // A real agent, its recheck and its move; enrollment codes.
  agent = testAgent(t.hub.url, { id: 'PC-TULIS', token: ENROLL, placement: { serverId: null, roomId: 'R1', seat: 1 } });
  agent.link.start();
  // The real link's socket, tapped both ways: what the hub sends the agent and what the agent sends.
  const socket = (agent.link as unknown as { ws: WebSocket }).ws;
  socket.on('message', (data) => hubFrames.push(JSON.parse(String(data))));
  const send = socket.send.bind(socket);
  socket.send = ((data: string, ...rest: never[]) => {
    agentFrames.push(JSON.parse(data));
    return send(data, ...rest);
  }) as typeof socket.send;
  await until(() => agent.link.state === 'open', 'agent welcome');
  agent.link.submit(report(READY));
  await until(() => agent.link.pending === 0, 'report acknowledged');
  rec('POST /api/machines/:id/recheck', await api('/api/machines/PC-TULIS/recheck', { method: 'POST' }));
  rec(
    'PUT /api/machines/:id/placement',
    await api('/api/machines/PC-TULIS/placement', { method: 'PUT', body: { serverId: null, roomId: 'R1', seat: 2 } }),
  );
  const seating = { body: 'PC;RUANG;KURSI\nPC-TULIS;R1;3\nPC-LAIN;R1;4\n', headers: { 'content-type': 'text/csv' } };
  rec('POST /api/seating/preview', await api('/api/seating/preview', seating));
  rec('POST /api/seating', await api('/api/seating', seating));
  const code = rec<{ entry: { id: string } }>(
    'POST /api/enrollment/codes',
    await api('/api/enrollment/codes', { body: { kind: 'batch', roomId: 'R1', uses: 4 } }),
  );
  rec('DELETE /api/enrollment/codes/:id', await api(`/api/enrollment/codes/${code.entry.id}`, { method: 'DELETE' }));
  rec('POST /api/enrollment/rotate', await api('/api/enrollment/rotate', { method: 'POST' }));
  // The trial while the agent is heard from (the session below moves the hub's clock on).
  rec('POST /api/custody/trials', await api('/api/custody/trials', { body: { kind: 'network' } }));

  // Facilities and an old PC's capture file.
  const item = ((await api('/api/facilities')).body.items as Array<{ id: string }>)[0]!.id;
  rec('PUT /api/facilities/:id', await api(`/api/facilities/${item}`, { method: 'PUT', body: { status: 'not-ok', note: 'solar habis' } }));
  rec('DELETE /api/facilities/:id', await api(`/api/facilities/${item}`, { method: 'DELETE' }));
  const bytes = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(XP, 'utf16le')]));
  const capture = rec<{ id: number }>(
    'POST /api/captures',
    await api('/api/captures?role=client&name=xp.txt', { body: bytes, headers: { 'content-type': 'application/octet-stream' } }),
  );
  rec('DELETE /api/captures/:id', await api(`/api/captures/${capture.id}`, { method: 'DELETE' }));

  // Accounts.
  rec('POST /api/users', await api('/api/users', { body: { username: 'operator1', password: 'kata-sandi-operator', role: 'operator' } }));
  rec('PATCH /api/users/:username', await api('/api/users/operator1', { method: 'PATCH', body: { role: 'supervisor' } }));
  rec('DELETE /api/users/:username', await api('/api/users/operator1', { method: 'DELETE' }));
  const login = rec<{ token: string }>(
    'POST /api/login',
    await api('/api/login', { token: '', body: { username: 'admin', password: TEST_ADMIN_PASSWORD } }),
  );
  rec('POST /api/logout', await api('/api/logout', { method: 'POST', token: login.token }));

  // Exam day.
  const created = rec<{ id: string }>(
    'POST /api/sessions',
    await api('/api/sessions', {
      body: { name: 'SKD Sesi 1', startsAt: '2026-11-23T08:00:00+08:00', kind: 'SKD', rooms: ['R1', 'R2'], venueName: 'Gedung Serbaguna' },
    }),
  );
  const id = created.id;
  rec('PATCH /api/sessions/:id', await api(`/api/sessions/${id}`, { method: 'PATCH', body: { name: 'SKD Sesi 1 (pagi)' } }));
  rec('POST /api/sessions/:id/roster', await t.importRoster(id, 'comma-lf.csv'));
  rec(
    'POST /api/sessions/:id/checkins',
    await api(`/api/sessions/${id}/checkins`, { body: { participantNumber: N(1), nik: '6310015503920001' } }),
  );
  rec(
    'POST /api/sessions/:id/checkins',
    await api(`/api/sessions/${id}/checkins`, { body: { participantNumber: N(2), nik: '6310010204900002' } }),
  );
  const reissued = rec<{ pin: string }>(
    'POST /api/sessions/:id/participants/:number/pin/reissue',
    await api(`/api/sessions/${id}/participants/${N(1)}/pin/reissue`, { body: { reason: 'Slip hilang di meja' } }),
  );
  rec(
    'POST /api/sessions/:id/pins/verify',
    await api(`/api/sessions/${id}/pins/verify`, { body: { participantNumber: N(1), pin: reissued.pin } }),
  );
  const incident = rec<{ id: number }>(
    'POST /api/sessions/:id/incidents',
    await api(`/api/sessions/${id}/incidents`, { body: { kind: 'listrik', description: 'Listrik padam 5 menit', minutesLost: 5 } }),
  );
  rec(
    'PATCH /api/sessions/:id/incidents/:incident',
    await api(`/api/sessions/${id}/incidents/${incident.id}`, { method: 'PATCH', body: { minutesLost: 6 } }),
  );
  rec('DELETE /api/sessions/:id/incidents/:incident', await api(`/api/sessions/${id}/incidents/${incident.id}`, { method: 'DELETE' }));
  const spare = rec<{ id: string }>(
    'POST /api/sessions',
    await api('/api/sessions', {
      body: { name: 'SKD Sesi 2', startsAt: '2026-11-23T13:00:00+08:00', kind: 'SKD', rooms: ['R1'], venueName: 'Gedung' },
    }),
  );
  rec('DELETE /api/sessions/:id', await api(`/api/sessions/${spare.id}`, { method: 'DELETE' }));

  // Results: N(1) and N(3) imported; N(2), present, has none until explained and entered by hand.
  rec(
    'POST /api/sessions/:id/results',
    await importResults(t, id, resultsCsv([`${N(1)};;100;120;170;390;09:35`, `${N(3)};;90;100;160;350;09:40`])),
  );
  rec('POST /api/sessions/:id/results/:number/letter', await api(`/api/sessions/${id}/results/${N(1)}/letter`, { method: 'POST' }));
  t.clock.set('2026-11-23T10:11:00+08:00'); // past the session's end: N(2) present without a result is an anomaly
  rec(
    'POST /api/sessions/:id/results/explanations',
    await api(`/api/sessions/${id}/results/explanations`, {
      body: { kind: 'present-without-result', participantNumber: N(2), text: 'Hasil tertinggal di server BKN, disalin panitia' },
    }),
  );
  rec(
    'POST /api/sessions/:id/results/:number',
    await api(`/api/sessions/${id}/results/${N(2)}`, {
      body: { scores: { TWK: 90, TIU: 100, TKP: 160 }, reason: 'Salinan dari panitia BKN' },
    }),
  );

  // Custody.
  const seal = rec<{ id: number }>(
    'POST /api/custody/seals',
    await api('/api/custody/seals', { body: { roomId: 'R1', sealNumber: 'BKN-0001', witnessName: 'Siti (Inspektorat)' } }),
  );
  rec('POST /api/custody/:kind/:id/witness', await api(`/api/custody/seals/${seal.id}/witness`, { method: 'POST' }));
  rec(
    'POST /api/custody/seals/:id/open',
    await api(`/api/custody/seals/${seal.id}/open`, {
      body: { sealNumberRead: 'BKN-0001', intact: true, witnessName: 'Siti (Inspektorat)' },
    }),
  );
  rec(
    'POST /api/custody/handovers',
    await api('/api/custody/handovers', {
      body: {
        direction: 'in',
        place: 'Gedung Serbaguna Batulicin',
        giver: { name: 'Budi', institution: 'Panselnas' },
        receiver: { name: 'Ani', institution: 'BKD' },
        items: [{ kind: 'kabel', description: 'Kabel LAN 20 m', sealCondition: 'tanpa-segel' }],
      },
    }),
  );

  rec(
    'POST /api/custody/photos',
    await api(`/api/custody/photos?kind=seal&id=${seal.id}&part=open`, {
      body: new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/photos/seal-broken.jpg'))),
    }),
  );

  agent.link.stop();
  rec('DELETE /api/machines/:id', await api('/api/machines/PC-TULIS', { method: 'DELETE' }));
  await until(() => liveMessages.length >= 3, 'live messages');
}, 90_000);

afterAll(async () => {
  agent?.link.stop();
  live?.terminate();
  await t?.stop();
});

function writeRoutes(): string[] {
  const methods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
  return [
    ...new Set(t.hub.app.routes.filter((r) => methods.has(r.method) && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`)),
  ];
}

describe('the wire contract, write side: POST, PUT, PATCH and DELETE answers and live messages', () => {
  it('every registered write route has a contract, and every contract names a registered route', () => {
    const routes = writeRoutes();
    expect(routes.length).toBeGreaterThan(40);
    expect(routes.filter((r) => !(r in WRITE_RESPONSES))).toEqual([]);
    expect(Object.keys(WRITE_RESPONSES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('each route called on the real hub answers its status and exactly its schema', () => {
    const wrong = [...answers].flatMap(([route, problems]) => problems.map((p) => `${route} ${p}`));
    expect(wrong).toEqual([]);
    // The routes this scenario cannot reach on one hub are named, so none drops out unnoticed; each is checked against
    // the same contract where its scenario lives: setup below, approval in enrollment-codes.test.ts, the seat switch in
    // seat-switch.test.ts, the power drill's marks in custody.test.ts.
    expect(writeRoutes().filter((r) => !answers.has(r))).toEqual([
      'POST /api/setup',
      'POST /api/machines/:id/approve',
      'POST /api/custody/switches',
      'PATCH /api/custody/trials/:id',
    ]);
  });

  it('the first-admin setup answers a login', async () => {
    const fresh = await startTestHub({ env: { SIAPCAT_ADMIN_PASSWORD: '' } });
    try {
      const setupToken = /setupToken=(\S+)/.exec(fresh.lines.find((l) => l.includes('auth.setup-required')) ?? '')?.[1];
      const res = await fresh.api('/api/setup', { body: { setupToken, password: 'kata-sandi-baru-2026' } });
      expect(res.status).toBe(201);
      expect(describeMismatch(WRITE_RESPONSES['POST /api/setup']!.schema!, res.body)).toEqual([]);
    } finally {
      await fresh.stop();
    }
  });

  it('every frame between the hub and the real agent is a HubMessage or an AgentMessage, nothing missing or extra', () => {
    const kinds = (frames: unknown[]) => new Set(frames.map((m) => (m as { type: string }).type));
    expect([...kinds(hubFrames)]).toEqual(expect.arrayContaining(['welcome', 'ack', 'recheck', 'placed', 'trial.run']));
    expect([...kinds(agentFrames)]).toEqual(expect.arrayContaining(['hello', 'report']));
    expect(hubFrames.flatMap((m) => describeMismatch(HubMessageSchema, m))).toEqual([]);
    expect(agentFrames.flatMap((m) => describeMismatch(AgentMessageSchema, m))).toEqual([]);
  });

  it('every message the dashboard live socket got is a LiveMessage, nothing missing or extra', () => {
    expect(liveMessages.length).toBeGreaterThan(2);
    const kinds = new Set(liveMessages.map((m) => (m as { type: string }).type));
    expect(kinds).toEqual(new Set(['live.hello', 'live.changed']));
    expect(liveMessages.flatMap((m) => describeMismatch(LiveMessageSchema, m))).toEqual([]);
  });
});
