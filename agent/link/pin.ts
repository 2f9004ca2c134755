import { X509Certificate } from 'node:crypto';
import { connect, type DetailedPeerCertificate } from 'node:tls';
import { AppError } from '../../protocol/errors.js';

/** A fingerprint as typed (any case, colons or spaces or none) in Node's `AB:CD:...` form; undefined if not SHA-256 hex. */
export function normalisePin(text: string): string | undefined {
  const hex = text.replace(/[\s:]/g, '').toUpperCase();
  return /^[0-9A-F]{64}$/.test(hex) ? hex.match(/../g)!.join(':') : undefined;
}

const pem = (der: Buffer) => `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/(.{64})/g, '$1\n').trimEnd()}\n-----END CERTIFICATE-----\n`;

/**
 * The hub's CA certificate, found in the chain the hub presents and accepted only if its SHA-256
 * fingerprint is the pinned one (given at install, printed by the hub at start). The agent then
 * connects with that CA as its only trust anchor, so the chain and the host name are verified as
 * usual; a different hub (or a machine in the middle) gets nothing, not even the enrollment token.
 * Without a pin, the refusal names the fingerprint seen, for the operator to compare and confirm.
 */
export function fetchPinnedCa(hubUrl: string, pinned: string | undefined, timeoutMs = 10_000): Promise<string> {
  const url = new URL(hubUrl);
  const want = pinned === undefined ? undefined : normalisePin(pinned);
  if (pinned !== undefined && !want) {
    return Promise.reject(
      new AppError('ca-fingerprint-invalid', {
        id: `--ca-fingerprint '${pinned}' bukan sidik jari SHA-256 (64 digit heksadesimal, boleh dengan titik dua). Salin dari layar hub.`,
        en: `--ca-fingerprint '${pinned}' is not a SHA-256 fingerprint (64 hex digits, colons allowed). Copy it from the hub's screen.`,
      }),
    );
  }
  return new Promise((resolve, reject) => {
    const host = url.hostname.replace(/^\[|\]$/g, '');
    const socket = connect({
      host,
      port: Number(url.port || 443),
      // Only to read the chain: nothing is sent before the CA is matched against the pin.
      rejectUnauthorized: false,
      ...(/^[\d.]+$|:/.test(host) ? {} : { servername: host }),
      timeout: timeoutMs,
    });
    const fail = (err: AppError) => {
      socket.destroy();
      reject(err);
    };
    socket.once('timeout', () =>
      fail(new AppError('hub-unreachable', { id: `Hub ${url.host} tidak menjawab.`, en: `Hub ${url.host} does not answer.` }, { exitCode: 5 })),
    );
    socket.once('error', (err) =>
      fail(
        new AppError(
          'hub-unreachable',
          { id: `Hub ${url.host} tidak dapat dihubungi lewat TLS (${err.message}).`, en: `Cannot reach hub ${url.host} over TLS (${err.message}).` },
          { exitCode: 5 },
        ),
      ),
    );
    socket.once('secureConnect', () => {
      const seen: Array<{ fingerprint: string; pem: string }> = [];
      let cert: DetailedPeerCertificate | undefined = socket.getPeerCertificate(true);
      for (let depth = 0; cert && cert.raw && depth < 5; depth++) {
        const x509 = new X509Certificate(cert.raw);
        if (x509.ca) seen.push({ fingerprint: x509.fingerprint256, pem: pem(cert.raw) });
        if (cert.issuerCertificate === cert) break;
        cert = cert.issuerCertificate;
      }
      socket.end();
      const match = want && seen.find((s) => s.fingerprint === want);
      if (match) return resolve(match.pem);
      const shown = seen.map((s) => s.fingerprint).join(', ') || '-';
      reject(
        want
          ? new AppError(
              'ca-fingerprint-mismatch',
              {
                id: `Sidik jari CA hub ${url.host} (${shown}) BUKAN yang dipasang (${want}). Jangan lanjutkan: mungkin bukan hub Anda. Periksa alamat hub dan sidik jari di layar hub.`,
                en: `The CA fingerprint of hub ${url.host} (${shown}) is NOT the pinned one (${want}). Do not go on: this may not be your hub. Check the hub address and the fingerprint on the hub's screen.`,
              },
              { exitCode: 5 },
            )
          : new AppError(
              'ca-fingerprint-needed',
              {
                id: `Hub ${url.host} memakai HTTPS dengan CA bersidik jari ${shown}. Bandingkan dengan yang tampil di layar hub; bila sama, jalankan lagi dengan --ca-fingerprint ${shown}.`,
                en: `Hub ${url.host} uses HTTPS with a CA whose fingerprint is ${shown}. Compare it with the one on the hub's screen; if it is the same, run again with --ca-fingerprint ${shown}.`,
              },
              { exitCode: 2 },
            ),
      );
    });
  });
}
