import type { Localized } from '../../../../protocol/i18n.js';
import type { FacilityStatus } from '../../../../protocol/facilities.js';

export const STATUS_TEXT: Record<FacilityStatus, Localized> = {
  ok: { id: 'Memenuhi', en: 'Met' },
  'not-ok': { id: 'Belum memenuhi', en: 'Not met' },
  na: { id: 'Tidak berlaku', en: 'Not applicable' },
};

export const msg = {
  title: { id: 'Daftar periksa fasilitas', en: 'Facility checklist' },
  lead: {
    id: 'Hal-hal yang tidak bisa diperiksa agen (Lampiran C.4.b). Periksa langsung di lokasi, lalu tandai. Setiap tanda mencatat siapa dan kapan.',
    en: 'What no agent can measure (Lampiran C.4.b). Check it on site, then mark it. Every mark records who and when.',
  },
  item: { id: 'Item', en: 'Item' },
  clause: { id: 'Pasal', en: 'Clause' },
  status: { id: 'Hasil', en: 'Result' },
  note: { id: 'Catatan', en: 'Note' },
  notePlaceholder: { id: 'mis. genset diuji 30 menit', en: 'e.g. generator tested for 30 minutes' },
  by: { id: 'Dicatat', en: 'Recorded' },
  unchecked: { id: 'Belum diperiksa', en: 'Not checked' },
  clear: { id: 'Hapus tanda', en: 'Clear mark' },
  needStatus: {
    id: 'Catatan disimpan saat hasil dipilih',
    en: 'The note is saved when a result is chosen',
  },
  saved: (title: string): Localized => ({ id: `Tersimpan: ${title}`, en: `Saved: ${title}` }),
  counts: (ok: number, notOk: number, na: number, unchecked: number): Localized => ({
    id: `${ok} memenuhi · ${notOk} belum memenuhi · ${na} tidak berlaku · ${unchecked} belum diperiksa`,
    en: `${ok} met · ${notOk} not met · ${na} not applicable · ${unchecked} not checked`,
  }),
  empty: {
    id: 'Daftar periksa fasilitas kosong: hub belum memuat item fasilitas dari daftar periksa.',
    en: 'The facility checklist is empty: the hub has not loaded facility items from the checklist.',
  },
};
