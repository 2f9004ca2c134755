import { AppError } from '../../protocol/errors.js';
import type { Localized } from '../../protocol/i18n.js';

export const ROOM: Localized = { id: 'Ruang', en: 'Room' };
export const SERVER: Localized = { id: 'Server', en: 'Server' };
export const SEAT: Localized = { id: 'Kursi', en: 'Seat' };

export const notFound = (what: Localized, id: string) =>
  new AppError('not-found', { id: `${what.id} ${id} tidak ada.`, en: `${what.en} ${id} does not exist.` }, { status: 404 });

export const conflict = (text: Localized) => new AppError('conflict', text, { status: 409 });

/** The id in the path and the id in the body must name the same thing. */
export function idMatches(param: string, bodyId: string, what: Localized): void {
  if (param !== bodyId) {
    throw new AppError('id-mismatch', {
      id: `${what.id}: id di alamat (${param}) berbeda dengan id di isi (${bodyId}).`,
      en: `${what.en}: the id in the path (${param}) differs from the id in the body (${bodyId}).`,
    });
  }
}
