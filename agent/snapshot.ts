import { AppError } from '../protocol/errors.js';
import { SNAPSHOT_FORMAT, SnapshotSchema, validateProbes, type Snapshot } from '../protocol/snapshot.js';
import '../protocol/zod-english.js';

/** Largest snapshot accepted; a real one is 20-200 KB. */
export const SNAPSHOT_MAX_BYTES = 8 * 1024 * 1024;

function invalid(id: string, en: string): AppError {
  return new AppError(
    'bad-snapshot',
    {
      id: `${id} Buat snapshot baru dengan 'siapcat agent snapshot --out BERKAS' di PC yang diperiksa.`,
      en: `${en} Make a new one with 'siapcat agent snapshot --out FILE' on the PC being audited.`,
    },
    { exitCode: 4 },
  );
}

/**
 * Reads snapshot JSON text. Bad input (not JSON, not a snapshot, another format, a damaged
 * envelope) is an AppError with Indonesian and English text; a snapshot missing some `si` keys or
 * probes is accepted, and the checks that need them come out unknown. Each probe is validated here,
 * at the boundary: a damaged one becomes its `{error}`, so the facts layer reads only sound data.
 */
export function parseSnapshot(text: string): Snapshot {
  if (text.length > SNAPSHOT_MAX_BYTES) {
    throw invalid(
      'Berkas snapshot terlalu besar (> 8 MB); itu bukan snapshot SiapCAT.',
      'The snapshot file is too large (> 8 MB); it is not a SiapCAT snapshot.',
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const where = err instanceof Error ? err.message : '';
    throw invalid(`Berkas snapshot bukan JSON yang sah (${where}).`, `The snapshot file is not valid JSON (${where}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw invalid('Berkas snapshot harus berisi satu objek JSON.', 'The snapshot file must hold one JSON object.');
  }
  const format = (data as Record<string, unknown>).format;
  if (format !== SNAPSHOT_FORMAT) {
    const shown = typeof format === 'string' ? `'${format.slice(0, 60)}'` : 'tidak ada / missing';
    throw invalid(
      `Format snapshot ${shown} tidak dikenal; yang dibaca: '${SNAPSHOT_FORMAT}'.`,
      `Unknown snapshot format ${shown}; this version reads '${SNAPSHOT_FORMAT}'.`,
    );
  }
  const parsed = SnapshotSchema.safeParse(data);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, 4)
      .map((i) => `${i.path.join('.') || '(isi)'}: ${i.message}`)
      .join('; ');
    throw invalid(`Isi snapshot rusak: ${problems}.`, `The snapshot is damaged: ${problems}.`);
  }
  return { ...parsed.data, probes: validateProbes(parsed.data.probes) };
}
