import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, isAppError, type ErrorResponse } from '../../protocol/errors.js';
import { storageError } from '../db/storage-errors.js';
import type { Logger } from '../log.js';

/** Sends an error in the one shape every client understands: `{error: {code, message, en}}`. */
export function errorResponse(c: Context, err: AppError): Response {
  const body: ErrorResponse = { error: err.toBody() };
  return c.json(body, err.status as ContentfulStatusCode);
}

/**
 * Hono onError: expected errors as themselves, a full/read-only/failing disk as its own 503 (the
 * write was rolled back, the hub stays up), anything else as a logged 500 without internals.
 */
export function handleError(log: Logger, dbPath = 'the database') {
  return (err: Error, c: Context): Response => {
    const storage = storageError(err, dbPath);
    if (storage) {
      log.error('db.storage', {
        method: c.req.method,
        path: c.req.path,
        code: storage.code,
        sqlite: (err as { code?: string }).code,
        error: err.message,
      });
      return errorResponse(c, storage);
    }
    if (isAppError(err)) {
      if (err.status >= 500) log.error('http.error', { path: c.req.path, code: err.code, error: err.message });
      return errorResponse(c, err);
    }
    log.error('http.internal', { method: c.req.method, path: c.req.path, error: err.message, stack: err.stack });
    return errorResponse(
      c,
      new AppError(
        'internal',
        {
          id: 'Terjadi galat di hub. Coba lagi; bila berulang, laporkan ke tim TI beserta waktu kejadian.',
          en: 'The hub hit an internal error. Try again; if it repeats, report it to IT with the time it happened.',
        },
        { status: 500 },
      ),
    );
  };
}

export function notFound(c: Context): Response {
  return errorResponse(
    c,
    new AppError(
      'not-found',
      {
        id: `Alamat API tidak ada: ${c.req.method} ${c.req.path}. Periksa dokumentasi API di README.`,
        en: `No such API route: ${c.req.method} ${c.req.path}. See the API section of the README.`,
      },
      { status: 404 },
    ),
  );
}

export const unauthorized = (): AppError =>
  new AppError(
    'unauthorized',
    {
      id: 'Belum masuk atau sesi sudah habis. Masuk lagi lewat POST /api/login lalu kirim Authorization: Bearer TOKEN.',
      en: 'Not logged in or the session expired. Log in via POST /api/login and send Authorization: Bearer TOKEN.',
    },
    { status: 401 },
  );
