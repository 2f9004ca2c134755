import { recordChange } from '../http/audit-changes.js';
import { z } from 'zod/mini';
import { PlacementSchema } from '../../protocol/agent.js';
import { VERDICTS } from '../../protocol/check.js';
import { validate } from '../../protocol/validate.js';
import { requirePermission } from '../auth/permissions.js';
import type { HubApp } from '../feature.js';
import { readJson } from '../http/json.js';
import type { AgentHub } from './service.js';
import { toMachine } from './views.js';
import type { MachineDetail, MachinesResponse } from '../../protocol/api.js';
import type { RecheckResponse } from '../../protocol/write-responses.js';

const MachineQuerySchema = z.object({
  verdict: z.optional(z.enum([...VERDICTS, 'offline', 'missing'])),
  server: z.optional(z.string().check(z.maxLength(64))),
  room: z.optional(z.string().check(z.maxLength(64))),
});

/**
 * Machines and enrollment over HTTP:
 * GET /api/machines[?verdict=ready|not-ready|incomplete|missing|offline&server=&room=], GET /api/machines/:id,
 * POST /api/machines/:id/recheck, PUT /api/machines/:id/placement, DELETE /api/machines/:id
 * (enrollment: enrollment-routes.ts).
 */
export function agentRoutes(app: HubApp, hub: AgentHub): void {
  app.get('/api/machines', requirePermission('machines.read'), (c) => {
    const query = validate(MachineQuerySchema, c.req.query(), { id: 'Filter mesin', en: 'Machine filter' });
    const checks = hub.machines.allChecks();
    const machines = hub.machines
      .all()
      .map((record) => toMachine(record, checks.get(record.id) ?? [], hub.liveness))
      .filter((m) => {
        if (query.server !== undefined && m.serverId !== query.server) return false;
        if (query.room !== undefined && m.roomId !== query.room) return false;
        if (query.verdict === undefined) return true;
        // As in the counts: a missing machine is only missing, an offline one only offline; an online
        // one without a report is incomplete.
        if (query.verdict === 'missing') return m.presence === 'missing';
        if (query.verdict === 'offline') return m.presence !== 'missing' && !m.online;
        return m.presence === 'online' && (m.verdict ?? 'incomplete') === query.verdict;
      });
    return c.json({ machines } satisfies MachinesResponse);
  });

  app.get('/api/machines/:id', requirePermission('machines.read'), (c) => {
    const record = hub.record(c.req.param('id'));
    const history = hub.machines.history(record.id).map((h) => ({ at: h.at, seq: h.seq, verdict: h.verdict, changes: h.changes }));
    return c.json({ ...toMachine(record, hub.machines.checks(record.id), hub.liveness), history } satisfies MachineDetail);
  });

  app.post('/api/machines/:id/recheck', requirePermission('machines.recheck'), (c) =>
    c.json({ requestId: recordChange(c, () => hub.recheck(c.req.param('id'))) } satisfies RecheckResponse, 202),
  );

  app.put('/api/machines/:id/placement', requirePermission('machines.place'), async (c) => {
    const to = await readJson(c, PlacementSchema, { id: 'Penempatan PC', en: 'PC placement' });
    return c.json(recordChange(c, () => hub.move(c.req.param('id'), to)));
  });

  app.delete('/api/machines/:id', requirePermission('machines.delete'), (c) => {
    recordChange(c, () => hub.remove(c.req.param('id')));
    return c.body(null, 204);
  });
}
