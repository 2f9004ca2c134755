import { X509Certificate } from 'node:crypto';
import { normaliseFingerprint } from './ca.js';

/**
 * Pinning for clients (agents, a venue hub pushing to a region): the CA certificate fetched over
 * plain HTTP is trusted only if its SHA-256 fingerprint is the one given at install. It is then
 * passed as the only `ca` of the TLS connection, so the chain and the host name are checked as usual.
 */
export function caMatchesPin(caPem: string, pinned: string): boolean {
  const want = normaliseFingerprint(pinned);
  if (!want) return false;
  try {
    const cert = new X509Certificate(caPem);
    return cert.ca && cert.fingerprint256 === want;
  } catch {
    return false;
  }
}
