import type { Localized } from '../../protocol/i18n.js';

export type RefusalCode = 'server-full' | 'unknown-server' | 'server-taken' | 'unknown-room' | 'unknown-seat' | 'seat-taken';

type Params = Record<string, string | number>;

const TEXTS: Record<RefusalCode, (p: Params) => Localized> = {
  'server-full': (p) => ({
    id: `Server ${p.server} penuh: ${p.assigned}/${p.limit} klien (Lampiran C.4.b.1.c: satu server paling banyak 200 klien). PC ini menunggu tempat kosong; pindahkan ke server lain lewat dasbor.`,
    en: `Server ${p.server} is full: ${p.assigned}/${p.limit} clients (Lampiran C.4.b.1.c: at most 200 clients per server). This PC waits for a free place; move it to another server in the dashboard.`,
  }),
  'unknown-server': (p) => ({
    id: `Server '${p.server}' tidak ada di denah lokasi. Periksa --server, atau tambahkan server itu di dasbor (Pengaturan > Server).`,
    en: `Server '${p.server}' is not in the venue plan. Check --server, or add that server in the dashboard (Setup > Servers).`,
  }),
  'server-taken': (p) => ({
    id: `Server ${p.server} sudah diwakili agen lain (${p.holder}); satu server hanya satu agen. Periksa --id dan --server.`,
    en: `Server ${p.server} already has an agent (${p.holder}); one agent per server. Check --id and --server.`,
  }),
  'unknown-room': (p) => ({
    id: `Ruang '${p.room}' tidak ada di denah lokasi. Periksa --room, atau tambahkan ruang itu di dasbor.`,
    en: `Room '${p.room}' is not in the venue plan. Check --room, or add that room in the dashboard.`,
  }),
  'unknown-seat': (p) => ({
    id: `Kursi ${p.seat} tidak ada di ruang ${p.room} (ruang itu punya ${p.count} kursi). Periksa --seat.`,
    en: `Seat ${p.seat} does not exist in room ${p.room} (it has ${p.count} seats). Check --seat.`,
  }),
  'seat-taken': (p) => ({
    id: `Kursi ${p.seat} di ruang ${p.room} sudah dipakai ${p.holder}. Periksa --seat, atau pindahkan ${p.holder} lewat dasbor.`,
    en: `Seat ${p.seat} in room ${p.room} is already taken by ${p.holder}. Check --seat, or move ${p.holder} in the dashboard.`,
  }),
};

export function refusalText(code: RefusalCode, params: Params): Localized {
  return TEXTS[code](params);
}
