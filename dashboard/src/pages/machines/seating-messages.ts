import type { Localized } from '../../../../protocol/i18n.js';
import type { Placement } from '../../data/machines.js';

/** Words of the seating file card and the seat ranges form (loaded with them, not with the pages). */
export const sm = {
  title: { id: 'Impor penempatan PC (PC;ruang;kursi)', en: 'Import PC seating (PC;room;seat)' },
  lead: {
    id: 'Satu baris per PC: kode PC, kode atau nama ruang, nomor kursi (kolom SERVER boleh ditambah). Pemisah ; atau , atau berkas XLSX. Hub memeriksa setiap baris dengan aturan yang sama seperti "Pindahkan" (paling banyak 200 klien per server), lalu menampilkan pratinjau; belum ada yang disimpan sampai Anda menerapkannya.',
    en: 'One line per PC: PC code, room code or name, seat number (a SERVER column may be added). Separated by ; or , or an XLSX file. The hub checks every line by the same rule as "Move" (at most 200 clients per server) and shows a preview; nothing is stored until you apply it.',
  },
  file: { id: 'Berkas penempatan', en: 'Seating file' },
  apply: (n: number): Localized => ({ id: `Terapkan (${n} PC dipindah)`, en: `Apply (${n} PCs moved)` }),
  previewed: { id: 'Pratinjau: belum ada yang disimpan.', en: 'Preview: nothing stored yet.' },
  applied: { id: 'Diterapkan: penempatan sudah disimpan.', en: 'Applied: the seating is stored.' },
  summary: (lines: number, moved: number, same: number, refused: number): Localized => ({
    id: `${lines} baris: ${moved} PC dipindah, ${same} sudah di tempatnya, ${refused} baris ditolak.`,
    en: `${lines} lines: ${moved} PCs moved, ${same} already in place, ${refused} lines refused.`,
  }),
  refusedTitle: { id: 'Baris yang ditolak (tidak diubah)', en: 'Refused lines (not changed)' },
  changesTitle: { id: 'PC yang dipindah', en: 'PCs moved' },
  serversTitle: { id: 'Klien per server', en: 'Clients per server' },
  line: { id: 'Baris', en: 'Line' },
  pc: { id: 'PC', en: 'PC' },
  reason: { id: 'Alasan', en: 'Reason' },
  from: { id: 'Dari', en: 'From' },
  to: { id: 'Ke', en: 'To' },
  server: { id: 'Server', en: 'Server' },
  before: { id: 'Sebelum', en: 'Before' },
  after: { id: 'Sesudah', en: 'After' },
  rangesTitle: { id: 'Pembagian kursi ke server', en: 'Seats split between servers' },
  rangesLead: {
    id: 'Satu server melayani paling banyak 200 klien (Lampiran C.4.b.1.c). Ruang dengan lebih dari 200 kursi dibagi per rentang nomor kursi, mis. 1–200 → server A, 201–215 → server B.',
    en: 'One server serves at most 200 clients (Lampiran C.4.b.1.c). A room of more than 200 seats is split by seat number ranges, e.g. 1–200 → server A, 201–215 → server B.',
  },
  fromSeat: { id: 'Dari kursi', en: 'From seat' },
  toSeat: { id: 'Sampai kursi', en: 'To seat' },
  addRange: { id: 'Tambah rentang', en: 'Add range' },
  removeRange: { id: 'Hapus rentang', en: 'Remove range' },
  saveRanges: { id: 'Simpan pembagian', en: 'Save the split' },
  rangesSaved: { id: 'Pembagian kursi tersimpan.', en: 'Seat split saved.' },
};

/** A placement as a short text: "AULA / 201 · S2", or a dash. */
export function placeText(p: Placement): string {
  if (!p.roomId && !p.serverId) return '—';
  return `${p.roomId ?? '—'}${p.seat !== null ? ` / ${p.seat}` : ''}${p.serverId ? ` · ${p.serverId}` : ''}`;
}
