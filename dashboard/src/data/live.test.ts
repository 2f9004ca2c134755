import { describe, expect, it } from 'vitest';
import { fakeSockets, manualTimers } from '../testing/fake-socket.js';
import { backoffDelay } from './backoff.js';
import { LiveClient, liveUrl, type LiveEvent } from './live.js';
import { machineSummary } from '../testing/fixtures.js';

function setup(token: string | null = 'tok-123') {
  const sockets = fakeSockets();
  const timers = manualTimers();
  const events: LiveEvent[] = [];
  let refused = 0;
  const client = new LiveClient({
    url: 'ws://hub/ws/live',
    token: () => token ?? undefined,
    socket: sockets.factory,
    timers,
    random: () => 0.5,
    onRefused: () => refused++,
  });
  client.on((e) => events.push(e));
  return { client, sockets, timers, events, refused: () => refused };
}

describe('backoffDelay', () => {
  it('grows exponentially up to the cap, with full jitter above a floor', () => {
    expect(backoffDelay(0, () => 1, 1000, 30_000)).toBe(1000);
    expect(backoffDelay(3, () => 1, 1000, 30_000)).toBe(8000);
    expect(backoffDelay(10, () => 1, 1000, 30_000)).toBe(30_000);
    expect(backoffDelay(3, () => 0.5, 1000, 30_000)).toBe(4000);
    expect(backoffDelay(3, () => 0, 1000, 30_000)).toBe(250);
  });
});

describe('LiveClient', () => {
  it('derives the socket address from the page address', () => {
    expect(liveUrl({ protocol: 'http:', host: '10.0.0.2:8080' })).toBe('ws://10.0.0.2:8080/ws/live');
    expect(liveUrl({ protocol: 'https:', host: 'hub.local' })).toBe('wss://hub.local/ws/live');
  });

  it('offers the live subprotocol and the bearer token', () => {
    const { client, sockets } = setup();
    client.start();
    expect(sockets.last.url).toBe('ws://hub/ws/live');
    expect(sockets.last.protocols).toEqual(['siapcat.live.v1', 'bearer.tok-123']);
    expect(client.status).toBe('connecting');
    sockets.last.open();
    expect(client.status).toBe('open');
  });

  it('passes on valid changes and ignores frames that are not the protocol', () => {
    const { client, sockets, events } = setup();
    client.start();
    sockets.last.open();
    const m = machineSummary({ id: 'PC-001', verdict: 'not-ready', failing: ['ram-size'] });
    sockets.last.receive({ type: 'live.hello', v: 1, user: 'admin' });
    sockets.last.receive('{not json');
    sockets.last.receive({ type: 'live.changed', v: 2, seq: 1, topics: ['machines'], machines: [] });
    sockets.last.receive({ type: 'live.changed', v: 1, seq: 2, topics: ['readiness', 'machines'], machines: [m] });
    const changed = events.filter((e) => e.type === 'changed');
    expect(changed).toEqual([{ type: 'changed', topics: ['readiness', 'machines'], machines: [m], sessions: [] }]);
  });

  it('reconnects with growing delays, resets after a success, and asks for a resync', () => {
    const { client, sockets, timers, events, refused } = setup();
    client.start();
    sockets.last.open();
    sockets.last.drop();
    expect(client.status).toBe('waiting');
    timers.fire();
    sockets.last.drop(); // refused before opening
    expect(refused()).toBe(1);
    timers.fire();
    sockets.last.drop();
    expect(timers.delays).toEqual([500, 1000, 2000]);
    timers.fire();
    sockets.last.open();
    expect(events.filter((e) => e.type === 'resync')).toHaveLength(1);
    sockets.last.drop();
    expect(timers.delays.at(-1)).toBe(500);
    expect(sockets.sockets).toHaveLength(4);
  });

  it('stops for good on stop(), and does not connect without a token', () => {
    const { client, sockets, timers } = setup();
    client.start();
    sockets.last.open();
    client.stop();
    expect(sockets.last.closedWith).toBe(1000);
    expect(client.status).toBe('idle');
    expect(timers.pending).toBe(0);

    const anonymous = setup(null);
    anonymous.client.start();
    expect(anonymous.sockets.sockets).toHaveLength(0);
    expect(anonymous.client.status).toBe('idle');
  });

  it('retries at once when asked while waiting', () => {
    const { client, sockets } = setup();
    client.start();
    sockets.last.drop();
    client.retryNow();
    expect(sockets.sockets).toHaveLength(2);
    expect(client.status).toBe('connecting');
  });
});
