import type { Context, MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';

/**
 * Security headers on every answer (Hono's secure-headers middleware): a CSP with no inline or
 * foreign script (styles may be inline: the dashboard's templates set computed widths and grid
 * sizes as style attributes), never framed (clickjacking), no MIME sniffing, no referrer leaving
 * the hub. Images may be data: URIs (the favicon).
 */
export function securityHeaders() {
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      fontSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
    xFrameOptions: 'DENY',
    xContentTypeOptions: true,
    referrerPolicy: 'no-referrer',
    // HSTS is the TLS listener's business (server/tls), never sent over plain HTTP.
    strictTransportSecurity: false,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * Sets a header on an answer already made (in a middleware, after the handler), on the answer's own
 * headers, as secure-headers does. Not `c.header()`: after the handler that rebuilds the answer around
 * its body as a stream, so a large JSON answer (a results GET: 1.8 MB) went through the Fetch API's
 * body conversions and a web stream instead of being written as it is, about as long again as the
 * handler took. Headers that cannot change (a Response from elsewhere) still get it the old way.
 */
export function setAfter(c: Context, name: string, value: string, append = false): void {
  try {
    if (append) c.res.headers.append(name, value);
    else c.res.headers.set(name, value);
  } catch {
    c.header(name, value, { append });
  }
}

/** `Cache-Control: no-store` on every API answer. */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    setAfter(c, 'Cache-Control', 'no-store');
  };
}
