import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutboxEvent } from '../../protocol/region.js';
import { REGION_WRITE_RESPONSES } from '../../protocol/region-write-responses.js';
import { describeMismatch } from '../helpers/contract.js';
import { usePostgres } from '../helpers/postgres.js';
import { startTestRegion, type TestRegion } from '../helpers/region.js';

/**
 * The write side of the regional service's contract: every POST, PUT, PATCH and DELETE route the
 * region registers has its answer in protocol/region-write-responses.ts, and a real region (on a
 * real PostgreSQL, over HTTPS with its own CA) answers each call below exactly as described: the
 * success status, and a JSON body its schema parses with nothing missing, mistyped or extra (or no
 * body for 204).
 */
const pg = usePostgres();
let region: TestRegion;
/** "METHOD pattern" -> what was wrong with its answer (empty: it conformed). */
const answers = new Map<string, string[]>();
/** The pushes' answers that carry the optional fields: a refusal, and the request to rotate. */
let refusedAnswer: unknown;
let rotateAnswer: unknown;

function rec<T = Record<string, unknown>>(route: string, res: { status: number; body: unknown }): T {
  const contract = REGION_WRITE_RESPONSES[route];
  const problems: string[] = [];
  if (!contract) problems.push('no contract');
  else if (!contract.status.includes(res.status)) problems.push(`status ${res.status}: ${JSON.stringify(res.body).slice(0, 300)}`);
  else if (contract.schema) problems.push(...describeMismatch(contract.schema, res.body).slice(0, 5));
  else if (res.body !== null && res.body !== undefined && res.body !== '') problems.push(`a body on ${res.status}`);
  answers.set(route, [...(answers.get(route) ?? []), ...problems]);
  return res.body as T;
}

const readiness = (seq: number): OutboxEvent => ({
  seq,
  kind: 'readiness',
  key: '',
  at: '2026-11-23T00:30:00.000Z',
  payload: { verdict: 'ready', machines: { ready: 10, notReady: 0, incomplete: 0, offline: 0 }, causes: [] },
});

beforeAll(async () => {
  region = await startTestRegion(await pg.fresh());
  const { token: admin } = rec<{ token: string }>(
    'POST /api/login',
    await region.api('/api/login', { body: { username: 'admin', password: 'wilayah-rahasia-2026' } }),
  );
  rec(
    'POST /api/region/users',
    await region.api('/api/region/users', {
      body: { username: 'pemantau', role: 'regional-monitor', password: 'pantau-wilayah-2026' },
      token: admin,
    }),
  );
  const { code } = rec<{ code: string }>(
    'POST /api/region/venues',
    await region.api('/api/region/venues', { body: { id: 'kab-tanah-bumbu', name: 'Gedung Serbaguna Batulicin' }, token: admin }),
  );
  const { key } = rec<{ key: string }>(
    'POST /api/region/join',
    await region.api('/api/region/join', { body: { code, name: 'Hub Batulicin' } }),
  );
  const push = (events: unknown[], head: number, token = key) => region.api('/api/region/push', { body: { head, events }, token });
  rec('POST /api/region/push', await push([readiness(1)], 1));
  // One event of a kind this region does not know: the answer carries its refusal.
  refusedAnswer = rec('POST /api/region/push', await push([{ ...readiness(2), kind: 'kind-baru' }], 2));
  rec(
    'POST /api/region/venues/:id/rotate',
    await region.api('/api/region/venues/kab-tanah-bumbu/rotate', { method: 'POST', token: admin }),
  );
  // The next push hears of the rotation; the hub takes its next key and pushes with it.
  rotateAnswer = rec('POST /api/region/push', await push([readiness(3)], 3));
  const { key: next } = rec<{ key: string }>(
    'POST /api/region/rotate',
    await region.api('/api/region/rotate', { method: 'POST', token: key }),
  );
  rec('POST /api/region/push', await push([readiness(4)], 4, next));
  rec(
    'POST /api/region/venues/:id/revoke',
    await region.api('/api/region/venues/kab-tanah-bumbu/revoke', { method: 'POST', token: admin }),
  );
  rec('POST /api/region/venues/:id/code', await region.api('/api/region/venues/kab-tanah-bumbu/code', { method: 'POST', token: admin }));
  rec('POST /api/logout', await region.api('/api/logout', { method: 'POST', token: admin }));
}, 60_000);
afterAll(() => region?.stop());

describe("the regional service's write answers, called on a real region on PostgreSQL", () => {
  const writeRoutes = () => [...new Set(region.routes.filter((r) => /^(POST|PUT|PATCH|DELETE) \/api\//.test(r)))];

  it('every registered write route has a contract, and every contract names a registered route', () => {
    const routes = writeRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(10);
    expect(routes.filter((r) => !(r in REGION_WRITE_RESPONSES))).toEqual([]);
    expect(Object.keys(REGION_WRITE_RESPONSES).filter((r) => !routes.includes(r))).toEqual([]);
  });

  it('each route, called, answers its status and exactly its schema; none is left uncalled', () => {
    const wrong = [...answers].flatMap(([route, problems]) => problems.map((p) => `${route} ${p}`));
    expect(wrong).toEqual([]);
    expect(writeRoutes().filter((r) => !answers.has(r))).toEqual([]);
  });

  it('the answers the scenario relies on say what happened', async () => {
    expect(refusedAnswer).toEqual({ ackedSeq: 2, stored: 0, refused: [expect.objectContaining({ seq: 2, kind: 'kind-baru', key: '' })] });
    expect(rotateAnswer).toEqual({ ackedSeq: 3, stored: 1, rotateKey: true });
    const venue = (await region.api('/api/region/venues/kab-tanah-bumbu', { token: await region.login() })).body.venue;
    // Four events stored or recorded as refused, in order; the refused one holds nothing back.
    expect(venue).toMatchObject({ id: 'kab-tanah-bumbu', behind: 0 });
    const keyState = await region.api('/api/region/venues/kab-tanah-bumbu/key', { token: await region.login() });
    expect(keyState.body).toMatchObject({ revokedBy: 'admin', rotateRequested: false, rotatePending: false });
  });
});
