import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pingFact } from '../facts/network.js';
import { isPingTarget, pingTrial, replyTimes } from './ping.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures/ping');
const recorded = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function times(name: string, platform: string, host: string): number[] {
  const out = replyTimes(recorded(name), platform, host);
  if (!out.ok) throw new Error(out.error.detail);
  return out.rttMs;
}

describe('replyTimes on recorded outputs', () => {
  it('reads every reply of Linux iputils', () => {
    expect(times('linux-iputils-ok.txt', 'linux', '127.0.0.1')).toEqual([0.246, 0.037, 0.037, 0.046]);
    expect(times('linux-iputils-partial.txt', 'linux', '10.9.9.2')).toEqual([0.693, 0.06, 0.052]);
  });

  it('finds no replies in Linux timeouts and "Destination Host Unreachable"', () => {
    expect(times('linux-iputils-timeout.txt', 'linux', '10.9.9.2')).toEqual([]);
    expect(times('linux-iputils-unreachable.txt', 'linux', '10.9.9.2')).toEqual([]);
  });

  it('reads English Windows replies, "<1ms" as 1 ms', () => {
    expect(times('windows-en-ok.txt', 'win32', '10.10.1.1')).toEqual([1, 1, 1, 3]);
    expect(times('windows-en-hostname.txt', 'win32', '10.10.1.1')).toEqual([1, 1]);
  });

  it('reads Indonesian-locale Windows replies', () => {
    expect(times('windows-id-ok.txt', 'win32', '10.10.1.1')).toEqual([1, 2, 1, 1]);
  });

  it('does not count "Request timed out", "General failure" or unreachable notices as replies', () => {
    expect(times('windows-en-timeout.txt', 'win32', '10.10.1.99')).toEqual([]);
    expect(times('windows-en-general-failure.txt', 'win32', '10.10.1.1')).toEqual([]);
    expect(times('windows-en-unreachable.txt', 'win32', '10.10.2.50')).toEqual([]);
    expect(times('windows-en-partial.txt', 'win32', '10.10.1.1')).toEqual([2, 14]);
    expect(times('windows-id-unreachable.txt', 'win32', '10.10.2.50')).toEqual([5]);
  });

  it('computes loss from the replies, not from Windows\' own summary', () => {
    // Windows says "Received = 4, Lost = 0 (0% loss)" for four unreachable notices.
    const unreachable = pingFact({ host: '10.10.2.50', address: '10.10.2.50', sent: 4, rttMs: times('windows-en-unreachable.txt', 'win32', '10.10.2.50') });
    expect(unreachable).toMatchObject({ received: 0, lossPercent: 100, avgMs: null });
    const partial = pingFact({ host: 'hub', address: '10.10.1.1', sent: 4, rttMs: times('windows-en-partial.txt', 'win32', '10.10.1.1') });
    expect(partial).toMatchObject({ received: 2, lossPercent: 50, avgMs: 8, maxMs: 14 });
    const linux = pingFact({ host: 'x', address: 'x', sent: 6, rttMs: times('linux-iputils-partial.txt', 'linux', '10.9.9.2') });
    expect(linux.lossPercent).toBe(50);
    expect(linux.avgMs).toBeCloseTo(0.268, 3);
  });

  it('treats output that never names the target (a ping that printed its usage: Wine 8) as no trial, not as 100% loss', () => {
    const out = replyTimes(recorded('wine-8-usage.txt'), 'win32', '127.0.0.1');
    expect(out).toMatchObject({ ok: false, error: { code: 'malformed' } });
    expect(out.ok ? '' : out.error.detail).toContain('ping printed no result for 127.0.0.1: Usage: ping');
  });

  it('turns output the parser chokes on into an error, not a crash', () => {
    const out = replyTimes('x\n64 bytes from 1.2.3.4: a=1 b=2 c=3 nonsense', 'linux', '1.2.3.4');
    expect(out.ok).toBe(false);
  });
});

describe('pingTrial', () => {
  const fixed = () => new Date('2026-11-20T01:00:00Z');

  it('resolves a name, pings its address and keeps the reply times', async () => {
    const seen: string[] = [];
    const trial = await pingTrial('hub-cat.local', {
      count: 4,
      timeoutS: 1,
      platform: 'win32',
      now: fixed,
      resolve: async () => '10.10.1.1',
      probe: async (address) => {
        seen.push(address);
        return { output: recorded('windows-en-ok.txt') };
      },
    });
    expect(seen).toEqual(['10.10.1.1']);
    expect(trial).toEqual({ host: 'hub-cat.local', address: '10.10.1.1', sent: 4, rttMs: [1, 1, 1, 3], at: '2026-11-20T01:00:00.000Z' });
  });

  it('records a name that does not resolve as the trial\'s error', async () => {
    const trial = await pingTrial('nope.invalid', {
      count: 4,
      timeoutS: 1,
      now: fixed,
      resolve: async () => {
        throw new Error('ENOTFOUND');
      },
      probe: async () => {
        throw new Error('must not ping');
      },
    });
    expect(trial).toMatchObject({ address: null, sent: 0, rttMs: [], error: { code: 'failed', detail: 'name not found: nope.invalid' } });
  });

  it('records a missing ping program as missing-tool', async () => {
    const trial = await pingTrial('10.10.1.1', {
      count: 4,
      timeoutS: 1,
      now: fixed,
      probe: async () => {
        throw new Error('ping.probe: there was an error while executing the ping program. ');
      },
    });
    expect(trial.error).toEqual({ code: 'missing-tool', detail: 'ping' });
  });
});

describe('isPingTarget', () => {
  it('accepts addresses and host names, refuses option-like and odd input', () => {
    expect(isPingTarget('10.10.1.1')).toBe(true);
    expect(isPingTarget('fe80::1')).toBe(true);
    expect(isPingTarget('hub-cat.local')).toBe(true);
    expect(isPingTarget('-f')).toBe(false);
    expect(isPingTarget('a b')).toBe(false);
    expect(isPingTarget('host;reboot')).toBe(false);
    expect(isPingTarget('')).toBe(false);
  });
});
