import type { RoomSeal } from '../../../protocol/custody.js';
import type { Localized } from '../../../protocol/i18n.js';

/**
 * A room's seal state in words (room map, overview's room cards): sealed with its number, opened,
 * or opened with a seal not as installed; undefined when the room never had a seal.
 */
export function sealText(seal: RoomSeal | undefined): Localized | undefined {
  if (!seal || seal.state === 'none') return undefined;
  const n = seal.sealNumber ?? '';
  return {
    sealed: { id: `Bersegel (${n})`, en: `Sealed (${n})` },
    opened: { id: `Segel dibuka (${n})`, en: `Seal opened (${n})` },
    broken: { id: `Segel TIDAK sesuai (${n})`, en: `Seal NOT as installed (${n})` },
  }[seal.state];
}
