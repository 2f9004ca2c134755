import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fleetPlan } from '../../agent/simulate/fleet.js';
import { GET_RESPONSES, isFileAnswer, type ResponseContract } from '../../protocol/responses.js';
import { AGENT_FILES } from '../../server/agents/enrollment-routes.js';
import { startExamHub, type ExamHub } from '../exam/helpers.js';
import { testAgent, until, type TestAgent } from '../helpers/agents.js';
import { report, READY } from '../helpers/reports.js';
import { checkedInSession, importResults, N, resultsCsv } from '../results/helpers.js';
import { describeMismatch } from '../helpers/contract.js';

/**
 * The contract test: every GET route the hub registers (read from Hono's route table, so a new
 * route without a schema fails here) is called as admin on a hub with a venue, a machine, a
 * checked-in session, an incident, results, a letter, a seal, a handover and a trial, and its
 * answer must be exactly what protocol/responses.ts says: a JSON body its schema parses with no
 * field missing, mistyped or left over, or a file of the named type.
 */
const ENROLL = 'token-lokasi-kontrak-2026';
let t: ExamHub;
let agent: TestAgent;
let binDir: string;
const params: Record<string, string> = {};

beforeAll(async () => {
  binDir = mkdtempSync(join(tmpdir(), 'siapcat-bin-'));
  writeFileSync(join(binDir, AGENT_FILES[0]!.file), 'MZ agen uji');
  t = await startExamHub(undefined, undefined, { env: { SIAPCAT_ENROLL_TOKEN: ENROLL, SIAPCAT_AGENT_BIN_DIR: binDir } });
  expect((await t.api('/api/venue/plan', { body: fleetPlan({ servers: 1, clients: 4, rooms: 2 }, 'Lokasi uji kontrak') })).status).toBe(
    200,
  );
  agent = testAgent(t.hub.url, { id: 'PC-KONTRAK', token: ENROLL, placement: { serverId: null, roomId: 'R1', seat: 1 } });
  agent.link.start();
  await until(() => agent.link.state === 'open', 'agent welcome');
  agent.link.submit(report({ ...READY, webcam: 'fail' }));
  await until(() => agent.link.pending === 0, 'report acknowledged');
  agent.link.submit(report(READY));
  await until(() => agent.link.pending === 0, 'second report acknowledged');

  // The trial first: the session below moves the hub's clock on, and the PC then counts as silent.
  const trial = await t.api('/api/custody/trials', { body: { kind: 'network' } });
  expect(trial.status, JSON.stringify(trial.body)).toBe(202);
  params.trial = String(trial.body.id);

  const session = await checkedInSession(t);
  params.session = session;
  expect(
    (await t.api(`/api/sessions/${session}/incidents`, { body: { kind: 'listrik', description: 'Listrik padam 5 menit', minutesLost: 5 } }))
      .status,
  ).toBe(201);
  expect((await t.api(`/api/sessions/${session}/checkins`, { body: { participantNumber: N(4), nik: '6310000000000000' } })).status).toBe(
    422,
  );
  expect((await importResults(t, session, resultsCsv([`${N(1)};;100;120;170;390;09:35`]))).status).toBe(200);
  const letter = await t.api(`/api/sessions/${session}/results/${N(1)}/letter`, { method: 'POST' });
  expect(letter.status).toBe(201);
  params.code = letter.body.code as string;

  expect(
    (await t.api('/api/custody/seals', { body: { roomId: 'R1', sealNumber: 'BKN-0001', witnessName: 'Siti (Inspektorat)' } })).status,
  ).toBe(201);
  const handover = await t.api('/api/custody/handovers', {
    body: {
      direction: 'in',
      place: 'Gedung Serbaguna Batulicin',
      giver: { name: 'Budi', institution: 'Panselnas' },
      receiver: { name: 'Ani', institution: 'BKD' },
      items: [{ kind: 'kabel', description: 'Kabel LAN 20 m', sealCondition: 'tanpa-segel' }],
    },
  });
  expect(handover.status, JSON.stringify(handover.body)).toBe(201);
  params.handover = String(handover.body.id);
  const photo = await t.api(`/api/custody/photos?kind=handover&id=${params.handover}&part=1`, {
    body: new Uint8Array(readFileSync(join(process.cwd(), 'test/fixtures/photos/seal-small.png'))),
  });
  expect(photo.status, JSON.stringify(photo.body)).toBe(201);
  params.photo = photo.body.photo.sha256 as string;
}, 60_000);

