import type { Localized } from '../../../../protocol/i18n.js';

export const regionMsg = {
  title: { id: 'Tautan ke wilayah', en: 'Link to the region' },
  notLinked: {
    id: 'Hub ini belum tergabung ke layanan wilayah. Data untuk wilayah tetap dikumpulkan dan dikirim setelah bergabung. Untuk bergabung, minta kode lokasi dan sidik jari CA ke admin wilayah, lalu jalankan hub dengan: siapcat hub --region https://ALAMAT-WILAYAH:8443 --region-code KODE --region-ca SIDIK-JARI',
    en: 'This hub has not joined a regional service. Data for the region is still collected and sent once joined. To join, ask the regional admin for a venue code and the CA fingerprint, then start the hub with: siapcat hub --region https://REGION-ADDRESS:8443 --region-code CODE --region-ca FINGERPRINT',
  },
  region: { id: 'Wilayah', en: 'Region' },
  venue: { id: 'Id lokasi di wilayah', en: 'Venue id at the region' },
  fingerprint: { id: 'Sidik jari CA wilayah', en: 'Regional CA fingerprint' },
  lastPush: { id: 'Kiriman terakhir diterima', en: 'Last push accepted' },
  never: { id: 'belum pernah', en: 'never' },
  sequence: (acked: string, head: string, pending: string): Localized => ({
    id: `Terkirim sampai #${acked} dari #${head}; menunggu ${pending}.`,
    en: `Sent up to #${acked} of #${head}; ${pending} waiting.`,
  }),
  ok: { id: 'Tautan sehat: wilayah menerima kiriman.', en: 'Link healthy: the region accepts pushes.' },
  lastError: { id: 'Kiriman tertahan', en: 'Pushes held' },
  revokedHint: {
    id: 'Kunci lokasi ini dicabut atau tidak dikenal. Minta kode lokasi baru ke admin wilayah, lalu jalankan ulang hub dengan --region-code KODE-BARU (data yang menunggu terkirim setelahnya).',
    en: "This venue's key was revoked or is unknown. Ask the regional admin for a new venue code, then restart the hub with --region-code NEW-CODE (what waits is sent after that).",
  },
  unreachableHint: {
    id: 'Hub mencoba lagi sendiri. Ujian di lokasi tidak terganggu.',
    en: 'The hub retries on its own. The exam at the venue is not affected.',
  },
  refusedTitle: (n: number): Localized => ({
    id: `${n} data ditolak wilayah (dilewati setelah dicatat)`,
    en: `${n} events refused by the region (skipped after being recorded)`,
  }),
  refusedLead: {
    id: 'Wilayah tidak menyimpan data ini; data lain tetap terkirim. Yang harus dilakukan: samakan versi SiapCAT di hub ini dan di layanan wilayah (perbarui yang lebih lama), lalu laporkan ke admin wilayah bila berlanjut.',
    en: 'The region did not store these; everything else is still sent. What to do: bring SiapCAT on this hub and on the regional service to the same version (update the older one), and tell the regional admin if it goes on.',
  },
  overviewRefused: (n: number): Localized => ({
    id: `Wilayah menolak ${n} data dari hub ini. Data lain tetap terkirim. Lihat Pengaturan › Tautan ke wilayah untuk alasannya dan yang harus dilakukan.`,
    en: `The region refused ${n} events from this hub. Everything else is still sent. See Setup › Link to the region for why and what to do.`,
  }),
  overviewHeld: (pending: number): Localized => ({
    id: `Kiriman ke wilayah tertahan (${pending} data menunggu). Lihat Pengaturan › Tautan ke wilayah.`,
    en: `Pushes to the region are held (${pending} events waiting). See Setup › Link to the region.`,
  }),
  open: { id: 'Buka Pengaturan', en: 'Open Setup' },
  colSeq: { id: 'No.', en: 'No.' },
  colWhat: { id: 'Data', en: 'Data' },
  colWhen: { id: 'Ditolak', en: 'Refused' },
  colWhy: { id: 'Alasan', en: 'Reason' },
};
