import type { Context, MiddlewareHandler } from 'hono';
import { AppError } from '../../../protocol/errors.js';
import type { HubEnv } from '../../feature.js';
import { setAfter } from '../../http/headers.js';

/** A whole-number path or query value, refused with a bilingual 400 otherwise. */
export function intParam(
  c: Context,
  name: string,
  value: string | undefined,
  fallback?: number,
  bounds = { min: 0, max: 1_000_000_000 },
): number {
  if ((value === undefined || value === '') && fallback !== undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < bounds.min || n > bounds.max) {
    throw new AppError('invalid', {
      id: `Nilai '${name}' harus bilangan bulat ${bounds.min}–${bounds.max}, bukan '${value ?? ''}' (${c.req.path}).`,
      en: `'${name}' must be a whole number ${bounds.min}–${bounds.max}, not '${value ?? ''}' (${c.req.path}).`,
    });
  }
  return n;
}

/** A participant number from the path, as the roster stores it. */
export function numberParam(c: Context): string {
  return (c.req.param('number') ?? '').trim().toUpperCase();
}

/**
 * `Server-Timing: app;dur=…` on exam routes: the time spent in the hub, for the benchmark and for browsers' devtools.
 * Appended, so a route's own phases (the results import's parse, check, write) stay beside it.
 */
export function serverTiming(): MiddlewareHandler<HubEnv> {
  return async (c, next) => {
    const start = performance.now();
    await next();
    setAfter(c, 'Server-Timing', `app;dur=${(performance.now() - start).toFixed(2)}`, true);
  };
}

export function attachment(filename: string): string {
  return `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, '_')}"`;
}
