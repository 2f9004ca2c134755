import { z } from 'zod/mini';
import { CAPTURE_UPLOAD_MAX_BYTES, CAPTURES_KEPT, type CaptureRecord, type CapturesResponse } from '../../protocol/captures.js';
import type { ReadinessReport } from '../../protocol/check.js';
import { AppError } from '../../protocol/errors.js';
import { ROLES, type Role } from '../../protocol/terms.js';
import { validate } from '../../protocol/validate.js';
import { requirePermission } from '../auth/permissions.js';
import type { Feature } from '../feature.js';
import { readBodyBytes } from '../http/json.js';
import { CaptureStore } from './store.js';

/** What judging one machine file gives; the agent side supplies it (cli/ wires it in, server/ never imports agent/). */
export interface JudgedMachineFile {
  host: string | null;
  capturedAt: string;
  source: CaptureRecord['source'];
  report: ReadinessReport;
}
/** Bytes of a capture or snapshot file -> its judged report, or an AppError saying why the file was refused. */
export type MachineFileJudge = (bytes: Uint8Array, role: Role) => JudgedMachineFile;

const QuerySchema = z.object({
  role: z.optional(z.enum(ROLES)),
  name: z.optional(z.string().check(z.maxLength(300))),
});

/** The file's own name, without any folder part or control characters, for the reader. */
export function displayName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  return base.replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 120) || 'berkas';
}

function noJudge(): AppError {
  return new AppError(
    'captures-unavailable',
    {
      id: 'Hub ini dijalankan tanpa penilai berkas PC. Jalankan hub dengan perintah siapcat hub.',
      en: 'This hub was started without the machine-file judge. Run the hub with the siapcat hub command.',
    },
    { status: 503 },
  );
}

/**
 * Old PCs and offline snapshots: POST /api/captures?role=client&name=FILE (body: the file's bytes,
 * at most 8 MB) judges a capture file from TANGKAP-PC-LAMA.cmd or an agent snapshot by the same
 * checklist and keeps the report; GET /api/captures lists them, newest first; DELETE
 * /api/captures/:id removes one. A refused file answers 400 with why, in both languages.
 */
export function capturesFeature(options: { judge?: MachineFileJudge } = {}): Feature {
  return {
    name: 'captures',
    routes(app, ctx) {
      const store = new CaptureStore(ctx.db, CAPTURES_KEPT);
      app.get('/api/captures', requirePermission('captures.read'), (c) => c.json({ captures: store.list(500) } satisfies CapturesResponse));

      app.post('/api/captures', requirePermission('captures.import'), async (c) => {
        const query = validate(QuerySchema, c.req.query(), { id: 'Unggah berkas PC', en: 'Machine file upload' });
        const bytes = await readBodyBytes(c, CAPTURE_UPLOAD_MAX_BYTES);
        if (!options.judge) throw noJudge();
        const role = query.role ?? 'client';
        const fileName = displayName(query.name);
        const by = c.get('user').username;
        let judged: JudgedMachineFile;
        try {
          judged = options.judge(bytes, role);
        } catch (err) {
          if (err instanceof AppError) {
            ctx.log.info('captures.refused', { file: fileName, code: err.code, by });
            throw new AppError(err.code, { id: `${fileName}: ${err.text.id}`, en: `${fileName}: ${err.text.en}` }, { status: 400 });
          }
          throw err;
        }
        const record = store.add({
          file_name: fileName,
          host: judged.host,
          role,
          source: judged.source,
          captured_at: judged.capturedAt,
          imported_at: ctx.clock.now().toISOString(),
          imported_by: by,
          verdict: judged.report.verdict,
          report: JSON.stringify(judged.report),
        });
        ctx.log.info('captures.imported', { file: fileName, host: record.host, verdict: record.verdict, by });
        return c.json(record, 201);
      });

      app.delete('/api/captures/:id', requirePermission('captures.delete'), (c) => {
        const id = Number(c.req.param('id'));
        if (!Number.isSafeInteger(id) || !store.remove(id)) {
          throw new AppError(
            'capture-unknown',
            { id: 'Berkas PC itu tidak ada (mungkin sudah dihapus).', en: 'That machine file is not there (it may have been removed).' },
            { status: 404 },
          );
        }
        return c.body(null, 204);
      });
    },
  };
}
