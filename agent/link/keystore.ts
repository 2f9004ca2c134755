import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { z } from 'zod/mini';
import { AppError } from '../../protocol/errors.js';

/** What an agent keeps between runs for one hub: its key, and the next report number. */
export interface KeyState {
  key?: string;
  nextSeq: number;
}

export interface KeyStore {
  load(): KeyState;
  save(state: KeyState): void;
}

const FileSchema = z.object({
  format: z.literal('siapcat-agent-keys/1'),
  agents: z.record(z.string(), z.object({ key: z.optional(z.string()), nextSeq: z.int().check(z.gte(1)) })),
});
type KeyFile = z.infer<typeof FileSchema>;

/**
 * Where keys live unless --key-file says otherwise: the per-user config folder
 * (%APPDATA%\SiapCAT on Windows, $XDG_CONFIG_HOME/siapcat or ~/.config/siapcat elsewhere).
 */
export function defaultKeyFile(env: NodeJS.ProcessEnv = process.env, platform = process.platform, home = homedir()): string {
  if (env.SIAPCAT_KEY_FILE) return env.SIAPCAT_KEY_FILE;
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'SiapCAT', 'agent-keys.json');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'siapcat', 'agent-keys.json');
}

/** The slot of one agent identity at one hub: a PC may run agents for two hubs, or two ids in tests. */
export function keySlot(hubUrl: string, id: string): string {
  return `${new URL(hubUrl).origin}#${id}`;
}

const cannotSave = (path: string, err: unknown) =>
  new AppError(
    'key-file',
    {
      id: `Berkas kunci agen ${path} tidak bisa ditulis (${(err as Error).message}). Pilih folder yang bisa ditulis dengan --key-file.`,
      en: `Cannot write the agent key file ${path} (${(err as Error).message}). Choose a writable location with --key-file.`,
    },
    { exitCode: 4, cause: err },
  );

/**
 * A JSON key file shared by every agent identity of this user, written atomically (temporary
 * file + rename) and readable only by its owner. A damaged file is set aside, not overwritten.
 */
export function fileKeyStore(path: string, slot: string, onWarn: (text: string) => void = () => undefined): KeyStore {
  const read = (): KeyFile => {
    if (!existsSync(path)) return { format: 'siapcat-agent-keys/1', agents: {} };
    try {
      return FileSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
    } catch (err) {
      const aside = `${path}.rusak-${Date.now()}`;
      try {
        renameSync(path, aside);
      } catch {
        /* leave it; we will try to overwrite below */
      }
      onWarn(`key file ${path} unreadable (${(err as Error).message}); set aside as ${aside}`);
      return { format: 'siapcat-agent-keys/1', agents: {} };
    }
  };
  return {
    load: () => read().agents[slot] ?? { nextSeq: 1 },
    save(state) {
      const file = read();
      file.agents[slot] = state.key === undefined ? { nextSeq: state.nextSeq } : { key: state.key, nextSeq: state.nextSeq };
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(tmp, JSON.stringify(file, null, 2), { mode: 0o600 });
        renameSync(tmp, path);
        chmodSync(path, 0o600);
      } catch (err) {
        throw cannotSave(path, err);
      }
    },
  };
}

/** Keys kept in memory only: the simulator's agents and tests. */
export function memoryKeyStore(initial: KeyState = { nextSeq: 1 }): KeyStore & { state: KeyState } {
  const store = {
    state: { ...initial },
    load: () => ({ ...store.state }),
    save: (state: KeyState) => {
      store.state = { ...state };
    },
  };
  return store;
}
