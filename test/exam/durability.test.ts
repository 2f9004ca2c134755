import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp.js';
import { adminClient, participantNik, participantNumber, runCli, sessionWithRoster, spawnHub, type HubProcess } from './process.js';

const N = 240;
const KILL_AFTER = 120;
const CONCURRENCY = 8;

let running: HubProcess | undefined;
const cleanups: Array<() => void> = [];
afterEach(async () => {
  if (running && running.child.exitCode === null && running.child.signalCode === null) {
    running.child.kill('SIGKILL');
    await running.exited;
  }
  running = undefined;
  for (const c of cleanups.splice(0)) c();
});

describe('durability (a real hub process, SIGKILL)', () => {
  it('keeps every acknowledged check-in and PIN across a hard kill', async () => {
    const tmp = tempDir();
    cleanups.push(tmp.cleanup);
    const dbPath = join(tmp.dir, 'siapcat.db');

    running = await spawnHub(dbPath);
    let api = await adminClient(running.url);
    const id = await sessionWithRoster(api, 'Uji SIGKILL', N, (i) => `R${(i % 3) + 1}`);

    // Check in with several requests in flight; kill the hub the moment KILL_AFTER are acknowledged.
    const acknowledged = new Map<string, string>();
    const proc = running;
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < N) {
        const i = next++;
        try {
          const res = await api(`/api/sessions/${id}/checkins`, { participantNumber: participantNumber(i), nik: participantNik(i) });
          if (res.status === 201 && !killed) {
            acknowledged.set(participantNumber(i), res.body.pin);
            if (acknowledged.size >= KILL_AFTER) {
              killed = true;
              proc.child.kill('SIGKILL');
            }
          }
        } catch {
          /* the connection died with the hub: not acknowledged */
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    if (!killed) proc.child.kill('SIGKILL'); // fewer acknowledged than expected: the assertions below say so
    expect(await proc.exited).toBeNull();
    expect(proc.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);

    // Restart on the same file: every acknowledged check-in is there and every PIN verifies.
    running = await spawnHub(dbPath);
    api = await adminClient(running.url);
    const attendance = await api(`/api/sessions/${id}/attendance`);
    const present = new Set(
      attendance.body.participants.filter((p: { status: string }) => p.status === 'present').map((p: { number: string }) => p.number),
    );
    for (const n of acknowledged.keys()) expect(present.has(n), `check-in ${n} lost`).toBe(true);
    expect(attendance.body.present).toBeGreaterThanOrEqual(acknowledged.size);
    for (const [n, pin] of acknowledged) {
      const verify = await api(`/api/sessions/${id}/pins/verify`, { participantNumber: n, pin });
      expect(verify.status, `PIN of ${n}`).toBe(200);
    }
    running.child.kill('SIGTERM');
    expect(await running.exited).toBe(0);

    // The audit chain survived the kill intact.
    const audit = await runCli(['audit', 'verify', '--db', dbPath]);
    expect(audit.code).toBe(0);
    expect(audit.stdout).toMatch(/^Rantai audit utuh: \d+ entri/);
  });
});
