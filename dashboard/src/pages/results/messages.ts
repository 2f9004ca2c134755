import type { Localized } from '../../../../protocol/i18n.js';

export const msg = {
  title: { id: 'Hasil seleksi sesi', en: 'Session results' },
  back: { id: '← Kembali ke sesi', en: '← Back to the session' },
  board: { id: 'Papan hasil (TV)', en: 'Results board (TV)' },
  rekap: { id: 'Rekap hasil (cetak)', en: 'Results summary (print)' },
  minutes: { id: 'Berita acara', en: 'Berita acara (minutes)' },
  exportAs: (f: string): Localized => ({ id: `Pengumuman ${f}`, en: `Announcement ${f}` }),
  importTitle: { id: 'Impor hasil dari Tim CAT', en: 'Import results from the CAT team' },
  importLead: {
    id: 'Berkas ekspor hasil (CSV atau XLSX) dengan kolom NO PESERTA dan nilai per komponen. Baris yang ditolak disebut nomor barisnya dan alasannya. Hasil yang sudah tercatat tidak diubah kecuali kolom ALASAN diisi (koreksi).',
    en: 'The results export (CSV or XLSX) with a NO PESERTA column and a score per component. Refused rows are listed by row number with the reason. Recorded results change only when the ALASAN column gives a reason (a correction).',
  },
  file: { id: 'Berkas hasil', en: 'Results file' },
  import: { id: 'Impor hasil', en: 'Import results' },
  chooseFile: { id: 'Pilih berkas hasil terlebih dahulu.', en: 'Choose a results file first.' },
  imported: (n: number, same: number, refused: number): Localized => ({
    id: `${n} hasil diimpor, ${same} sama dengan yang tercatat, ${refused} baris ditolak.`,
    en: `${n} result${n === 1 ? '' : 's'} imported, ${same} equal to what is recorded, ${refused} row${refused === 1 ? '' : 's'} refused.`,
  }),
  rule: { id: 'Ambang batas', en: 'Passing grade' },
  verification: {
    'decree-text': { id: 'diperiksa terhadap teks keputusan', en: 'checked against the decree text' },
    'secondary-sources': { id: 'diperiksa terhadap sumber yang mengutip keputusan', en: 'checked against sources quoting the decree' },
    none: { id: 'tanpa ambang batas tertranskripsi', en: 'no threshold transcribed' },
  } as Record<string, Localized>,
  counts: (c: {
    registered: number;
    present: number;
    withResult: number;
    memenuhi: number;
    tidakMemenuhi: number;
    tidakDinilai: number;
  }): Localized => ({
    id: `Terdaftar ${c.registered} · Hadir ${c.present} · Ada hasil ${c.withResult} · Memenuhi ${c.memenuhi} · Tidak memenuhi ${c.tidakMemenuhi} · Tidak dinilai ${c.tidakDinilai}`,
    en: `Registered ${c.registered} · Present ${c.present} · With result ${c.withResult} · Meeting ${c.memenuhi} · Below ${c.tidakMemenuhi} · Not judged ${c.tidakDinilai}`,
  }),
  anomaliesTitle: (n: number, open: number): Localized => ({
    id: `Anomali kehadiran dan hasil: ${n} (${open} belum dijelaskan)`,
    en: `Attendance and result anomalies: ${n} (${open} unexplained)`,
  }),
  noAnomalies: { id: 'Tidak ada anomali: kehadiran dan hasil cocok.', en: 'No anomaly: attendance and results agree.' },
  explanation: { id: 'Penjelasan tertulis', en: 'Written explanation' },
  explain: { id: 'Simpan penjelasan', en: 'Save the explanation' },
  explained: { id: 'Penjelasan tersimpan.', en: 'Explanation saved.' },
  explainedBy: (by: string): Localized => ({ id: `— ${by}`, en: `— ${by}` }),
  resultsTitle: { id: 'Hasil per peserta', en: 'Results per participant' },
  noResults: { id: 'Belum ada hasil untuk sesi ini.', en: 'No result for this session yet.' },
  number: { id: 'No. peserta', en: 'Participant no.' },
  name: { id: 'Nama', en: 'Name' },
  room: { id: 'Ruang', en: 'Room' },
  total: { id: 'Jumlah', en: 'Total' },
  status: { id: 'Status', en: 'Status' },
  time: { id: 'Waktu', en: 'Time' },
  corrected: (n: number, reason: string): Localized => ({ id: `dikoreksi ${n}× (${reason})`, en: `corrected ${n}× (${reason})` }),
  letter: { id: 'Surat', en: 'Letter' },
  letterTitle: { id: 'Surat keterangan telah mengikuti seleksi', en: 'Letter: sat the selection' },
  checkTitle: { id: 'Periksa kode surat keterangan', en: 'Check a letter’s verification code' },
  code: { id: 'Kode verifikasi', en: 'Verification code' },
  check: { id: 'Periksa', en: 'Check' },
  genuine: (name: string, number: string, session: string): Localized => ({
    id: `Asli: diterbitkan hub ini untuk ${name} (${number}), ${session}.`,
    en: `Genuine: issued by this hub for ${name} (${number}), ${session}.`,
  }),
  forged: {
    id: 'TIDAK COCOK: isi surat yang tersimpan tidak sesuai kodenya.',
    en: 'DOES NOT MATCH: the stored letter does not fit its code.',
  },
  current: { id: 'Catatan kehadiran dan hasil saat ini masih sama.', en: 'Attendance and result records still agree.' },
  entryTitle: { id: 'Input atau koreksi dari rekap cetak', en: 'Type in or correct from the printed rekap' },
  entryReason: { id: 'Alasan koreksi (wajib bila sudah ada hasil)', en: 'Reason for the correction (required when a result exists)' },
  save: { id: 'Simpan hasil', en: 'Save the result' },
  saved: { id: 'Hasil tersimpan.', en: 'Result saved.' },
  unchanged: { id: 'Sama dengan yang tercatat; tidak disimpan ulang.', en: 'Equal to what is recorded; not stored again.' },
};
