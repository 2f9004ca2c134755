import type { CheckStatus, Verdict } from '../../../protocol/check.js';
import { PRESENCE_WORDS, STATUS_WORDS, VERDICT_WORDS } from '../../../protocol/glossary.js';
import type { Localized } from '../../../protocol/i18n.js';

/**
 * Words used on many pages. A page's own texts live in its folder (pages/x/messages.ts).
 * Every text is a `Localized` {id, en}: the type makes a missing translation a compile error.
 */
/** The states' words are the glossary's (protocol/glossary.ts): one word per state everywhere. */
export const VERDICT_LABEL: Readonly<Record<Verdict, Localized>> = VERDICT_WORDS;
export const STATUS_LABEL: Readonly<Record<CheckStatus, Localized>> = STATUS_WORDS;

export const LEVEL_LABEL: Record<'minimal' | 'rekomendasi', Localized> = {
  minimal: { id: 'minimal', en: 'minimum' },
  rekomendasi: { id: 'rekomendasi', en: 'recommended' },
};

export const ROLE_LABEL: Record<'server' | 'mobile-server' | 'client', Localized> = {
  server: { id: 'Server', en: 'Server' },
  'mobile-server': { id: 'Server mobile', en: 'Mobile server' },
  client: { id: 'PC klien', en: 'Client PC' },
};

export const common = {
  appName: { id: 'SiapCAT', en: 'SiapCAT' },
  /** The hub CA's fingerprint (login, setup, printed report): people compare it with the one read out. */
  caFingerprint: { id: 'Sidik jari CA hub (SHA-256)', en: 'Hub CA fingerprint (SHA-256)' },
  loading: { id: 'Memuat…', en: 'Loading…' },
  retry: { id: 'Coba lagi', en: 'Try again' },
  save: { id: 'Simpan', en: 'Save' },
  saving: { id: 'Menyimpan…', en: 'Saving…' },
  saved: { id: 'Tersimpan', en: 'Saved' },
  cancel: { id: 'Batal', en: 'Cancel' },
  edit: { id: 'Ubah', en: 'Edit' },
  remove: { id: 'Hapus', en: 'Delete' },
  add: { id: 'Tambah', en: 'Add' },
  close: { id: 'Tutup', en: 'Close' },
  copy: { id: 'Salin', en: 'Copy' },
  copied: { id: 'Tersalin', en: 'Copied' },
  print: { id: 'Cetak', en: 'Print' },
  offline: PRESENCE_WORDS.offline,
  online: PRESENCE_WORDS.online,
  noData: { id: 'Belum ada data.', en: 'No data yet.' },
  never: { id: 'belum pernah', en: 'never' },
  none: { id: '—', en: '—' },
  back: { id: 'Kembali', en: 'Back' },
  pcs: (n: number): Localized => ({ id: `${n} PC`, en: `${n} PC${n === 1 ? '' : 's'}` }),
} satisfies Record<string, Localized | ((...args: never[]) => Localized)>;
