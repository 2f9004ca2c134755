import { describe, expect, it } from 'vitest';
import { fakeSockets, manualTimers } from '../testing/fake-socket.js';
import { fakeHub } from '../testing/fake-hub.js';
import { machineRow, machineSummary } from '../testing/fixtures.js';
import { deferred, settle, testHost } from '../testing/host.js';
import { ApiError } from './errors.js';
import { LiveClient } from './live.js';
import { MachinesController } from './machines-store.js';
import { ResourceController } from './resource.js';

function liveWithSocket() {
  const sockets = fakeSockets();
  const live = new LiveClient({ url: 'ws://x/ws/live', token: () => 't', socket: sockets.factory, timers: manualTimers(), random: () => 0.5 });
  live.start();
  sockets.last.open();
  return { live, sockets };
}

const changed = (topics: string[], machines: unknown[] = []) => ({ type: 'live.changed', v: 1, seq: 1, topics, machines });

describe('ResourceController', () => {
  it('loads on connect and re-fetches on its topics only', async () => {
    const { live, sockets } = liveWithSocket();
    let loads = 0;
    const host = testHost();
    const resource = new ResourceController(host, { load: async () => ++loads, live, topics: ['facilities'] });
    host.connect();
    await settle();
    expect(resource.value).toBe(1);
    sockets.last.receive(changed(['machines']));
    await settle();
    expect(loads).toBe(1);
    sockets.last.receive(changed(['facilities', 'readiness']));
    await settle();
    expect(loads).toBe(2);
    expect(resource.value).toBe(2);
    host.disconnect();
    sockets.last.receive(changed(['facilities']));
    await settle();
    expect(loads).toBe(2);
  });

  it('folds notices that arrive during a fetch into one more fetch', async () => {
    const gates = [deferred<number>(), deferred<number>()];
    let n = 0;
    const host = testHost();
    const resource = new ResourceController(host, { load: () => gates[n++]!.promise });
    host.connect();
    const first = resource.reload();
    void resource.reload();
    void resource.reload();
    gates[0]!.resolve(1);
    await Promise.resolve();
    gates[1]!.resolve(2);
    await first;
    expect(n).toBe(2);
    expect(resource.value).toBe(2);
  });

  it('keeps the last good value when a later fetch fails, with the reason', async () => {
    let fail = false;
    const host = testHost();
    const resource = new ResourceController(host, {
      load: async () => {
        if (fail) throw new ApiError('network', { id: 'Hub tidak bisa dihubungi', en: 'Cannot reach the hub' });
        return 'data';
      },
    });
    host.connect();
    await settle();
    fail = true;
    await resource.reload();
    expect(resource.value).toBe('data');
    expect(resource.error?.id).toBe('Hub tidak bisa dihubungi');
  });

  it('re-fetches after the live channel reconnects', async () => {
    const { live, sockets } = liveWithSocket();
    let loads = 0;
    const host = testHost();
    new ResourceController(host, { load: async () => ++loads, live, topics: [] });
    host.connect();
    await settle();
    sockets.last.drop();
    live.retryNow();
    sockets.last.open();
    await settle();
    expect(loads).toBe(2);
  });
});

describe('MachinesController', () => {
  it('applies machine summaries from the live channel without a round trip', async () => {
    const hub = fakeHub({ 'GET /api/machines': { body: { machines: [machineRow({ id: 'PC-1' }), machineRow({ id: 'PC-2', seat: 2 })] } } });
    const { live, sockets } = liveWithSocket();
    const host = testHost();
    const machines = new MachinesController(host, hub.api, live);
    host.connect();
    await settle();
    expect(machines.byId.get('PC-1')?.verdict).toBe('ready');
    const fetches = hub.calls.length;
    sockets.last.receive(changed(['machines'], [machineSummary({ id: 'PC-1', verdict: 'not-ready', failing: ['ram-size'] })]));
    expect(machines.byId.get('PC-1')?.verdict).toBe('not-ready');
    expect(machines.byId.get('PC-1')).not.toHaveProperty('checks');
    expect(hub.calls.length).toBe(fetches);
    expect(machines.inRoom('R1').map((m) => m.id)).toEqual(['PC-1', 'PC-2']);
  });

  it('re-fetches the list on a machines notice without summaries', async () => {
    const hub = fakeHub({ 'GET /api/machines': { body: { machines: [machineRow({ id: 'PC-1' })] } } });
    const { live, sockets } = liveWithSocket();
    const host = testHost();
    const machines = new MachinesController(host, hub.api, live);
    host.connect();
    await settle();
    hub.set('GET /api/machines', { body: { machines: [] } });
    sockets.last.receive(changed(['machines']));
    await settle();
    expect(machines.byId.size).toBe(0);
  });
});
