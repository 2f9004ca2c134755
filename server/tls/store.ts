import { X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { createCa, fingerprintOf, issueServerCert } from './ca.js';

/**
 * What a TLS listener needs and what people and agents are shown: the server key and certificate
 * (with the CA appended, so a client can check the chain it pinned), and the CA's fingerprint.
 */
export interface TlsIdentity {
  caPem: string;
  certPem: string;
  keyPem: string;
  /** SHA-256 of the CA certificate (`AB:CD:...`): printed at start, shown in the dashboard, pinned by agents. */
  caFingerprint: string;
  /** Names and addresses the server certificate covers. */
  names: string[];
  /** True when the server certificate was (re-)issued at this start. */
  issued: boolean;
}

/** Files in `dir` (a `tls` folder beside the database). Keys are written 0600. */
export const TLS_FILES = { ca: 'ca.pem', caKey: 'ca-key.pem', cert: 'cert.pem', key: 'key.pem' } as const;

/** Re-issue the server certificate this long before it expires. */
const RENEW_MS = 30 * 86_400_000;

/** The host's names and LAN addresses: what desk PCs and agents may type to reach the hub. */
export function localNames(): string[] {
  const names = new Set<string>(['localhost', '127.0.0.1', '::1']);
  const host = hostname();
  if (host) {
    names.add(host.toLowerCase());
    if (!host.includes('.')) names.add(`${host.toLowerCase()}.local`);
  }
  for (const list of Object.values(networkInterfaces())) {
    for (const nic of list ?? []) {
      if (nic.internal || (nic.family === 'IPv6' && nic.address.startsWith('fe80'))) continue;
      names.add(nic.address);
    }
  }
  return [...names];
}

function writeSecret(path: string, text: string): void {
  writeFileSync(path, text, { mode: 0o600 });
  chmodSync(path, 0o600);
}

function covers(certPem: string, names: readonly string[], now: Date): boolean {
  const cert = new X509Certificate(certPem);
  if (new Date(cert.validTo).getTime() - now.getTime() < RENEW_MS) return false;
  const san = cert.subjectAltName ?? '';
  const have = new Set(san.split(', ').map((entry) => entry.replace(/^(DNS|IP Address):/, '').toLowerCase()));
  return names.every((n) => have.has(n.toLowerCase()));
}

/**
 * The hub's TLS identity, kept in `dir`: the CA is made at first start (EC P-256) and kept; the
 * server certificate is (re-)issued when a name or address is missing from it or it nears expiry.
 * `extraNames` adds what `localNames()` cannot see (a public name given by the operator).
 */
export async function ensureTls(
  dir: string,
  options: { commonName?: string; names?: readonly string[]; now?: Date } = {},
): Promise<TlsIdentity> {
  const now = options.now ?? new Date();
  const names = [...new Set(options.names ?? localNames())];
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = (f: keyof typeof TLS_FILES) => join(dir, TLS_FILES[f]);
  if (!existsSync(path('ca')) || !existsSync(path('caKey'))) {
    const ca = await createCa(options.commonName ?? 'SiapCAT Hub CA', now);
    writeFileSync(path('ca'), ca.caPem);
    writeSecret(path('caKey'), ca.caKeyPem);
  }
  const ca = { caPem: readFileSync(path('ca'), 'utf8'), caKeyPem: readFileSync(path('caKey'), 'utf8') };
  let issued = false;
  const current = existsSync(path('cert')) && existsSync(path('key')) ? readFileSync(path('cert'), 'utf8') : undefined;
  if (!current || !covers(current, names, now)) {
    const leaf = await issueServerCert(ca, names, now);
    writeFileSync(path('cert'), leaf.certPem);
    writeSecret(path('key'), leaf.keyPem);
    issued = true;
  }
  const certPem = readFileSync(path('cert'), 'utf8');
  return {
    caPem: ca.caPem,
    certPem,
    keyPem: readFileSync(path('key'), 'utf8'),
    caFingerprint: fingerprintOf(ca.caPem),
    names,
    issued,
  };
}
