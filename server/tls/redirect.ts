import { X509Certificate } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { TlsIdentity } from './store.js';

/**
 * The plain-HTTP side of a TLS hub: it only redirects to HTTPS, hands out the CA certificate (so
 * a desk PC can install it before its first HTTPS visit) and answers `/api/health`. Nothing with
 * a password, token or personal data is ever served over it.
 */
export function plainHttpServer(tls: TlsIdentity, httpsPort: () => number): Server {
  return createServer((req, res) => {
    const path = (req.url ?? '/').split('?', 1)[0];
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');
    if (req.method === 'GET' && (path === '/ca.crt' || path === '/api/tls/ca.crt')) {
      res.writeHead(200, {
        'Content-Type': 'application/x-x509-ca-cert',
        'Content-Disposition': 'attachment; filename="siapcat-hub-ca.crt"',
      });
      // DER: `certutil -hashfile siapcat-hub-ca.crt SHA256` then prints exactly the CA fingerprint.
      res.end(new X509Certificate(tls.caPem).raw);
      return;
    }
    if (req.method === 'GET' && path === '/api/health') {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ ok: true, tls: { https: true, httpsPort: httpsPort(), caFingerprint: tls.caFingerprint } }));
      return;
    }
    const host = (req.headers.host ?? 'localhost').replace(/:\d+$/, '');
    const target = `https://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}:${httpsPort()}${req.url ?? '/'}`;
    // 308 keeps the method; a body sent in clear is not read (the connection closes).
    res.writeHead(308, { Location: target, Connection: 'close', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end(`Gunakan HTTPS / Use HTTPS: ${target}\n`);
  });
}
