import { z } from 'zod/mini';
import { DrillMarksSchema, HandoverSchema, SealInstallSchema, SealOpenSchema, TrialStartSchema } from '../../protocol/custody.js';
import { SeatSwitchSchema } from '../../protocol/seat-switch.js';
import { IdentSchema } from '../../protocol/venue.js';
import { validate } from '../../protocol/validate.js';
import { requirePermission } from '../auth/permissions.js';
import type { HubApp } from '../feature.js';
import { readJson } from '../http/json.js';
import type { CustodyDeps } from './deps.js';
import { getHandover, recordHandover, witness } from './handovers.js';
import { photoRoutes } from './photo-routes.js';
import { installSeal, listSeals, openSeal } from './seals.js';
import { listSwitches, switchSeat } from './switches.js';
import type { TrialRunner } from './trials.js';
import type { HandoversResponse, TrialsResponse, WitnessAnswer } from '../../protocol/custody-responses.js';

const IdSchema = z.pipe(z.coerce.number(), z.int().check(z.positive(), z.lte(2 ** 31)));
const idOf = (raw: string) => validate(IdSchema, raw, { id: 'Nomor catatan', en: 'Record number' }, 404);
const KINDS = { seals: 'seal', handovers: 'handover', trials: 'trial' } as const;
const KindSchema = z.enum(['seals', 'handovers', 'trials']);
const BODY_LIMIT = 64 * 1024;

/**
 * Custody routes (README "Custody and rehearsal"): seals, handovers (BAST), trials and drills,
 * and the monitoring team's witness confirmations. Thin: validation here, rules in the services.
 */
export function custodyRoutes(app: HubApp, deps: CustodyDeps, runner: TrialRunner): void {
  const actor = (c: { get(key: 'user'): { username: string; role: string } }) => {
    const u = c.get('user');
    return { username: u.username, role: u.role };
  };

  app.get('/api/custody/seals', requirePermission('custody.read'), (c) => c.json(listSeals(deps)));
  app.post('/api/custody/seals', requirePermission('custody.record'), async (c) => {
    const body = await readJson(c, SealInstallSchema, { id: 'Pemasangan segel', en: 'Seal installation' }, BODY_LIMIT);
    return c.json(installSeal(deps, body, actor(c)), 201);
  });
  app.post('/api/custody/seals/:id/open', requirePermission('custody.record'), async (c) => {
    const id = idOf(c.req.param('id'));
    const body = await readJson(c, SealOpenSchema, { id: 'Pembukaan segel', en: 'Seal opening' }, BODY_LIMIT);
    return c.json(openSeal(deps, id, body, actor(c)));
  });

  photoRoutes(app, deps);

  app.get('/api/custody/switches', requirePermission('custody.read'), (c) => {
    const session = c.req.query('session');
    return c.json(listSwitches(deps, session === undefined ? undefined : validate(IdentSchema, session, { id: 'Sesi', en: 'Session' })));
  });
  app.post('/api/custody/switches', requirePermission('custody.switch'), async (c) => {
    const body = await readJson(c, SeatSwitchSchema, { id: 'Pindah ke PC cadangan', en: 'Move to a reserve PC' }, BODY_LIMIT);
    return c.json(switchSeat(deps, body, actor(c)), 201);
  });

  app.get('/api/custody/handovers', requirePermission('custody.read'), (c) =>
    c.json({ handovers: deps.store.handovers() } satisfies HandoversResponse),
  );
  app.get('/api/custody/handovers/:id', requirePermission('custody.read'), (c) => c.json(getHandover(deps, idOf(c.req.param('id')))));
  app.post('/api/custody/handovers', requirePermission('custody.record'), async (c) => {
    const body = await readJson(c, HandoverSchema, { id: 'Berita acara serah terima', en: 'Handover record' }, BODY_LIMIT);
    return c.json(recordHandover(deps, body, actor(c)), 201);
  });

  app.get('/api/custody/trials', requirePermission('custody.read'), (c) =>
    c.json({ trials: runner.list(), running: runner.runningId ?? null } satisfies TrialsResponse),
  );
  app.get('/api/custody/trials/:id', requirePermission('custody.read'), (c) => c.json(runner.detail(idOf(c.req.param('id')))));
  app.post('/api/custody/trials', requirePermission('custody.record'), async (c) => {
    const body = await readJson(c, TrialStartSchema, { id: 'Uji coba', en: 'Trial' }, BODY_LIMIT);
    return c.json(runner.start(body, actor(c)), 202);
  });
  app.patch('/api/custody/trials/:id', requirePermission('custody.record'), async (c) => {
    const id = idOf(c.req.param('id'));
    const body = await readJson(c, DrillMarksSchema, { id: 'Uji listrik', en: 'Power drill' }, BODY_LIMIT);
    return c.json(runner.mark(id, body, actor(c)));
  });

  app.post('/api/custody/:kind/:id/witness', requirePermission('custody.witness'), (c) => {
    const kind = KINDS[validate(KindSchema, c.req.param('kind'), { id: 'Jenis catatan', en: 'Record kind' }, 404)];
    const id = idOf(c.req.param('id'));
    const exists = (n: number) =>
      kind === 'seal'
        ? deps.store.seal(n) !== undefined
        : kind === 'handover'
          ? deps.store.handover(n) !== undefined
          : deps.trials.header(n) !== undefined;
    const added = witness(deps, kind, id, actor(c), exists);
    return c.json({ added, witnesses: deps.store.witnesses(kind, id) } satisfies WitnessAnswer);
  });
}
