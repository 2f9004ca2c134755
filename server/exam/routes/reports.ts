import { AppError } from '../../../protocol/errors.js';
import { requirePermission } from '../../auth/permissions.js';
import type { HubApp } from '../../feature.js';
import type { ExamDeps } from '../deps.js';
import { attendanceOf, beritaAcaraOf, daftarHadirOf, exportOf } from '../reports/service.js';
import { loadSession } from '../sessions/service.js';
import { attachment, intParam } from './params.js';
import type { AuditPage, AuditVerify } from '../../../protocol/exam-reports.js';

export function reportRoutes(app: HubApp, deps: ExamDeps): void {
  app.get('/api/sessions/:id/attendance', requirePermission('attendance.read'), (c) => c.json(attendanceOf(deps, c.req.param('id'))));

  app.get('/api/sessions/:id/attendance/export', requirePermission('attendance.export'), async (c) => {
    const format = (c.req.query('format') ?? 'xlsx').toLowerCase();
    if (format !== 'csv' && format !== 'xlsx') {
      throw new AppError('invalid', {
        id: `Format ekspor '${format}' tidak dikenal: pilih csv atau xlsx.`,
        en: `Unknown export format '${format}': use csv or xlsx.`,
      });
    }
    const file = await exportOf(deps, c.req.param('id'), format);
    c.header('Content-Type', file.type);
    c.header('Content-Disposition', attachment(file.filename));
    return c.body(typeof file.body === 'string' ? file.body : new Uint8Array(file.body));
  });

  app.get('/api/sessions/:id/daftar-hadir', requirePermission('reports.read'), (c) =>
    c.json(daftarHadirOf(deps, c.req.param('id'), c.req.query('room'))),
  );

  app.get('/api/sessions/:id/berita-acara', requirePermission('reports.read'), (c) => {
    const ba = beritaAcaraOf(deps, c.req.param('id'));
    if (c.req.query('download') !== undefined) c.header('Content-Disposition', attachment(`berita-acara-${ba.session.id}.json`));
    return c.json(ba);
  });

  app.get('/api/sessions/:id/audit', requirePermission('audit.read'), (c) => {
    const session = loadSession(deps, c.req.param('id'));
    const limit = intParam(c, 'limit', c.req.query('limit'), 200, { min: 1, max: 1000 });
    const before = intParam(c, 'before', c.req.query('before'), Number.MAX_SAFE_INTEGER, {
      min: 1,
      max: Number.MAX_SAFE_INTEGER,
    });
    return c.json({ entries: deps.audit.forSession(session.id, limit, before) } satisfies AuditPage);
  });

  app.get('/api/audit/verify', requirePermission('audit.read'), (c) => {
    const report = deps.audit.verify();
    return c.json({ intact: report.broken === null, ...report } satisfies AuditVerify);
  });
}
