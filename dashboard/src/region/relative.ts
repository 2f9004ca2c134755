import type { Localized } from '../../../protocol/i18n.js';

/**
 * "terakhir terhubung 3 menit lalu" / "last heard 3 minutes ago": how long since a venue was last
 * heard, in the largest whole unit. Pure (now passed in), so tests are exact.
 */
export function lastHeardText(lastHeardAt: string | null, now: Date): Localized {
  if (lastHeardAt === null) return { id: 'belum pernah terhubung', en: 'never heard from' };
  const seconds = Math.max(0, Math.floor((now.getTime() - Date.parse(lastHeardAt)) / 1000));
  const [n, id, en] =
    seconds < 60
      ? [seconds, 'detik', 'second']
      : seconds < 3600
        ? [Math.floor(seconds / 60), 'menit', 'minute']
        : seconds < 86_400
          ? [Math.floor(seconds / 3600), 'jam', 'hour']
          : [Math.floor(seconds / 86_400), 'hari', 'day'];
  if (seconds < 5) return { id: 'terakhir terhubung baru saja', en: 'last heard just now' };
  return { id: `terakhir terhubung ${n} ${id} lalu`, en: `last heard ${n} ${en}${n === 1 ? '' : 's'} ago` };
}
