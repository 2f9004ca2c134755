import { join } from 'node:path';
import { startHub, type Hub, type HubOptions } from '../../server/hub.js';
import { memoryLogger } from '../../server/log.js';
import { tempDir } from './tmp.js';

export const TEST_ADMIN_PASSWORD = 'rahasia-ujian-2026';

/**
 * scrypt cost for test hubs: hundreds of logins per run at the OWASP cost would take minutes.
 * The default cost and the rehash to it are tested in test/hub/passwords.test.ts.
 */
export const TEST_PASSWORD_COST = { N: 1024, r: 8, p: 1 };

export interface TestHub extends Hub {
  dbPath: string;
  lines: string[];
  /** Logs in as admin and returns the bearer token. */
  login(): Promise<string>;
  /** fetch against the hub, JSON in and out, with the token when given. */
  api(path: string, init?: { method?: string; body?: unknown; token?: string; headers?: Record<string, string> }): Promise<{
    status: number;
    body: any;
  }>;
  stop(): Promise<void>;
}

/** A real hub on an ephemeral port with a temporary SQLite file. */
export async function startTestHub(options: Partial<HubOptions> & { dir?: string } = {}): Promise<TestHub> {
  const tmp = options.dir ? undefined : tempDir();
  const dir = options.dir ?? tmp!.dir;
  const log = memoryLogger();
  const dbPath = options.dbPath ?? join(dir, 'siapcat.db');
  const hub = await startHub({
    port: 0,
    host: '127.0.0.1',
    log,
    passwordCost: TEST_PASSWORD_COST,
    ...options,
    dbPath,
    env: { SIAPCAT_ADMIN_PASSWORD: TEST_ADMIN_PASSWORD, ...options.env },
  });
  const api: TestHub['api'] = async (path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    let body: RequestInit["body"] | undefined;
    if (init.body !== undefined) {
      if (typeof init.body === 'string' || init.body instanceof Uint8Array) {
        body = init.body as RequestInit["body"];
      } else {
        body = JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
    }
    const res = await fetch(hub.url + path, { method: init.method ?? (body ? 'POST' : 'GET'), headers, body });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed };
  };
  return {
    ...hub,
    dbPath,
    lines: log.lines,
    api,
    async login() {
      const res = await api('/api/login', { body: { username: 'admin', password: TEST_ADMIN_PASSWORD } });
      if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token as string;
    },
    async stop() {
      await hub.close();
      tmp?.cleanup();
    },
  };
}
