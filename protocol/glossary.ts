import type { Localized } from './i18n.js';
import type { CheckStatus, Verdict } from './verdict.js';

/**
 * One word per state, in each language, for every page, printout, terminal and message: a PC or a
 * check that could not be judged is "belum bisa dinilai" everywhere (never "belum lengkap",
 * "tidak diketahui", "tak terbaca"); a participant not yet checked in before the session's
 * check-in closes is "belum hadir", "tidak hadir" only once it has. Headings that shout use
 * `upper()` of the same word.
 */

export const VERDICT_WORDS: Readonly<Record<Verdict, Localized>> = {
  ready: { id: 'Siap', en: 'Ready' },
  'not-ready': { id: 'Belum siap', en: 'Not ready' },
  incomplete: { id: 'Belum bisa dinilai', en: 'Not judged yet' },
};

export const STATUS_WORDS: Readonly<Record<CheckStatus, Localized>> = {
  pass: { id: 'Lulus', en: 'Pass' },
  warn: { id: 'Peringatan', en: 'Warning' },
  fail: { id: 'Gagal', en: 'Fail' },
  unknown: { id: 'Belum bisa dinilai', en: 'Not judged yet' },
};

/** A machine's presence beside its verdict. */
export const PRESENCE_WORDS = {
  missing: { id: 'Hilang', en: 'Missing' },
  offline: { id: 'Luring', en: 'Offline' },
  online: { id: 'Daring', en: 'Online' },
  pending: { id: 'Menunggu laporan', en: 'Awaiting report' },
  empty: { id: 'Belum ada PC', en: 'No PC yet' },
} as const satisfies Record<string, Localized>;

/** A participant's attendance; `notYet` until the session's check-in closes, `absent` after. */
export const ATTENDANCE_WORDS = {
  present: { id: 'Hadir', en: 'Present' },
  notYet: { id: 'Belum hadir', en: 'Not yet present' },
  absent: { id: 'Tidak hadir', en: 'Absent' },
  refused: { id: 'Ditolak', en: 'Refused' },
} as const satisfies Record<string, Localized>;

/** The attendance word of someone not checked in: not yet while check-in is open, absent once it closed. */
export function notPresentWord(final: boolean): Localized {
  return final ? ATTENDANCE_WORDS.absent : ATTENDANCE_WORDS.notYet;
}

/** The same word in capitals, for headings and terminal verdicts ("BELUM BISA DINILAI"). */
export function upper(word: Localized): Localized {
  return { id: word.id.toUpperCase(), en: word.en.toUpperCase() };
}

/** The same word in lower case, inside a sentence ("3 belum bisa dinilai"). */
export function lower(word: Localized): Localized {
  return { id: word.id.toLowerCase(), en: word.en.toLowerCase() };
}

/**
 * Words that used to name the same states and must not come back (a test reads the source of every
 * page, printout and terminal view for them): the unjudged PC or check, and the not-ready verdict.
 */
export const RETIRED_SYNONYMS: readonly RegExp[] = [
  /belum lengkap/i,
  /tidak diketahui/i,
  /belum diketahui/i,
  /tak terbaca/i,
  /tidak terbaca/i,
  /TIDAK SIAP/,
  /'(Incomplete|INCOMPLETE|Unknown|UNKNOWN)'/,
];
