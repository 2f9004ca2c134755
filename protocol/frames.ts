import type { z } from 'zod/mini';
import { AppError } from './errors.js';
import type { Localized } from './i18n.js';
import { validate } from './validate.js';

/**
 * Decodes one WebSocket text frame of a versioned protocol: JSON, an object with the expected `v`,
 * a known `type`, and the schema of that type. Each failure is an AppError with a stable code and
 * a bilingual text saying what was wrong; nothing here throws anything else.
 */
export function decodeFrame<S extends z.ZodMiniType>(
  schema: S,
  text: string,
  options: { version: number; types: readonly string[]; maxBytes: number; what: Localized; bytes?: number },
): z.output<S> {
  // The caller usually knows the frame's size in bytes already; counting again costs a pass over it.
  if ((options.bytes ?? Buffer.byteLength(text, 'utf8')) > options.maxBytes) throw frameTooLarge(options.maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new AppError('bad-frame', {
      id: `${options.what.id}: pesan bukan JSON yang sah.`,
      en: `${options.what.en}: the message is not valid JSON.`,
    });
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new AppError('bad-frame', {
      id: `${options.what.id}: pesan harus berupa objek JSON.`,
      en: `${options.what.en}: the message must be a JSON object.`,
    });
  }
  const record = data as Record<string, unknown>;
  if (record.v !== options.version) {
    const got = JSON.stringify(record.v ?? null);
    throw new AppError('wrong-version', {
      id: `Versi protokol ${got} tidak didukung; hub ini memakai versi ${options.version}. Pasang SiapCAT versi yang sama di PC ini dan di hub.`,
      en: `Protocol version ${got} is not supported; this hub speaks version ${options.version}. Install the same SiapCAT version on this PC and on the hub.`,
    });
  }
  if (typeof record.type !== 'string' || !options.types.includes(record.type)) {
    const got = JSON.stringify(record.type ?? null).slice(0, 60);
    throw new AppError('unknown-type', {
      id: `${options.what.id}: jenis pesan ${got} tidak dikenal (yang dikenal: ${options.types.join(', ')}).`,
      en: `${options.what.en}: unknown message type ${got} (known: ${options.types.join(', ')}).`,
    });
  }
  return validate(schema, data, {
    id: `${options.what.id} '${record.type}'`,
    en: `${options.what.en} '${record.type}'`,
  });
}

export function frameTooLarge(maxBytes: number): AppError {
  const kb = Math.round(maxBytes / 1024);
  return new AppError('frame-too-large', {
    id: `Pesan terlalu besar (batas ${kb} KB); pesan ini diabaikan.`,
    en: `The message is too large (limit ${kb} KB); it was ignored.`,
  });
}
