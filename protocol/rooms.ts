import type { Localized } from './i18n.js';

/**
 * Room kinds of Lampiran C.4.b.1.g, as stable ids (Indonesian, as the regulation names them),
 * without any schema library: the checklist's facility items use them when a PC is judged.
 * protocol/venue.ts re-exports these beside its schemas.
 */
export const ROOM_KINDS = ['ruang-tes', 'ruang-server', 'ruang-monitoring', 'ruang-tunggu', 'loker', 'registrasi'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

export const ROOM_KIND_LABELS: Record<RoomKind, Localized> = {
  'ruang-tes': { id: 'Ruang tes', en: 'Test room' },
  'ruang-server': { id: 'Ruang server dan administrator', en: 'Server and administrator room' },
  'ruang-monitoring': { id: 'Ruang monitoring', en: 'Monitoring room' },
  'ruang-tunggu': { id: 'Ruang tunggu', en: 'Waiting room' },
  loker: { id: 'Ruang penyimpanan barang (loker)', en: 'Locker room' },
  registrasi: { id: 'Ruang registrasi peserta', en: 'Registration room' },
};
