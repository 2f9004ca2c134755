import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
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
  hub: z.string().url().max(300),
  id: IdentSchema,
  role: RoleSchema,
  serverId: IdentSchema.nullable(),
  roomId: IdentSchema.nullable(),
  seat: z.number().int().min(1).max(10_000).nullable(),
  schedule: z.string().max(100),
  probeMb: z.number().int().min(0).max(16),
  keyFile: z.string().max(1000),
  statusFile: z.string().max(1000),
  logFile: z.string().max(1000),
  /** SHA-256 fingerprint of the hub's CA certificate, pinned once the hub serves TLS. */
  caFingerprint: z.string().max(200).nullable().default(null),
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
