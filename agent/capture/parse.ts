import { badCapture } from './errors.js';

/** First line of every capture file, with the format's version. */
export const CAPTURE_MAGIC = 'SIAPCAT-CAPTURE';
export const CAPTURE_VERSION = '1';

/** Limits far above what the scripts write (5-40 KB, < 600 lines, at most 64 instances per class). */
export const CAPTURE_LIMITS = { chars: 1_000_000, lines: 20_000, lineChars: 4_000, sections: 3_000, keys: 60, perClass: 64 } as const;

export type WmiRecord = Readonly<Record<string, string>>;

/** How one query went, from its [Query] section: the instance count, or the error WMI gave. */
export interface QueryOutcome {
  count: number | null;
  error: string | null;
}

export interface Capture {
  tool: string;
  toolVersion: string;
  /** Instances by WMI class name (and the script's own sections, e.g. Browser), in file order. */
  instances: ReadonlyMap<string, WmiRecord[]>;
  queries: ReadonlyMap<string, QueryOutcome>;
}

const SECTION = /^\[([A-Za-z][A-Za-z0-9_]{0,63})\]$/;
const KEY = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** Is this text a capture file (rather than a JSON snapshot)? */
export function isCaptureText(text: string): boolean {
  return text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .startsWith(CAPTURE_MAGIC);
}

/**
 * Reads the capture format: a first line `SIAPCAT-CAPTURE 1`, then `[Class]` sections (one per
 * WMI instance) of `Key=Value` lines, `[Query]` sections saying how each query went, and `[End]`.
 * Values are WMI's own text (numbers and sizes as decimal strings, arrays joined by ";"). Unknown
 * keys and sections are kept, read by nobody; anything that breaks the shape is refused with the
 * line where it happened.
 */
export function parseCaptureText(input: string): Capture {
  const text = input.replace(/^\uFEFF/, '');
  if (text.length > CAPTURE_LIMITS.chars) {
    throw badCapture(
      `Berkas tangkapan terlalu panjang (${text.length} karakter, batas ${CAPTURE_LIMITS.chars}).`,
      `The capture file is too long (${text.length} characters, limit ${CAPTURE_LIMITS.chars}).`,
    );
  }
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > CAPTURE_LIMITS.lines) {
    throw badCapture(
      `Berkas tangkapan punya terlalu banyak baris (${lines.length}, batas ${CAPTURE_LIMITS.lines}).`,
      `The capture file has too many lines (${lines.length}, limit ${CAPTURE_LIMITS.lines}).`,
    );
  }
  const [magic, version] = (lines[0] ?? '').trim().split(/\s+/);
  if (magic !== CAPTURE_MAGIC) throw badCapture('Baris pertama bukan SIAPCAT-CAPTURE.', 'The first line is not SIAPCAT-CAPTURE.');
  if (version !== CAPTURE_VERSION) {
    const shown = (version ?? '').slice(0, 20);
    throw badCapture(
      `Versi tangkapan '${shown}' tidak dikenal; versi ini membaca ${CAPTURE_VERSION}. Perbarui SiapCAT di hub.`,
      `Unknown capture version '${shown}'; this version reads ${CAPTURE_VERSION}. Update SiapCAT on the hub.`,
    );
  }
  const instances = new Map<string, Array<Record<string, string>>>();
  const queries = new Map<string, QueryOutcome>();
  let sections = 0;
  let current: Record<string, string> | null = null;
  let currentClass = '';
  const finishQuery = () => {
    if (currentClass !== 'Query' || !current) return;
    const name = current.Class ?? '';
    if (!KEY.test(name)) return;
    const count = /^\d{1,9}$/.test(current.Count ?? '') ? Number(current.Count) : null;
    queries.set(name, { count, error: current.Error ? current.Error.slice(0, 300) : count === null && !current.Count ? 'no count' : null });
  };
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const where = { id: `baris ${i + 1}`, en: `line ${i + 1}` };
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    if (line.length > CAPTURE_LIMITS.lineChars) {
      throw badCapture(
        `Berkas tangkapan rusak di ${where.id}: baris terlalu panjang (${line.length} karakter).`,
        `The capture file is damaged at ${where.en}: the line is too long (${line.length} characters).`,
      );
    }
    const section = SECTION.exec(line);
    if (section) {
      finishQuery();
      if (++sections > CAPTURE_LIMITS.sections) {
        throw badCapture(
          `Berkas tangkapan punya terlalu banyak bagian (lebih dari ${CAPTURE_LIMITS.sections}).`,
          `The capture file has too many sections (more than ${CAPTURE_LIMITS.sections}).`,
        );
      }
      currentClass = section[1]!;
      current = Object.create(null) as Record<string, string>;
      if (currentClass === 'End') current = null;
      else if (currentClass !== 'Query') {
        const list = instances.get(currentClass) ?? [];
        if (list.length < CAPTURE_LIMITS.perClass) list.push(current);
        instances.set(currentClass, list);
      }
      continue;
    }
    const eq = line.indexOf('=');
    const key = eq > 0 ? line.slice(0, eq).trim() : '';
    if (!KEY.test(key)) {
      throw badCapture(
        `Berkas tangkapan rusak di ${where.id}: yang diharapkan [Kelas] atau Nama=Nilai.`,
        `The capture file is damaged at ${where.en}: expected [Class] or Name=Value.`,
      );
    }
    if (!current) {
      throw badCapture(
        `Berkas tangkapan rusak di ${where.id}: nilai di luar bagian [Kelas].`,
        `The capture file is damaged at ${where.en}: a value outside any [Class] section.`,
      );
    }
    if (Object.keys(current).length >= CAPTURE_LIMITS.keys) {
      throw badCapture(
        `Berkas tangkapan rusak di ${where.id}: terlalu banyak nilai dalam satu bagian.`,
        `The capture file is damaged at ${where.en}: too many values in one section.`,
      );
    }
    current[key] = line.slice(eq + 1).trim();
  }
  finishQuery();
  const info = instances.get('SiapCAT')?.[0];
  instances.delete('SiapCAT');
  if (queries.size === 0 && instances.size === 0) {
    throw badCapture(
      'Berkas tangkapan tidak berisi satu pun bacaan PC (mungkin terpotong).',
      'The capture file holds no readings of the PC at all (it may have been cut off).',
    );
  }
  return { tool: (info?.Tool ?? '?').slice(0, 20), toolVersion: (info?.ToolVersion ?? '?').slice(0, 20), instances, queries };
}
