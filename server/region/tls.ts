// @peculiar/x509 resolves its services through tsyringe, which needs the Reflect metadata polyfill first.
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { webcrypto, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';

type KeyPair = webcrypto.CryptoKeyPair;

x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);

const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY = 86_400_000;

export interface RegionTls {
  caPem: string;
  certPem: string;
  keyPem: string;
  /** SHA-256 of the CA certificate, `AB:CD:...` as Node prints it: what venue hubs pin. */
  caFingerprint: string;
}

/** The SHA-256 fingerprint of a PEM certificate, colon-separated upper-case hex. */
export function fingerprintOf(pem: string): string {
  return new X509Certificate(pem).fingerprint256;
}


async function pemKey(key: webcrypto.CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  const body = der.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd();
  return `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`;
}

const serial = () => Buffer.from(webcrypto.getRandomValues(new Uint8Array(16))).toString('hex').replace(/^[89a-f]/, '1');

/**
 * The region's own CA (10 years) and a server certificate (2 years) for `names` (host names and
 * IP addresses), made with no internet. Venue hubs pin the CA's fingerprint at join time.
 */
export async function createRegionTls(names: readonly string[], now = new Date()): Promise<RegionTls> {
  const caKeys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as KeyPair;
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: 'CN=SiapCAT Regional CA, O=SiapCAT',
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + 3650 * DAY),
    keys: caKeys,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const leafKeys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as KeyPair;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${names[0] ?? 'localhost'}`,
    issuer: ca.subject,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + 730 * DAY),
    signingKey: caKeys.privateKey,
    publicKey: leafKeys.publicKey,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(names.map((n) => (isIP(n) ? { type: 'ip' as const, value: n } : { type: 'dns' as const, value: n }))),
      await x509.AuthorityKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  });
  const caPem = ca.toString('pem') + '\n';
  return { caPem, certPem: cert.toString('pem') + '\n', keyPem: await pemKey(leafKeys.privateKey), caFingerprint: fingerprintOf(caPem) };
}

/**
 * The region's TLS files in `dir` (ca.pem, cert.pem, key.pem), created at first start for `names`.
 * The key file is readable by its owner only.
 */
export async function loadOrCreateRegionTls(dir: string, names: readonly string[]): Promise<RegionTls> {
  const paths = { ca: join(dir, 'ca.pem'), cert: join(dir, 'cert.pem'), key: join(dir, 'key.pem') };
  if (existsSync(paths.ca) && existsSync(paths.cert) && existsSync(paths.key)) {
    const caPem = readFileSync(paths.ca, 'utf8');
    return { caPem, certPem: readFileSync(paths.cert, 'utf8'), keyPem: readFileSync(paths.key, 'utf8'), caFingerprint: fingerprintOf(caPem) };
  }
  const tls = await createRegionTls(names);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(paths.ca, tls.caPem);
  writeFileSync(paths.cert, tls.certPem);
  writeFileSync(paths.key, tls.keyPem, { mode: 0o600 });
  return tls;
}
