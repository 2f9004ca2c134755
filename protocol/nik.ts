/**
 * A NIK (Nomor Induk Kependudukan, 16 digits) is personal data: outside the roster and the exports
 * that need it, it is shown and stored only masked. Shared by the hub (which must recognise a NIK
 * typed where a participant number belongs) and the dashboard (which moves it to the right field).
 */

/** 6310********0001: enough to tell people apart on a screen, not enough to misuse. */
export function maskNik(nik: string): string {
  if (nik.length <= 8) return '*'.repeat(nik.length);
  return nik.slice(0, 4) + '*'.repeat(nik.length - 8) + nik.slice(-4);
}

/** The digits of a NIK as people type it (spaces, dots, dashes, Excel's apostrophe), or undefined when it is not NIK-shaped. */
export function nikShaped(text: string): string | undefined {
  const t = text.trim().replace(/^'/, '');
  if (!/^[\d\s.\-]+$/.test(t)) return undefined;
  const digits = t.replace(/\D/g, '');
  return digits.length === 16 ? digits : undefined;
}

/**
 * Free text with every NIK-shaped run masked: 16 digits, optionally grouped by single spaces, dots
 * or dashes, not part of a longer number. For text that is stored or shown but may hold a NIK typed
 * by mistake (a scan payload, a reason).
 */
export function maskNikRuns(text: string): string {
  return text.replace(/(?<![\d])\d(?:[ .\-]?\d){15}(?![ .\-]?\d)/g, (run) => maskNik(run.replace(/\D/g, '')));
}
