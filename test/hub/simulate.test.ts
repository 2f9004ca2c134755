import { afterEach, describe, expect, it } from 'vitest';
import { summaryLines } from '../../agent/simulate/cli.js';
import { weighted } from '../../agent/simulate/prng.js';
import { Simulator, type HardwareSource } from '../../agent/simulate/simulator.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';
import { READY, report } from '../helpers/reports.js';

const TOKEN = 'token-lokasi-uji-2026';
let hub: TestHub | undefined;
let sim: Simulator | undefined;

afterEach(async () => {
  sim?.stop();
  sim = undefined;
  await hub?.stop();
  hub = undefined;
});

/** Hardware for transport tests: mostly ready, some failing RAM, some without a readable webcam. */
const testHardware: HardwareSource = {
  machine(role, rng) {
    const kind = weighted(rng, [
      ['ready', 80],
      ['ram', 12],
      ['cam', 8],
    ] as const);
    const statuses =
      kind === 'ready' ? READY : kind === 'ram' ? { ...READY, 'ram-size': 'fail' as const } : { ...READY, webcam: 'unknown' as const };
    return { name: kind, report: (at) => report(statuses, role, at.toISOString()) };
  },
};

describe('simulate', () => {
  it('leaves exactly 200 of 205 clients on a fresh hub with one server, and names the 5 refused', async () => {
    hub = await startTestHub({ env: { SIAPCAT_ENROLL_TOKEN: TOKEN } });
    sim = new Simulator({
      hubUrl: hub.url,
      token: TOKEN,
      shape: { servers: 1, clients: 205, rooms: 0 },
      seed: 1,
      source: testHardware,
      staggerMs: 200,
    });
    await sim.start();
    expect(await sim.settled(30_000)).toBe(true);
    const summary = sim.summary();
    expect(summary.placed).toEqual({ S1: 200 });
    expect(summary.refused).toHaveLength(5);
    expect(new Set(summary.refused.map((r) => r.code))).toEqual(new Set(['server-full']));
    const lines = summaryLines(summary).map((l) => l.id);
    expect(lines).toContain('Server S1: 200 klien ditempatkan.');
    expect(lines.find((l) => l.startsWith('Ditolak 5'))).toContain('Server S1 penuh: 200/200 klien');

    const token = await hub.login();
    const servers = (await hub.api('/api/servers', { token })).body.servers;
    expect(servers).toEqual([{ id: 'S1', kind: 'server', limit: 200, assigned: 200, online: true, waiting: expect.any(Array) }]);
    expect(servers[0].waiting).toHaveLength(5);
    const readiness = (await hub.api('/api/venue/readiness', { token })).body;
    expect(readiness.machines.ready + readiness.machines.notReady + readiness.machines.incomplete).toBe(206);
    expect(readiness.machines.notReady).toBeGreaterThan(0);
    expect(readiness.causes[0].text.id).toBe('server S1 penuh: 200/200, 5 menunggu');
  });

  it('draws the same venue for the same seed', () => {
    const names = (seed: number) => {
      const s = new Simulator({
        hubUrl: 'http://127.0.0.1:9',
        token: TOKEN,
        shape: { servers: 2, clients: 50, rooms: 2 },
        seed,
        source: testHardware,
      });
      return s.summary().hardware;
    };
    expect(names(5)).toEqual(names(5));
    expect(names(5)).not.toEqual(names(6));
    expect(names(5).ready).toBeGreaterThan(30);
  });
});
