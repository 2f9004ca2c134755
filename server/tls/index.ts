/**
 * The hub's own CA and server certificate, and the pinning helpers. A small interface for every
 * part that speaks TLS on the LAN or to the region: `ensureTls(dir)` for a listener,
 * `caMatchesPin(caPem, fingerprint)` for a client, `fingerprintOf(pem)` to show one.
 */
export { createCa, fingerprintOf, issueServerCert, normaliseFingerprint, type CaFiles, type LeafFiles } from './ca.js';
export { caMatchesPin } from './pin.js';
export { ensureTls, localNames, TLS_FILES, type TlsIdentity } from './store.js';
