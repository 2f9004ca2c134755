import type { Localized } from '../../../../protocol/i18n.js';

export const usersMsg = {
  title: { id: 'Pengguna', en: 'Users' },
  lead: {
    id: 'Buat satu akun per meja registrasi dan per supervisor: log audit, daftar hadir dan berita acara mencatat siapa yang melakukan apa. Hanya supervisor dan admin yang boleh override penerbitan PIN setelah ditutup.',
    en: 'Make one account per check-in desk and per supervisor: the audit log, attendance and minutes record who did what. Only supervisors and admins may override PIN issuance after it closes.',
  },
  username: { id: 'Nama pengguna', en: 'Username' },
  password: { id: 'Kata sandi (min. 8)', en: 'Password (min. 8)' },
  newPassword: { id: 'Kata sandi baru', en: 'New password' },
  role: { id: 'Peran', en: 'Role' },
  logins: { id: 'Sedang masuk', en: 'Logged in' },
  add: { id: 'Tambah pengguna', en: 'Add user' },
  added: (name: string): Localized => ({ id: `Pengguna ${name} dibuat.`, en: `User ${name} created.` }),
  saved: (name: string): Localized => ({
    id: `Pengguna ${name} disimpan; login lamanya berakhir.`,
    en: `User ${name} saved; their old logins ended.`,
  }),
  removed: (name: string): Localized => ({ id: `Pengguna ${name} dihapus.`, en: `User ${name} deleted.` }),
  setPassword: { id: 'Ganti kata sandi', en: 'Change password' },
  confirmRemove: (name: string): Localized => ({
    id: `Hapus pengguna ${name}? Catatan yang sudah dibuatnya tetap memuat namanya.`,
    en: `Delete user ${name}? What they recorded keeps their name.`,
  }),
};
