import { z } from 'zod';
import { PlacementSchema } from '../../protocol/agent.js';
import { VERDICTS } from '../../protocol/check.js';
import { validate } from '../../protocol/validate.js';
import type { HubApp } from '../feature.js';
import { readJson } from '../http/json.js';
import type { AgentHub } from './service.js';
import { toMachine } from './views.js';

const MachineQuerySchema = z.object({
  verdict: z.enum([...VERDICTS, 'offline']).optional(),
  server: z.string().max(64).optional(),
  room: z.string().max(64).optional(),
});

/**
 * Machines and enrollment over HTTP:
 * GET /api/machines[?verdict=ready|not-ready|incomplete|offline&server=&room=], GET /api/machines/:id,
 * POST /api/machines/:id/recheck, PUT /api/machines/:id/placement, DELETE /api/machines/:id
 * (enrollment: enrollment-routes.ts).
 */
export function agentRoutes(app: HubApp, hub: AgentHub): void {
  app.get('/api/machines', (c) => {
    const query = validate(MachineQuerySchema, c.req.query(), { id: 'Filter mesin', en: 'Machine filter' });
    const checks = hub.machines.allChecks();
    const machines = hub.machines
      .all()
      .map((record) => toMachine(record, checks.get(record.id) ?? [], hub.presence))
      .filter((m) => {
        if (query.server !== undefined && m.serverId !== query.server) return false;
        if (query.room !== undefined && m.roomId !== query.room) return false;
        if (query.verdict === undefined) return true;
        // As in the counts: an offline machine is only offline; an online one without a report is incomplete.
        if (query.verdict === 'offline') return !m.online;
        return m.online && (m.verdict ?? 'incomplete') === query.verdict;
      });
    return c.json({ machines });
  });

  app.get('/api/machines/:id', (c) => {
    const record = hub.record(c.req.param('id'));
    const history = hub.machines.history(record.id).map((h) => ({ at: h.at, seq: h.seq, verdict: h.verdict, changes: h.changes }));
    return c.json({ ...toMachine(record, hub.machines.checks(record.id), hub.presence), history });
  });

  app.post('/api/machines/:id/recheck', (c) => c.json({ requestId: hub.recheck(c.req.param('id')) }, 202));

  app.put('/api/machines/:id/placement', async (c) => {
    const to = await readJson(c, PlacementSchema, { id: 'Penempatan PC', en: 'PC placement' });
    return c.json(hub.move(c.req.param('id'), to));
  });

  app.delete('/api/machines/:id', (c) => {
    hub.remove(c.req.param('id'));
    return c.body(null, 204);
  });
}
