import type { Localized } from '../../../../protocol/i18n.js';

export const msg = {
  title: { id: 'Pengaturan lokasi', en: 'Venue setup' },
  noTls: { id: 'tanpa TLS (--no-tls)', en: 'no TLS (--no-tls)' },
  venue: { id: 'Lokasi ujian', en: 'Exam venue' },
  name: { id: 'Nama', en: 'Name' },
  address: { id: 'Alamat', en: 'Address' },
  city: { id: 'Kota penandatanganan', en: 'Town of signing' },
  cityHint: {
    id: 'Dicetak di berita acara sebelum tanggal, mis. "Batulicin, 4 Desember 2026".',
    en: 'Printed on the berita acara before the date, e.g. "Batulicin, 4 December 2026".',
  },
  timeZone: { id: 'Zona waktu', en: 'Time zone' },
  zones: {
    'Asia/Jakarta': { id: 'WIB (Asia/Jakarta)', en: 'WIB (Asia/Jakarta)' },
    'Asia/Makassar': { id: 'WITA (Asia/Makassar)', en: 'WITA (Asia/Makassar)' },
    'Asia/Jayapura': { id: 'WIT (Asia/Jayapura)', en: 'WIT (Asia/Jayapura)' },
  } satisfies Record<string, Localized>,
  rooms: { id: 'Ruang', en: 'Rooms' },
  roomsLead: {
    id: 'Ruang tes punya denah kursi baris × kolom. Nomor kursi mengikuti nomor di meja.',
    en: 'Test rooms have a seat grid of rows × columns. Seat numbers follow the numbers on the desks.',
  },
  id: { id: 'Kode', en: 'Code' },
  kind: { id: 'Jenis', en: 'Kind' },
  rows: { id: 'Baris', en: 'Rows' },
  cols: { id: 'Kolom', en: 'Columns' },
  seats: { id: 'Kursi', en: 'Seats' },
  makeSeats: { id: 'Buat kursi', en: 'Make seats' },
  makeSeatsTitle: (n: number, first: number): Localized => ({
    id: `Buat ${n} kursi bernomor ${first}–${first + n - 1}`,
    en: `Make ${n} seats numbered ${first}–${first + n - 1}`,
  }),
  firstNumber: { id: 'Nomor pertama', en: 'First number' },
  seatServer: { id: 'Server untuk kursi ini', en: 'Server for these seats' },
  noServer: { id: '(belum ditentukan)', en: '(not set)' },
  replaceSeats: (room: string, n: number): Localized => ({
    id: `Ruang ${room} sudah punya ${n} kursi. Ganti semuanya?`,
    en: `Room ${room} already has ${n} seats. Replace them all?`,
  }),
  overLimit: (server: string, n: number, limit: number): Localized => ({
    id: `Server ${server} akan melayani ${n} kursi, lebih dari batasnya ${limit} (Lampiran C.4.b.1.c). Bagi kursi ke server lain.`,
    en: `Server ${server} would serve ${n} seats, more than its limit of ${limit} (Lampiran C.4.b.1.c). Split the seats over another server.`,
  }),
  confirmDelete: (what: string): Localized => ({ id: `Hapus ${what}?`, en: `Delete ${what}?` }),
  addRoom: { id: 'Tambah ruang', en: 'Add room' },
  servers: { id: 'Server', en: 'Servers' },
  serversLead: {
    id: 'Satu server melayani paling banyak 200 klien (Lampiran C.4.b.1.c); batas boleh lebih kecil.',
    en: 'One server serves at most 200 clients (Lampiran C.4.b.1.c); the limit may be lower.',
  },
  limit: { id: 'Batas klien', en: 'Client limit' },
  room: { id: 'Ruang', en: 'Room' },
  addServer: { id: 'Tambah server', en: 'Add server' },
  plan: { id: 'Impor denah lokasi', en: 'Import a venue plan' },
  planLead: {
    id: 'Berkas JSON berisi venue, rooms, servers dan seats (lihat README). Yang disebut di berkas ditambahkan atau diperbarui; yang tidak disebut tetap ada.',
    en: 'A JSON file with venue, rooms, servers and seats (see the README). What the file lists is added or updated; nothing else is removed.',
  },
  planFile: { id: 'Berkas denah (.json)', en: 'Plan file (.json)' },
  planImport: { id: 'Impor', en: 'Import' },
  planNotJson: (name: string): Localized => ({
    id: `Berkas ${name} bukan JSON yang sah. Simpan ulang denah sebagai JSON lalu coba lagi.`,
    en: `File ${name} is not valid JSON. Save the plan again as JSON and retry.`,
  }),
  planDone: (r: { rooms: [number, number]; servers: [number, number]; seats: [number, number] }): Localized => ({
    id: `Denah diimpor: ruang ${r.rooms[0]} baru, ${r.rooms[1]} diperbarui; server ${r.servers[0]} baru, ${r.servers[1]} diperbarui; kursi ${r.seats[0]} baru, ${r.seats[1]} diperbarui.`,
    en: `Plan imported: rooms ${r.rooms[0]} new, ${r.rooms[1]} updated; servers ${r.servers[0]} new, ${r.servers[1]} updated; seats ${r.seats[0]} new, ${r.seats[1]} updated.`,
  }),
  planConfirm: {
    id: 'Impor denah menambah dan memperbarui ruang, server dan kursi sesuai berkas. Lanjutkan?',
    en: 'Importing adds and updates rooms, servers and seats as the file lists them. Continue?',
  },
  enrollment: { id: 'Pendaftaran PC ujian', en: 'Enrolling exam PCs' },
  saved: { id: 'Tersimpan.', en: 'Saved.' },
  editSeats: { id: 'Atur kursi', en: 'Edit seats' },
  seatEditorLead: {
    id: 'Klik kotak untuk menghapus kursi (tiang, lorong, meja rusak) atau menambahkannya kembali. Nomor kursi lain tidak berubah.',
    en: 'Click a cell to remove a seat (pillar, aisle, broken desk) or add it back. Other seat numbers do not change.',
  },
  saveSeats: { id: 'Simpan kursi', en: 'Save seats' },
  seatAt: (n: number, row: number, col: number): Localized => ({
    id: `Kursi ${n} (baris ${row}, kolom ${col}): klik untuk menghapus`,
    en: `Seat ${n} (row ${row}, column ${col}): click to remove`,
  }),
  noSeatAt: (row: number, col: number): Localized => ({
    id: `Tanpa kursi (baris ${row}, kolom ${col}): klik untuk menambah`,
    en: `No seat (row ${row}, column ${col}): click to add`,
  }),
};
