import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod/mini';
import { RoleSchema } from '../../protocol/check.js';
import { AppError } from '../../protocol/errors.js';
import { IdentSchema } from '../../protocol/venue.js';
import { writePrivateFile } from './private-files.js';

/**
 * What an installed agent runs with (`run --config FILE`): everything `agent run` takes on its
 * command line except a secret. The key lives in its own file (keyFile); the enrollment code is
 * spent by `install` and never stored.
 */
export const AgentConfigSchema = z.object({
  format: z.literal('siapcat-agent-config/1'),
  hub: z.url().check(z.maxLength(300)),
  id: IdentSchema,
  role: RoleSchema,
  serverId: z.nullable(IdentSchema),
  roomId: z.nullable(IdentSchema),
  seat: z.nullable(z.int().check(z.gte(1), z.lte(10_000))),
  schedule: z.string().check(z.maxLength(100)),
  probeMb: z.int().check(z.gte(0), z.lte(16)),
  keyFile: z.string().check(z.maxLength(1000)),
  statusFile: z.string().check(z.maxLength(1000)),
  logFile: z.string().check(z.maxLength(1000)),
  /** SHA-256 fingerprint of the hub's CA certificate, pinned once the hub serves TLS. */
  caFingerprint: z._default(z.nullable(z.string().check(z.maxLength(200))), null),
});
export type AgentConfig = z.infer<typeof AgentConfigSchema>;

export function readConfig(path: string): AgentConfig | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return AgentConfigSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (err) {
    throw new AppError(
      'bad-config',
      {
        id: `Berkas pengaturan agen ${path} rusak (${(err as Error).message.slice(0, 200)}). Pasang ulang agen: siapcat-agent install --hub URL --code KODE.`,
        en: `The agent settings file ${path} is damaged (${(err as Error).message.slice(0, 200)}). Reinstall the agent: siapcat-agent install --hub URL --code CODE.`,
      },
      { exitCode: 4, cause: err },
    );
  }
}

export function writeConfig(path: string, config: AgentConfig): void {
  writePrivateFile(path, `${JSON.stringify(config, null, 2)}\n`);
}
