import { recordChange } from '../http/audit-changes.js';
import { createReadStream, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../protocol/errors.js';
import { CreateEnrollmentCodeSchema, type EnrollmentInfo, type NewEnrollmentCode } from '../../protocol/enrollment.js';
import { requirePermission } from '../auth/permissions.js';
import type { HubApp } from '../feature.js';
import { readJson } from '../http/json.js';
import { codeView } from './codes.js';
import { CODE_PLACEHOLDER, enrollmentCommands, lanAddress, publicHubUrl } from './enrollment.js';
import { approveMachine } from './places.js';
import type { AgentHub } from './service.js';

/** The single-file agents `npm run build:agent` writes, offered for download by the hub itself. */
export const AGENT_FILES = [
  { file: 'siapcat-agent-win-x64.exe', os: 'windows' },
  { file: 'siapcat-agent-linux-x64', os: 'linux' },
] as const;

/** dist/agent-bin beside the built hub (dist/server/agents → dist/agent-bin), or SIAPCAT_AGENT_BIN_DIR. */
export function agentBinDir(env: NodeJS.ProcessEnv): string {
  if (env.SIAPCAT_AGENT_BIN_DIR) return env.SIAPCAT_AGENT_BIN_DIR;
  const here = fileURLToPath(new URL('.', import.meta.url));
  return here.includes(`${join('dist', 'server')}`) ? join(here, '..', '..', 'agent-bin') : join(here, '..', '..', 'dist', 'agent-bin');
}

const size = (path: string) => statSync(path, { throwIfNoEntry: false })?.size ?? null;

/**
 * Enrolling exam PCs (admin only, see server/auth/permissions.ts):
 * GET /api/enrollment, POST /api/enrollment/codes, DELETE /api/enrollment/codes/:id,
 * POST /api/enrollment/rotate, POST /api/machines/:id/approve, GET /api/agent-bin/:file.
 */
export function enrollmentRoutes(app: HubApp, hub: AgentHub): void {
  const address = (requestUrl: string) =>
    publicHubUrl({ override: hub.ctx.config.env.SIAPCAT_PUBLIC_URL, requestUrl, lan: lanAddress(), listenHost: hub.ctx.config.host });

  const fingerprint = () => hub.ctx.config.tls?.caFingerprint ?? null;

  const info = (requestUrl: string): EnrollmentInfo => {
    const { url, warning } = address(requestUrl);
    const dir = agentBinDir(hub.ctx.config.env);
    const now = hub.ctx.clock.now();
    return {
      hubUrl: url,
      addresses: [hub.ctx.config.host, ...(lanAddress() ? [lanAddress()!] : [])],
      downloads: AGENT_FILES.map((f) => ({ ...f, bytes: size(join(dir, f.file)), url: `/api/agent-bin/${f.file}` })),
      codes: hub.codes.all().map((c) => codeView(c, now)),
      commands: enrollmentCommands(url, CODE_PLACEHOLDER, null, fingerprint()),
      caFingerprint: fingerprint(),
      simulatorToken: hub.token.get(),
      warning,
    };
  };

  app.get('/api/enrollment', requirePermission('enrollment.read'), (c) => c.json(info(c.req.url)));

  app.post('/api/enrollment/codes', requirePermission('enrollment.manage'), async (c) => {
    const input = await readJson(c, CreateEnrollmentCodeSchema, { id: 'Kode pendaftaran', en: 'Enrollment code' });
    if (input.kind === 'batch' && input.roomId !== null && !hub.venue.room(input.roomId)) {
      throw new AppError(
        'unknown-room',
        { id: `Ruang ${input.roomId} tidak ada di denah.`, en: `Room ${input.roomId} is not in the venue plan.` },
        { status: 400 },
      );
    }
    const user = c.get('user').username;
    const { code, stored } = recordChange(c, () => hub.codes.create(input, user, hub.ctx.clock.now(), hub.ctx.random));
    hub.ctx.log.info('agents.code-created', {
      code: stored.id,
      kind: input.kind,
      uses: stored.maxUses,
      expires: stored.expiresAt,
      by: user,
    });
    const body: NewEnrollmentCode = {
      code,
      entry: codeView(stored, hub.ctx.clock.now()),
      commands: enrollmentCommands(address(c.req.url).url, code, stored.roomId, fingerprint()),
    };
    return c.json(body, 201);
  });

  app.delete('/api/enrollment/codes/:id', requirePermission('enrollment.manage'), (c) => {
    const id = c.req.param('id');
    if (!recordChange(c, () => hub.codes.revoke(id, hub.ctx.clock.now().toISOString()))) {
      throw new AppError(
        'code-unknown',
        { id: `Kode ${id} tidak ada atau sudah dicabut.`, en: `Code ${id} does not exist or is already revoked.` },
        { status: 404 },
      );
    }
    hub.ctx.log.info('agents.code-revoked', { code: id, by: c.get('user').username });
    return c.body(null, 204);
  });

  app.post('/api/enrollment/rotate', requirePermission('enrollment.rotate'), (c) => {
    hub.token.rotate((w) => recordChange(c, w));
    hub.ctx.log.info('agents.enroll-token-rotated', { by: c.get('user').username });
    return c.json(info(c.req.url));
  });

  app.post('/api/machines/:id/approve', requirePermission('machines.approve'), (c) => {
    recordChange(c, () => approveMachine(hub, c.req.param('id'), c.get('user').username));
    return c.json(hub.summary(c.req.param('id')));
  });

  app.get('/api/agent-bin/:file', requirePermission('agent-bin.download'), (c) => {
    const entry = AGENT_FILES.find((f) => f.file === c.req.param('file'));
    const path = entry ? join(agentBinDir(hub.ctx.config.env), entry.file) : '';
    const bytes = entry ? size(path) : null;
    if (!entry || bytes === null) {
      throw new AppError(
        'agent-bin-missing',
        {
          id: `Berkas agen ${c.req.param('file').slice(0, 60)} tidak ada di hub ini. Buat dengan 'npm run build:agent' di PC hub (sekali, perlu internet), atau salin dari kit USB.`,
          en: `Agent file ${c.req.param('file').slice(0, 60)} is not on this hub. Build it with 'npm run build:agent' on the hub PC (once, needs internet), or copy it from the USB kit.`,
        },
        { status: 404 },
      );
    }
    const stream = Readable.toWeb(createReadStream(path)) as ReadableStream;
    return new Response(stream, {
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': String(bytes),
        'content-disposition': `attachment; filename="${entry.file}"`,
        'x-content-type-options': 'nosniff',
      },
    });
  });
}
