import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { manualClock, type RandomSource } from '../../protocol/ports.js';
import type { HubOptions } from '../../server/hub.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'rosters');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, name)));
}

export interface ExamHub {
  hub: TestHub;
  token: string;
  clock: ReturnType<typeof manualClock>;
  api: (path: string, init?: Parameters<TestHub['api']>[1]) => ReturnType<TestHub['api']>;
  /** Creates a session starting 08:00 WITA on 23/11/2026 unless told otherwise; returns its id. */
  session(body?: Record<string, unknown>): Promise<string>;
  importRoster(sessionId: string, file: string | Uint8Array, type?: string): ReturnType<TestHub['api']>;
  stop(): Promise<void>;
}

/** A repeatable byte stream (xorshift32) for tests that must know what the hub will draw. */
export function seededRandom(seed: number): RandomSource {
  let x = seed >>> 0 || 1;
  return {
    bytes(length) {
      return Uint8Array.from({ length }, () => {
        x ^= x << 13;
        x >>>= 0;
        x ^= x >>> 17;
        x ^= x << 5;
        x >>>= 0;
        return x & 0xff;
      });
    },
  };
}

/** A real hub with a manual clock at 06:30 WITA on exam morning, logged in as admin. */
export async function startExamHub(now = '2026-11-23T06:30:00+08:00', random?: RandomSource, options: Partial<HubOptions> = {}): Promise<ExamHub> {
  const clock = manualClock(now);
  const hub = await startTestHub({ ...options, clock, ...(random ? { random } : {}) });
  const token = await hub.login();
  const api: ExamHub['api'] = (path, init = {}) => hub.api(path, { token, ...init });
  return {
    hub,
    token,
    clock,
    api,
    async session(body = {}) {
      const res = await api('/api/sessions', {
        body: {
          name: 'SKD Sesi 1',
          startsAt: '2026-11-23T08:00:00+08:00',
          kind: 'SKD',
          rooms: ['R1', 'R2'],
          venueName: 'Gedung Serbaguna Batulicin',
          ...body,
        },
      });
      if (res.status !== 201) throw new Error(`session: ${res.status} ${JSON.stringify(res.body)}`);
      return res.body.id as string;
    },
    importRoster(sessionId, file, type) {
      const bytes = typeof file === 'string' ? fixture(file) : file;
      const contentType = type ?? (typeof file === 'string' && file.endsWith('.xlsx') ? XLSX_TYPE : 'text/csv');
      return api(`/api/sessions/${sessionId}/roster`, {
        method: 'POST',
        body: bytes,
        headers: { 'content-type': contentType },
      });
    },
    stop: () => hub.stop(),
  };
}
