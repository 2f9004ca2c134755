import type { Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_PROBE_BYTES } from '../../protocol/agent.js';
import { rawAgent, until } from '../helpers/agents.js';
import { fastFeatures } from '../helpers/features.js';
import { startTestHub, type TestHub } from '../helpers/hub.js';

const TOKEN = 'token-lokasi-uji-2026';
let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.stop();
  hub = undefined;
});

const hello = (id: string) => ({ type: 'hello', v: 1, id, role: 'client', agent: { version: 'test' }, token: TOKEN });

describe('a probe slot held by a silent agent', () => {
  it('is freed at the deadline over a real socket: the silent PC is logged as not answering and dropped, the next PC gets its probe', async () => {
    // One slot; the silent sweep far away, so only the probe's own deadline can free it. The deadline (5 s grace) is far
    // enough that a busy machine still gets the second PC's request in while the slot is held.
    hub = await startTestHub({
      env: { SIAPCAT_ENROLL_TOKEN: TOKEN },
      ...fastFeatures({ maxProbes: 1, probeGraceMs: 5000, probeMinMbps: 1000, offlineAfterMs: 120_000, missingAfterMs: 120_000 }),
    });
    const other = await rawAgent(hub.url);
    other.sendJson(hello('PC-RAJIN'));
    await other.next('welcome');
    const silent = await rawAgent(hub.url);
    silent.sendJson(hello('PC-DIAM'));
    await silent.next('welcome');
    // It stops reading first (so not even loopback can take the whole probe), asks for the largest probe, and stays silent.
    (silent.ws as unknown as { _socket: Socket })._socket.pause();
    silent.sendJson({ type: 'probe.request', v: 1, probeId: 'diam-1', bytes: MAX_PROBE_BYTES });
    await new Promise((r) => setTimeout(r, 500));

    other.sendJson({ type: 'probe.request', v: 1, probeId: 'rajin-1', bytes: 256 * 1024 });
    expect(await other.next('probe.busy')).toMatchObject({ probeId: 'rajin-1' });

    // The deadline passes (5 s + 16 MiB at 1000 Mbit/s): the slot is freed and the PC recorded.
    await until(() => hub!.lines.some((l) => l.includes('agents.probe-unanswered')), 'the probe deadline', 20_000);
    const line = hub.lines.find((l) => l.includes('agents.probe-unanswered'))!;
    expect(line).toContain('agent=PC-DIAM');
    expect(line).toContain('probeId=diam-1');
    expect(line).toMatch(/sentBytes=\d+/);
    expect(Number(/sentBytes=(\d+)/.exec(line)![1])).toBeLessThan(MAX_PROBE_BYTES);
    // Dropped: the hub closed its socket (the PC shows missing until it comes back).
    await until(async () => {
      const machines = (await hub!.api('/api/machines', { token: await hub!.login() })).body.machines as Array<{
        id: string;
        online: boolean;
      }>;
      return machines.some((m) => m.id === 'PC-DIAM' && !m.online);
    }, 'the silent PC offline');

    other.sendJson({ type: 'probe.request', v: 1, probeId: 'rajin-2', bytes: 256 * 1024 });
    expect(await other.next('probe.done')).toMatchObject({ probeId: 'rajin-2', bytes: 256 * 1024 });
    other.ws.close();
    silent.ws.terminate();
  }, 40_000);
});
