import { checkParticipantNumber } from '../identity.js';

/**
 * What a USB barcode scanner (or a person) typed into the participant-number field, as the
 * participant numbers it could be. Scanners type the card's QR payload followed by Enter; the
 * payload may be the bare number, or carry it inside a longer text (a URL `...?no=2430...`,
 * `2430...|NAMA|...`). So: first the whole input without spaces, then every run of letters,
 * digits, dots and dashes in it, in order, duplicates dropped. The desk takes the one candidate
 * that is on the session's roster.
 */
export function scanCandidates(raw: string): string[] {
  const text = raw
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .trim()
    .toUpperCase();
  const out: string[] = [];
  const add = (value: string) => {
    const checked = checkParticipantNumber(value);
    if (checked.ok && !out.includes(checked.value)) out.push(checked.value);
  };
  add(text);
  for (const match of text.matchAll(/[A-Z0-9][A-Z0-9.\-]*/g)) add(match[0].replace(/[.\-]+$/, ''));
  return out;
}
