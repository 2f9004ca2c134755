import type { Localized } from '../../../protocol/i18n.js';

/**
 * A failure the dashboard shows to the person: the hub's own error ({code, message, en}), or one
 * of the dashboard's (network down, hub answered something unexpected). Always bilingual.
 */
export class ApiError extends Error {
  constructor(
    readonly code: string,
    readonly text: Localized,
    readonly status = 0,
    /** What the hub added to explain it (e.g. the participant a refusal was about). */
    readonly details?: unknown,
  ) {
    super(text.en);
    this.name = 'ApiError';
  }
}

export const unreachable = (): ApiError =>
  new ApiError('network', {
    id: 'Hub tidak bisa dihubungi. Periksa kabel jaringan dan apakah hub masih berjalan, lalu coba lagi.',
    en: 'Cannot reach the hub. Check the network cable and whether the hub is still running, then try again.',
  });

export const sessionExpired = (): Localized => ({
  id: 'Sesi Anda sudah berakhir atau tidak berlaku lagi. Silakan masuk kembali.',
  en: 'Your session has ended or is no longer valid. Please log in again.',
});

export function badResponse(what: string, detail: string): ApiError {
  return new ApiError('bad-response', {
    id: `Jawaban hub untuk ${what} tidak sesuai format yang dikenal dasbor (${detail}). Pastikan hub dan dasbor dari versi yang sama, lalu muat ulang halaman.`,
    en: `The hub's answer for ${what} is not in the format the dashboard knows (${detail}). Make sure hub and dashboard are the same version, then reload the page.`,
  });
}

export function httpFailure(status: number): ApiError {
  return new ApiError(
    `http-${status}`,
    {
      id: `Hub menjawab dengan galat ${status}. Coba lagi; bila berulang, laporkan ke tim TI beserta waktunya.`,
      en: `The hub answered with error ${status}. Try again; if it repeats, report it to IT with the time.`,
    },
    status,
  );
}

/** Turns anything thrown into a bilingual text (unexpected errors included, so nothing shows "undefined"). */
export function describeError(err: unknown): Localized {
  if (err instanceof ApiError) return err.text;
  const detail = err instanceof Error ? err.message : String(err);
  return {
    id: `Terjadi galat di dasbor: ${detail}. Muat ulang halaman; bila berulang, laporkan ke tim TI.`,
    en: `The dashboard hit an error: ${detail}. Reload the page; if it repeats, report it to IT.`,
  };
}

/** For optional parts of the hub: a 404 becomes `undefined` ("not there"), anything else still fails. */
export function withoutNotFound(err: unknown): undefined {
  if (err instanceof ApiError && err.status === 404) return undefined;
  throw err;
}
