import { z } from 'zod';
import type { Localized } from './i18n.js';

/** Room kinds of Lampiran C.4.b.1.g, as stable ids (Indonesian, as the regulation names them). */
export const ROOM_KINDS = [
  'ruang-tes',
  'ruang-server',
  'ruang-monitoring',
  'ruang-tunggu',
  'loker',
  'registrasi',
] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];
export const RoomKindSchema = z.enum(ROOM_KINDS);

export const ROOM_KIND_LABELS: Record<RoomKind, Localized> = {
  'ruang-tes': { id: 'Ruang tes', en: 'Test room' },
  'ruang-server': { id: 'Ruang server dan administrator', en: 'Server and administrator room' },
  'ruang-monitoring': { id: 'Ruang monitoring', en: 'Monitoring room' },
  'ruang-tunggu': { id: 'Ruang tunggu', en: 'Waiting room' },
  loker: { id: 'Ruang penyimpanan barang (loker)', en: 'Locker room' },
  registrasi: { id: 'Ruang registrasi peserta', en: 'Registration room' },
};

export const SERVER_KINDS = ['server', 'mobile-server'] as const;
export type ServerKind = (typeof SERVER_KINDS)[number];
export const ServerKindSchema = z.enum(SERVER_KINDS);

/** Lampiran C.4.b.1.c: one server serves at most 200 clients. A server may set a lower limit, never a higher one. */
export const MAX_CLIENTS_PER_SERVER = 200;

/** Ids typed by people (server "S1", room "R-01", agent "PC-017"): short, no spaces or slashes. */
export const IdentSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'letters, digits, dot, dash, underscore');
