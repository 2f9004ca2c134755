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
