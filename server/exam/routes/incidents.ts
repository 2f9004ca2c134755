import { IncidentRequestSchema, IncidentUpdateSchema, type IncidentsResponse } from '../../../protocol/exam-reports.js';
import { requirePermission } from '../../auth/permissions.js';
import type { HubApp } from '../../feature.js';
import { readJson } from '../../http/json.js';
import type { ExamDeps } from '../deps.js';
import { createIncident, deleteIncident, listIncidents, updateIncident } from '../incidents/service.js';
import { intParam } from './params.js';

const INCIDENT = { id: 'Data kejadian', en: 'Incident' };

export function incidentRoutes(app: HubApp, deps: ExamDeps): void {
  app.get('/api/sessions/:id/incidents', requirePermission('incidents.read'), (c) =>
    c.json({ incidents: listIncidents(deps, c.req.param('id')) } satisfies IncidentsResponse),
  );

  app.post('/api/sessions/:id/incidents', requirePermission('incidents.record'), async (c) => {
    const body = await readJson(c, IncidentRequestSchema, INCIDENT);
    return c.json(createIncident(deps, c.req.param('id'), body, c.get('user')), 201);
  });

  app.patch('/api/sessions/:id/incidents/:incident', requirePermission('incidents.record'), async (c) => {
    const id = intParam(c, 'incident', c.req.param('incident'));
    const body = await readJson(c, IncidentUpdateSchema, INCIDENT);
    return c.json(updateIncident(deps, c.req.param('id'), id, body, c.get('user')));
  });

  app.delete('/api/sessions/:id/incidents/:incident', requirePermission('incidents.delete'), (c) => {
    deleteIncident(deps, c.req.param('id'), intParam(c, 'incident', c.req.param('incident')), c.get('user'));
    return c.body(null, 204);
  });
}