afterAll(async () => {
  agent?.link.stop();
  await t?.stop();
  if (binDir) rmSync(binDir, { recursive: true, force: true });
});

/** The GET routes of the API, as Hono has them registered. */
function getRoutes(): string[] {
  return [...new Set(t.hub.app.routes.filter((r) => r.method === 'GET' && r.path.startsWith('/api/')).map((r) => r.path))];
}

/** A registered pattern with its parameters filled from the seeded records. */
function concrete(path: string): string {
  const id = path.startsWith('/api/machines/')
    ? 'PC-KONTRAK'
    : path.startsWith('/api/custody/handovers/')
      ? params.handover
      : path.startsWith('/api/custody/trials/')
        ? params.trial
        : params.session;
  const filled = path
    .replace(':id', id!)
    .replace(':number', N(1))
    .replace(':code', params.code!)
    .replace(':file', AGENT_FILES[0]!.file)
    .replace(':sha256', params.photo!);
  if (path.endsWith('/lookup')) return `${filled}?scan=${N(1)}`;
  if (path.endsWith('/export')) return `${filled}?format=csv`;
  return filled;
}

/** Every way the answer differs from what the contract describes; empty when it conforms. */
async function nonConformance(url: string, contract: ResponseContract, token: string): Promise<string[]> {
  const res = await fetch(t.hub.url + url, { headers: { authorization: `Bearer ${token}` } });
  const type = res.headers.get('content-type') ?? '';
  const text = await res.text();
  if (res.status !== 200) return [`status ${res.status}: ${text.slice(0, 300)}`];
  if (isFileAnswer(contract)) return contract.file.test(type) && text.length > 0 ? [] : [`file of type ${type}, ${text.length} bytes`];
  if (!type.startsWith('application/json')) return [`content-type ${type}`];
  return describeMismatch(contract, JSON.parse(text));
}

describe('the wire contract: every GET route answers what its protocol schema describes', () => {
  it('every registered GET route has a contract, and every contract names a registered route', () => {
    const routes = getRoutes();
    expect(routes.length).toBeGreaterThan(30);
    expect(
      routes.filter((r) => !(r in GET_RESPONSES)),
      'GET routes without a schema in protocol/responses.ts',
    ).toEqual([]);
    expect(
      Object.keys(GET_RESPONSES).filter((r) => !routes.includes(r)),
      'schemas of routes the hub does not have',
    ).toEqual([]);
  });

  it('each route, called as admin on the seeded hub, answers exactly its schema', async () => {
    const token = t.token;
    const wrong: string[] = [];
    for (const route of getRoutes()) {
      const problems = await nonConformance(concrete(route), GET_RESPONSES[route]!, token);
      wrong.push(...problems.slice(0, 5).map((p) => `${route} ${p}`));
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('a body off its contract is caught: a field missing, mistyped, or one the schema does not describe', async () => {
    const schema = GET_RESPONSES['/api/venue/readiness'] as Exclude<ResponseContract, { file: RegExp }>;
    const body = (await t.api('/api/venue/readiness')).body as Record<string, unknown>;
    expect(describeMismatch(schema, body)).toEqual([]);
    const { generatedAt: _dropped, ...missing } = body;
    expect(describeMismatch(schema, missing)).toEqual([expect.stringMatching(/^generatedAt: /)]);
    expect(describeMismatch(schema, { ...body, verdict: 'almost-ready' })).toEqual([expect.stringMatching(/^verdict: /)]);
    const rooms = body.rooms as Array<Record<string, unknown>>;
    expect(rooms.length).toBeGreaterThan(0);
    expect(describeMismatch(schema, { ...body, rooms: [{ ...rooms[0], secret: 'x' }, ...rooms.slice(1)] })).toEqual([
      'rooms[0].secret: not in the schema',
    ]);
    // A route the registry does not know fails the route check above; a file route answering JSON fails too.
    expect(await nonConformance('/api/venue', { file: /^application\/pdf\b/ }, t.token)).toEqual([
      expect.stringMatching(/^file of type application\/json/),
    ]);
  });
});
