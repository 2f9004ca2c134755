import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../../protocol/errors.js';

/**
 * A throw-away PostgreSQL cluster for tests, benchmarks and `npm run demo:region`: initdb in a temp
 * folder, a free port on 127.0.0.1 only, trust authentication for the local user `siapcat`, stopped
 * and removed by `stop()`. A real regional service uses an existing server (`siapcat region --pg`).
 * initdb refuses to run as root, so as root the cluster runs as the system user `postgres`.
 */
export interface LocalPostgres {
  url: string;
  port: number;
  dir: string;
  /** A new empty database on this cluster; its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

const CANDIDATE_BINS = ['/usr/lib/postgresql/17/bin', '/usr/lib/postgresql/16/bin', '/usr/lib/postgresql/15/bin'];

/** The folder of initdb/pg_ctl: SIAPCAT_PG_BIN, else Debian's, else whatever is on PATH. */
export function postgresBin(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SIAPCAT_PG_BIN) return env.SIAPCAT_PG_BIN;
  const found = CANDIDATE_BINS.find((dir) => existsSync(join(dir, 'initdb')));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' });
  if (which.status === 0 && which.stdout.trim()) return join(which.stdout.trim(), '..');
  throw new AppError(
    'pg-missing',
    {
      id: 'PostgreSQL (initdb, pg_ctl) tidak ditemukan. Pasang paket Debian postgresql, atau beri --pg ke server yang sudah ada.',
      en: 'PostgreSQL (initdb, pg_ctl) was not found. Install the Debian package postgresql, or give --pg of an existing server.',
    },
    { exitCode: 4 },
  );
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export async function startLocalPostgres(options: { env?: NodeJS.ProcessEnv } = {}): Promise<LocalPostgres> {
  const bin = postgresBin(options.env);
  const dir = mkdtempSync(join(tmpdir(), 'siapcat-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (tool: string, args: string[]) => {
    const cmd = join(bin, tool);
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
    return execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', cwd: dir });
  };
  if (asRoot) chownSync(dir, uidOf('postgres'), gidOf('postgres'));
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'siapcat', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  // fsync off: a throw-away cluster; never do this with data anyone keeps.
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-o', opts, '-l', join(dir, 'log'), '-w', '-t', '60', 'start']);
  let stopped = false;
  const url = `postgres://siapcat@127.0.0.1:${port}/postgres`;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  return {
    url,
    port,
    dir,
    stop,
    async createDatabase(name: string) {
      if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`bad database name ${name}`);
      const { default: pg } = await import('pg');
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://siapcat@127.0.0.1:${port}/${name}`;
    },
  };
}

function idOf(flag: '-u' | '-g', name: string): number {
  return Number(execFileSync('id', [flag, name], { encoding: 'utf8' }).trim());
}
const uidOf = (name: string) => idOf('-u', name);
const gidOf = (name: string) => idOf('-g', name);

