import type { Context } from 'hono';
import type { z } from 'zod/mini';
import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';
import { validate } from '../../protocol/validate.js';

export const DEFAULT_JSON_LIMIT = 1024 * 1024;

/**
 * Reads a JSON request body, refuses it when too large, not JSON, or not of the schema,
 * each with a bilingual message naming the problem. `quick`, on a hot route, is a predicate that
 * says yes only to data the schema accepts unchanged (server/region/fast-accept.ts): that data is
 * taken as it is; anything else goes through the schema.
 */
export async function readJson<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  what: Localized,
  limitBytes = DEFAULT_JSON_LIMIT,
  quick?: (data: unknown) => boolean,
): Promise<z.output<S>> {
  return (await readJsonAsSent(c, schema, what, limitBytes, quick)).value;
}

/** A JSON body read, and, when `value` is exactly what its bytes say, the bytes too. */
export interface JsonAsSent<T> {
  value: T;
  /**
   * The body as it came (UTF-8, no byte-order mark), present only when `value` is `JSON.parse` of it,
   * accepted by `quick` as it is: a route may then hand these bytes on (to PostgreSQL) instead of
   * serializing `value` again. Absent when the schema rebuilt the value.
   */
  bytes?: Uint8Array;
  text: string;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenientUtf8 = new TextDecoder('utf-8');

/** `readJson`, keeping the body's bytes where the value read is exactly theirs. */
export async function readJsonAsSent<S extends z.ZodMiniType>(
  c: Context,
  schema: S,
  what: Localized,
  limitBytes = DEFAULT_JSON_LIMIT,
  quick?: (data: unknown) => boolean,
): Promise<JsonAsSent<z.output<S>>> {
  const buffer = await readBodyBytes(c, limitBytes);
  const bom = buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf;
  let text: string;
  let exact = !bom;
  try {
    text = bom ? lenientUtf8.decode(buffer) : strictUtf8.decode(buffer);
  } catch {
    // Not UTF-8 throughout: read as before (broken bytes become U+FFFD), never handed on as they are.
    text = lenientUtf8.decode(buffer);
    exact = false;
  }
  let data: unknown;
  try {
    data = text.length === 0 ? undefined : JSON.parse(text);
  } catch {
    throw new AppError('bad-json', {
      id: `${what.id}: isi permintaan bukan JSON yang sah.`,
      en: `${what.en}: the request body is not valid JSON.`,
    });
  }
  if (quick?.(data) === true) return exact ? { value: data as z.output<S>, bytes: buffer, text } : { value: data as z.output<S>, text };
  return { value: validate(schema, data, what), text };
}

/**
 * The request body, read as it streams in and refused with 413 as soon as it passes `limitBytes`,
 * whether the length was declared or the body is chunked: nothing beyond the limit is ever held.
 */
export async function readBodyBytes(c: Context, limitBytes: number): Promise<Uint8Array> {
  const declared = Number(c.req.header('content-length') ?? 'NaN');
  if (Number.isFinite(declared) && declared > limitBytes) throw tooLarge(c, limitBytes);
  const body = c.req.raw.body;
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limitBytes) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge(c, limitBytes);
    }
    chunks.push(value);
  }
  const buffer = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    buffer.set(chunk, at);
    at += chunk.byteLength;
  }
  return buffer;
}

function tooLarge(c: Context, limitBytes: number): AppError {
  // The rest of the body is not read: the connection closes after the answer.
  c.header('Connection', 'close');
  // Below 1 MB in KB: a 4 KB limit read "0.0 MB".
  const limit = limitBytes < 1024 * 1024 ? `${Math.round(limitBytes / 1024)} KB` : `${(limitBytes / 1024 / 1024).toFixed(1)} MB`;
  return new AppError(
    'too-large',
    { id: `Isi permintaan terlalu besar (batas ${limit}).`, en: `The request body is too large (limit ${limit}).` },
    { status: 413 },
  );
}

/**
 * A spreadsheet upload (a roster, a results file): the file itself as the body, read as `readBodyBytes`
 * does; multipart/form-data is refused with 415 and what to send instead. `code` names the refusal
 * (`roster-multipart`), `file` the kind of file in both languages.
 */
export async function readFileBody(c: Context, limitBytes: number, code: string, file: Localized): Promise<Uint8Array> {
  if ((c.req.header('content-type') ?? '').toLowerCase().startsWith('multipart/')) {
    throw new AppError(
      code,
      {
        id: `Kirim berkas ${file.id} sebagai isi permintaan (Content-Type: text/csv atau tipe XLSX), bukan multipart/form-data.`,
        en: `Send the ${file.en} file as the request body (Content-Type: text/csv or the XLSX type), not multipart/form-data.`,
      },
      { status: 415 },
    );
  }
  return readBodyBytes(c, limitBytes);
}
