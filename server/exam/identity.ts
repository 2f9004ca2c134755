import type { Localized } from '../../protocol/i18n.js';

/**
 * Identity values as people and spreadsheets write them. Shared by the roster import and the
 * check-in desk so both read a NIK or a participant number the same way.
 */

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: Localized };

/** 6,31E+15 / 6.31E+15 / 6.31e15: what Excel turns a long number into when the column is not Text. */
export const SCIENTIFIC = /^[+-]?\d+([.,]\d+)?\s*E\s*\+?\d+$/i;

/** Excel keeps 15 significant digits; a longer number stored as a number may have lost digits. */
export const EXCEL_DIGITS = 15;

function scientific(what: Localized, text: string): Localized {
  return {
    id: `${what.id} rusak oleh Excel menjadi notasi ilmiah ('${text}'): digit aslinya hilang. Format kolom sebagai Teks lalu isi ulang dari data sumber.`,
    en: `${what.en} was turned into scientific notation by Excel ('${text}'): its real digits are lost. Format the column as Text and fill it again from the source data.`,
  };
}

/** A number cell of an XLSX file holding an identity: refused when it may have lost digits. */
export function fromNumberCell(raw: string, what: Localized, maxDigits: number): Checked<string> {
  if (SCIENTIFIC.test(raw) || !/^\d+$/.test(raw)) return { ok: false, reason: scientific(what, raw) };
  if (raw.length > maxDigits) {
    return {
      ok: false,
      reason: {
        id: `${what.id} tersimpan sebagai angka (${raw}); Excel hanya menyimpan ${EXCEL_DIGITS} digit sehingga digit terakhir bisa berubah. Format kolom sebagai Teks lalu isi ulang dari data sumber.`,
        en: `${what.en} is stored as a number (${raw}); Excel keeps only ${EXCEL_DIGITS} digits, so the last digits may have changed. Format the column as Text and fill it again from the source data.`,
      },
    };
  }
  return { ok: true, value: raw };
}

const NIK_WHAT: Localized = { id: 'NIK', en: 'The NIK' };

/** A NIK typed or read as text: spaces, dots and dashes dropped, Excel's leading apostrophe dropped; 16 digits. */
export function checkNik(text: string): Checked<string> {
  const trimmed = text.trim().replace(/^'/, '');
  if (trimmed === '') return { ok: false, reason: { id: 'NIK kosong.', en: 'The NIK is empty.' } };
  if (SCIENTIFIC.test(trimmed)) return { ok: false, reason: scientific(NIK_WHAT, trimmed) };
  const digits = trimmed.replace(/[\s.\-]/g, '');
  if (!/^\d+$/.test(digits)) {
    return {
      ok: false,
      reason: {
        id: `NIK hanya boleh berisi angka, tertulis '${trimmed}'.`,
        en: `The NIK may contain digits only; it reads '${trimmed}'.`,
      },
    };
  }
  if (digits.length !== 16) {
    return {
      ok: false,
      reason: {
        id: `NIK harus 16 digit, tertulis ${digits.length} digit ('${trimmed}').`,
        en: `The NIK must have 16 digits; it has ${digits.length} ('${trimmed}').`,
      },
    };
  }
  return { ok: true, value: digits };
}

const NUMBER_WHAT: Localized = { id: 'Nomor peserta', en: 'The participant number' };

/** A participant number: spaces dropped, upper case; letters, digits, dot and dash, 4 to 40 long. */
export function checkParticipantNumber(text: string): Checked<string> {
  const trimmed = text.trim().replace(/^'/, '');
  if (trimmed === '')
    return { ok: false, reason: { id: 'Nomor peserta kosong.', en: 'The participant number is empty.' } };
  if (SCIENTIFIC.test(trimmed)) return { ok: false, reason: scientific(NUMBER_WHAT, trimmed) };
  const value = trimmed.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9.\-]{3,39}$/.test(value)) {
    return {
      ok: false,
      reason: {
        id: `Nomor peserta '${trimmed}' tidak dikenali: gunakan huruf, angka, titik atau tanda minus, 4–40 karakter.`,
        en: `Participant number '${trimmed}' is not recognised: use letters, digits, dot or dash, 4–40 characters.`,
      },
    };
  }
  return { ok: true, value };
}

export { maskNik, maskNikRuns, nikShaped } from '../../protocol/nik.js';

const NO_DISABILITY = /^(-+|0|n|no|none|tidak|tidak ada|tdk|bukan|non ?disabilitas|normal|x)$/i;
const BLIND = /netra|buta|blind|low ?vision/i;

/** The disabilitas column: '' when it says none ("-", "Tidak", "Non Disabilitas"), else as written. */
export function disabilityText(text: string): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return t === '' || NO_DISABILITY.test(t) ? '' : t;
}

/** Tunanetra / tuna netra / netra / buta / low vision: braille seat and the longer duration. */
export function isBlind(disability: string): boolean {
  return BLIND.test(disability);
}
