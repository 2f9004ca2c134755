import { Agent, request } from 'node:https';
import { AppError } from '../../protocol/errors.js';
import { caMatchesPin, fingerprintOf } from '../tls/index.js';
import type { StoredEvent } from './store.js';

/** How the pusher reaches the region: a JSON POST. An interface so tests can cut the link. */
export interface RegionTransport {
  post(path: string, body: unknown, bearer?: string): Promise<{ status: number; body: unknown }>;
  close(): void;
}

/** A body that is already JSON text (a push built from the stored payload texts): sent as it is. */
export class JsonText {
  constructor(readonly text: string) {}
}

/**
 * A push's body from the outbox as stored: each payload's JSON text goes in as it is, so a push of
 * 500 events does not parse and re-serialize 500 payloads. The same JSON as stringifying
 * {head, events} with parsed payloads (test/outbox/push-body.test.ts).
 */
export function pushBody(head: number, events: readonly StoredEvent[]): JsonText {
  const items = events.map(
    (e) =>
      `{"seq":${e.seq},"kind":${JSON.stringify(e.kind)},"key":${JSON.stringify(e.key)},"at":${JSON.stringify(e.at)},"payload":${e.payload}}`,
  );
  return new JsonText(`{"head":${head},"events":[${items.join(',')}]}`);
}

/** One request may take this long before the pusher gives up and backs off. */
const REQUEST_TIMEOUT_MS = 15_000;

const pinMismatch = (url: string, expected: string, got: string): AppError =>
  new AppError(
    'region-pin',
    {
      id: `Sertifikat CA wilayah di ${url} tidak cocok dengan sidik jari yang diberikan (diharapkan ${expected}, didapat ${got}). Jangan lanjutkan: periksa alamat dan sidik jari dengan admin wilayah.`,
      en: `The regional CA at ${url} does not match the given fingerprint (expected ${expected}, got ${got}). Do not continue: check the address and fingerprint with the regional admin.`,
    },
    { exitCode: 3 },
  );

function send(
  url: URL,
  agent: Agent,
  method: string,
  body: string | undefined,
  headers: Record<string, string>,
): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > 1024 * 1024) req.destroy(new Error('region answer too large'));
        else chunks.push(chunk);
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error('region did not answer in time')));
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Fetches the region's CA certificate and checks it against the fingerprint the regional admin
 * gave. The first request cannot verify the chain (the CA is what we are fetching), so only the
 * pin decides; every later request trusts that CA alone.
 */
export async function fetchPinnedCa(regionUrl: string, fingerprint: string): Promise<string> {
  const agent = new Agent({ rejectUnauthorized: false, keepAlive: false });
  try {
    const res = await send(new URL('/ca.pem', regionUrl), agent, 'GET', undefined, {});
    if (res.status !== 200) throw new Error(`HTTP ${res.status}`);
    if (!caMatchesPin(res.text, fingerprint)) {
      let got = '(not a CA certificate)';
      try {
        got = fingerprintOf(res.text);
      } catch {
        /* not a certificate at all */
      }
      throw pinMismatch(regionUrl, fingerprint, got);
    }
    return res.text;
  } finally {
    agent.destroy();
  }
}

/** HTTPS to the region, trusting only its pinned CA (host name checked against its certificate). */
export function httpsTransport(regionUrl: string, caPem: string): RegionTransport {
  const agent = new Agent({ ca: caPem, keepAlive: true, maxSockets: 2 });
  return {
    async post(path, body, bearer) {
      const text = body instanceof JsonText ? body.text : JSON.stringify(body);
      const headers: Record<string, string> = { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(text)) };
      if (bearer) headers.authorization = `Bearer ${bearer}`;
      const res = await send(new URL(path, regionUrl), agent, 'POST', text, headers);
      let parsed: unknown = res.text;
      try {
        parsed = JSON.parse(res.text);
      } catch {
        /* keep text */
      }
      return { status: res.status, body: parsed };
    },
    close: () => agent.destroy(),
  };
}
