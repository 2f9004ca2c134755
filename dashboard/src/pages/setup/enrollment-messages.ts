import type { Localized } from '../../../../protocol/i18n.js';

/** Words of Pengaturan > Pendaftaran PC ujian (codes, commands, downloads, approvals). */
export const em = {
  lead: {
    id: 'Setiap PC ujian dipasangi agen satu berkas yang berjalan sendiri saat PC menyala. Tiga langkah: unduh berkas agen, buat kode, jalankan perintahnya di PC (sebagai Administrator / dengan sudo) dari folder tempat berkas itu.',
    en: 'Each exam PC gets the single-file agent, which then starts by itself at boot. Three steps: download the agent, make a code, run its command on the PC (as Administrator / with sudo) from the folder holding the file.',
  },
  hubUrl: { id: 'Alamat hub untuk PC ujian', en: 'Hub address for exam PCs' },
  caFingerprint: {
    id: 'Sidik jari CA hub (perintah di bawah memuatnya; agen hanya percaya hub dengan CA ini)',
    en: 'Hub CA fingerprint (the commands below carry it; the agent trusts only a hub with this CA)',
  },
  step1: { id: '1. Unduh agen', en: '1. Download the agent' },
  step2: { id: '2. Buat kode pendaftaran', en: '2. Make an enrollment code' },
  step3: { id: '3. Jalankan di PC ujian', en: '3. Run on the exam PC' },
  notBuilt: {
    id: "belum ada di hub ini: jalankan 'npm run build:agent' di PC hub sekali (perlu internet), atau pakai kit USB",
    en: "not on this hub: run 'npm run build:agent' on the hub PC once (needs internet), or use the USB kit",
  },
  kind: { id: 'Untuk', en: 'For' },
  kindPc: { id: 'Satu PC (sekali pakai)', en: 'One PC (single use)' },
  kindBatch: { id: 'Satu ruang (banyak PC)', en: 'One room (many PCs)' },
  room: { id: 'Ruang', en: 'Room' },
  anyRoom: { id: '(ruang diketik di PC)', en: '(room typed at the PC)' },
  uses: { id: 'Jumlah PC', en: 'Number of PCs' },
  hours: { id: 'Berlaku (jam)', en: 'Valid for (hours)' },
  label: { id: 'Keterangan', en: 'Label' },
  machineId: { id: 'ID PC (kosong: nama komputer)', en: 'PC id (empty: computer name)' },
  make: { id: 'Buat kode', en: 'Make code' },
  codeOnce: {
    id: 'Kode ini hanya ditampilkan sekarang; hub hanya menyimpan sidiknya. Catat atau salin perintahnya sebelum meninggalkan halaman.',
    en: 'This code is shown now only; the hub keeps just its fingerprint. Note it or copy the commands before leaving the page.',
  },
  placeholders: {
    id: 'Ganti KURSI dengan nomor kursi PC itu (dan RUANG dengan kode ruangnya bila tertulis). Agen menolak perintah yang masih memuat KODE, RUANG atau KURSI.',
    en: 'Replace KURSI with the PC\'s seat number (and RUANG with its room id where shown). The agent refuses a command that still holds KODE, RUANG or KURSI.',
  },
  noCodeYet: { id: 'Buat kode dulu; perintah di bawah memakai KODE sebagai tempatnya.', en: 'Make a code first; the commands below hold KODE in its place.' },
  cmd: { id: 'Windows: Command Prompt (Run as administrator)', en: 'Windows: Command Prompt (Run as administrator)' },
  powershell: { id: 'Windows: PowerShell (Run as administrator)', en: 'Windows: PowerShell (Run as administrator)' },
  linux: { id: 'Linux (terminal)', en: 'Linux (terminal)' },
  codes: { id: 'Kode yang sudah dibuat', en: 'Codes made so far' },
  noCodes: { id: 'Belum ada kode.', en: 'No codes yet.' },
  used: { id: 'Terpakai', en: 'Used' },
  expires: { id: 'Kedaluwarsa', en: 'Expires' },
  state: { id: 'Status', en: 'State' },
  revoke: { id: 'Cabut', en: 'Revoke' },
  revokeConfirm: (id: string): Localized => ({
    id: `Cabut kode ${id}? PC yang sudah terdaftar dengannya tetap terdaftar.`,
    en: `Revoke code ${id}? PCs already enrolled with it stay enrolled.`,
  }),
  states: {
    active: { id: 'aktif', en: 'active' },
    used: { id: 'habis', en: 'used up' },
    expired: { id: 'kedaluwarsa', en: 'expired' },
    revoked: { id: 'dicabut', en: 'revoked' },
  } as Record<string, Localized>,
  pending: { id: 'Menunggu persetujuan', en: 'Awaiting approval' },
  pendingLead: {
    id: 'PC ini mendaftar melebihi jumlah kursi di denah, jadi belum mendapat tempat. Setujui hanya PC yang memang ada di lokasi.',
    en: 'These PCs enrolled beyond the seats of the venue plan, so they have no place yet. Approve only PCs that are really at the venue.',
  },
  approve: { id: 'Setujui', en: 'Approve' },
  simulator: { id: 'Token lokasi untuk simulator dan uji beban', en: 'Venue token for simulators and load tests' },
  simulatorLead: {
    id: "Bukan untuk PC ujian (pakai kode di atas). Token ini dipakai 'siapcat simulate --token'. Menggantinya membuat token lama tidak berlaku.",
    en: "Not for exam PCs (use the codes above). 'siapcat simulate --token' uses it. Rotating makes the old token stop working.",
  },
  rotate: { id: 'Ganti token simulator', en: 'Rotate simulator token' },
  rotateConfirm: {
    id: 'Token simulator lama berhenti berlaku. PC yang sudah terdaftar tetap tersambung. Ganti?',
    en: 'The old simulator token stops working. Enrolled PCs stay connected. Rotate?',
  },
  rotated: { id: 'Token simulator diganti.', en: 'Simulator token rotated.' },
  approved: (id: string): Localized => ({ id: `PC ${id} disetujui dan ditempatkan.`, en: `PC ${id} approved and placed.` }),
  downloading: { id: 'Mengunduh…', en: 'Downloading…' },
};
