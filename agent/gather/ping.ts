import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import os from 'node:os';
import type { PingTrial, ProbeError } from '../../protocol/snapshot.js';
import { loadParserFactory, loadPing, type PingLib } from './ping-lib.js';
import { errorText, withTimeout } from './timeout.js';

/**
 * The network trial (Lampiran C.3.b.8.b(2)): ping a host a number of times with the system's
 * ping program through the `ping` package, and keep the round-trip time of every echo REPLY.
 * Loss and averages are computed from those replies (agent/facts/network.ts), never from the
 * program's own summary: Windows counts "Destination host unreachable" notices as received.
 */

/** The ping package's own output parsers, loaded on first use (most runs never ping). */
const parserFactory = loadParserFactory;

/** Packet size the ping package sends by default, which its Windows parser uses to find the time field. */
const PACKET_SIZE: Record<string, number> = { win32: 32, linux: 56, darwin: 56 };

/**
 * Round-trip times (ms) of the echo replies in a raw ping output, read by the ping package's own
 * parser for that platform. Unreachable notices and timeouts are not replies. A damaged output
 * (the parser throws) is an error, never a crash.
 */
export function replyTimes(raw: string, platform: string, host: string): { ok: true; rttMs: number[] } | { ok: false; error: ProbeError } {
  try {
    const parser = parserFactory().createParser(host, platform, { packetSize: PACKET_SIZE[platform] ?? 56, v6: isIP(host) === 6 });
    for (const line of raw.split('\n')) parser.eat(line);
    const times = parser.getResult().times ?? [];
    // Every ping program names its target in its header ("Pinging X", "PING X"): output without it
    // is not a trial that lost every packet but no trial at all (a usage text, a stub ping.exe).
    if (times.length === 0 && !raw.includes(host)) {
      const first = raw.split('\n').map((l) => l.trim()).find((l) => l !== '') ?? '';
      return { ok: false, error: { code: 'malformed', detail: `ping printed no result for ${host}: ${first}`.slice(0, 300) } };
    }
    return { ok: true, rttMs: times.filter((t) => Number.isFinite(t) && t >= 0) };
  } catch (err) {
    return { ok: false, error: { code: 'malformed', detail: `ping output: ${errorText(err)}`.slice(0, 500) } };
  }
}

/** A host name or IP address as typed after --ping; anything else could be read as an option. */
export function isPingTarget(host: string): boolean {
  return isIP(host) !== 0 || /^(?=.{1,253}$)[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,62})(?:\.[A-Za-z0-9_-]{1,63})*\.?$/.test(host);
}

export interface PingOptions {
  count: number;
  /** Seconds to wait for each reply. */
  timeoutS: number;
  platform?: string;
  /** Name resolution (tests pass their own). */
  resolve?: (host: string) => Promise<string>;
  /** The ping package's probe (tests may pass their own). */
  probe?: PingLib['promise']['probe'];
  now?: () => Date;
}

const defaultResolve = async (host: string) => (await lookup(host, { family: 4 })).address;

/** One trial; never rejects: a name that does not resolve or a missing ping program is the trial's error. */
export async function pingTrial(host: string, options: PingOptions): Promise<PingTrial> {
  const at = (options.now ?? (() => new Date()))().toISOString();
  const base = { host, sent: options.count, at };
  let address = host;
  if (isIP(host) === 0) {
    const resolved = await withTimeout(() => (options.resolve ?? defaultResolve)(host), 5000, `resolve ${host}`);
    if (!resolved.ok) {
      return { ...base, address: null, sent: 0, rttMs: [], error: { code: 'failed', detail: `name not found: ${host}` } };
    }
    address = resolved.value;
  }
  const probe = options.probe ?? loadPing().promise.probe;
  const limitMs = options.count * (options.timeoutS + 1) * 1000 + 5000;
  const lang = process.env.LANG;
  const result = await withTimeout(
    () => probe(address, { min_reply: options.count, timeout: options.timeoutS }),
    limitMs,
    `ping ${address}`,
  );
  // ping 0.4.x sets LANG=C in this process's environment on Linux; put it back.
  if (lang === undefined) delete process.env.LANG;
  else process.env.LANG = lang;
  if (!result.ok) {
    const missing = /error while executing the ping program|ENOENT/i.test(result.error.detail);
    return { ...base, address, sent: 0, rttMs: [], error: missing ? { code: 'missing-tool', detail: 'ping' } : result.error };
  }
  const times = replyTimes(result.value.output ?? '', options.platform ?? os.platform(), address);
  if (!times.ok) return { ...base, address, sent: 0, rttMs: [], error: times.error };
  return { ...base, address, rttMs: times.rttMs };
}

export async function pingTrials(hosts: readonly string[], options: PingOptions): Promise<PingTrial[]> {
  return Promise.all(hosts.map((h) => pingTrial(h, options)));
}
