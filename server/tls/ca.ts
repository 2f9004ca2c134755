import { createPrivateKey, webcrypto, X509Certificate } from 'node:crypto';
import { isIP } from 'node:net';

type X509 = typeof import('@peculiar/x509');
let loaded: Promise<X509> | undefined;

/**
 * @peculiar/x509 (with its ASN.1 and DI packages, ~30 modules) is loaded only when a certificate is
 * made: at first start or when the hub's names change. A hub restarting with its certificates
 * (every restart but the first) reads them with Node's own X509Certificate, and is listening again
 * that much sooner.
 */
function x509Lib(): Promise<X509> {
  return (loaded ??= (async () => {
    // It resolves its services through tsyringe, which needs the Reflect metadata polyfill first.
    await import('reflect-metadata');
    const x509 = await import('@peculiar/x509');
    x509.cryptoProvider.set(webcrypto as unknown as Parameters<typeof x509.cryptoProvider.set>[0]);
    return x509;
  })());
}

/** EC P-256 with SHA-256: small keys, fast handshakes, accepted by every browser and by Node. */
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY = 86_400_000;

export interface CaFiles {
  /** The CA certificate (what a desk PC installs and an agent pins). */
  caPem: string;
  /** The CA's private key, PKCS#8 PEM: kept 0600 beside the database, never sent anywhere. */
  caKeyPem: string;
}

export interface LeafFiles {
  certPem: string;
  keyPem: string;
}

/** SHA-256 fingerprint of a PEM certificate, `AB:CD:...` as Node prints it (X509Certificate.fingerprint256). */
export function fingerprintOf(pem: string): string {
  return new X509Certificate(pem).fingerprint256;
}

/** A fingerprint as typed by a person (any case, with or without colons or spaces) in Node's form. */
export function normaliseFingerprint(text: string): string | undefined {
  const hex = text.replace(/[\s:]/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(hex)) return undefined;
  return hex.match(/../g)!.join(':');
}

async function pemKey(key: webcrypto.CryptoKey): Promise<string> {
  const der = Buffer.from(await webcrypto.subtle.exportKey('pkcs8', key));
  const body = der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .trimEnd();
  return `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----\n`;
}

async function importKey(pem: string): Promise<webcrypto.CryptoKey> {
  const der = createPrivateKey(pem).export({ type: 'pkcs8', format: 'der' });
  return webcrypto.subtle.importKey('pkcs8', der, ALG, true, ['sign']);
}

const serial = () =>
  Buffer.from(webcrypto.getRandomValues(new Uint8Array(16)))
    .toString('hex')
    .replace(/^[89a-f]/, '1');

/** A new CA (10 years) named `commonName`; made offline, at first start. */
export async function createCa(commonName: string, now = new Date()): Promise<CaFiles> {
  const x509 = await x509Lib();
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: `CN=${commonName}, O=SiapCAT`,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + 3650 * DAY),
    keys,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true),
      await x509.SubjectKeyIdentifierExtension.create(keys.publicKey),
    ],
  });
  return { caPem: ca.toString('pem') + '\n', caKeyPem: await pemKey(keys.privateKey) };
}

/**
 * A server certificate (about 1 year; browsers refuse longer ones) for `names` (host names and IP
 * addresses), signed by the CA.
 */
export async function issueServerCert(ca: CaFiles, names: readonly string[], now = new Date()): Promise<LeafFiles> {
  const x509 = await x509Lib();
  const caCert = new x509.X509Certificate(ca.caPem);
  const caKey = await importKey(ca.caKeyPem);
  const leafKeys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as webcrypto.CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: `CN=${names.find((n) => !isIP(n)) ?? names[0] ?? 'localhost'}`,
    issuer: caCert.subject,
    notBefore: new Date(now.getTime() - DAY),
    notAfter: new Date(now.getTime() + 397 * DAY),
    signingKey: caKey,
    publicKey: leafKeys.publicKey,
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature, true),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension(
        names.map((n) => (isIP(n) ? { type: 'ip' as const, value: n } : { type: 'dns' as const, value: n })),
      ),
      await x509.AuthorityKeyIdentifierExtension.create(caCert.publicKey),
    ],
  });
  return { certPem: cert.toString('pem') + '\n', keyPem: await pemKey(leafKeys.privateKey) };
}
