import { Agent, request } from 'node:https';
import { memoryLogger } from '../../server/log.js';
import { startRegion, type Region, type RegionOptions } from '../../server/region/service.js';
import { tempDir } from './tmp.js';

export const REGION_ADMIN_PASSWORD = 'wilayah-rahasia-2026';

export interface TestRegion extends Region {
  lines: string[];
  /** JSON over HTTPS trusting the region's own CA; `token` is a login or a venue key. */
  api(path: string, init?: { method?: string; body?: unknown; token?: string; raw?: string | Buffer; headers?: Record<string, string> }): Promise<{ status: number; body: any }>;
  login(username?: string, password?: string): Promise<string>;
  /** Creates a venue as the regional admin; its one-time code. */
  enroll(id: string, name: string, token: string): Promise<string>;
  stop(): Promise<void>;
}

export async function startTestRegion(pg: string, options: Partial<RegionOptions> = {}): Promise<TestRegion> {
  const tmp = tempDir('siapcat-region-');
  const log = memoryLogger();
  const region = await startRegion({
    pg,
    port: 0,
    host: '127.0.0.1',
    tlsDir: tmp.dir,
    log,
    env: { SIAPCAT_REGION_ADMIN_PASSWORD: REGION_ADMIN_PASSWORD },
    ...options,
  });
  const agent = new Agent({ ca: region.tls.caPem, keepAlive: true });
  const api: TestRegion['api'] = (path, init = {}) =>
    new Promise((resolve, reject) => {
      const body = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
      const headers: Record<string, string> = { ...init.headers };
      if (body !== undefined) headers['content-type'] ??= 'application/json';
      if (init.token) headers.authorization = `Bearer ${init.token}`;
      const req = request(new URL(path, region.url), { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, agent }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : null;
          } catch {
            /* text */
          }
          resolve({ status: res.statusCode ?? 0, body: parsed });
        });
      });
      req.on('error', reject);
      req.end(body);
    });
  return {
    ...region,
    lines: log.lines,
    api,
    async login(username = 'admin', password = REGION_ADMIN_PASSWORD) {
      const res = await api('/api/login', { body: { username, password } });
      if (res.status !== 200) throw new Error(`region login: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.token as string;
    },
    async enroll(id, name, token) {
      const res = await api('/api/region/venues', { body: { id, name }, token });
      if (res.status !== 201) throw new Error(`enroll: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.code as string;
    },
    async stop() {
      agent.destroy();
      await region.close();
      tmp.cleanup();
    },
  };
}
