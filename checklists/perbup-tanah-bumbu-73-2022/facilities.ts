import { ROOM_KIND_LABELS, ROOM_KINDS } from '../../protocol/rooms.js';
import type { FacilityItem } from '../types.js';

/**
 * The site's requirements no agent can measure (Lampiran C.4.b.1.c-h and C.4.b.2.a(10), b-j),
 * for a person to verify and tick in the dashboard. Ids are stable once published.
 */
const ROOM_VERIFY: Record<(typeof ROOM_KINDS)[number], { id: string; en: string }> = {
  'ruang-tes': {
    id: 'Ruang tes tersedia, kursi dan meja sesuai jumlah PC, dapat disegel.',
    en: 'A test room with a desk and chair per PC, which can be sealed.',
  },
  'ruang-server': {
    id: 'Ruang server dan administrator terpisah, dapat dikunci.',
    en: 'A separate server and administrator room that can be locked.',
  },
  'ruang-monitoring': { id: 'Ruang monitoring dengan layar pemantau hasil.', en: 'A monitoring room with a results screen.' },
  'ruang-tunggu': {
    id: 'Ruang tunggu cukup untuk peserta satu sesi berikutnya.',
    en: "A waiting room large enough for the next session's candidates.",
  },
  loker: {
    id: 'Ruang penyimpanan barang peserta (loker) tersedia dan terjaga.',
    en: "A guarded room for candidates' belongings (lockers).",
  },
  registrasi: {
    id: 'Ruang registrasi dengan meja verifikasi identitas dan cetak PIN.',
    en: 'A registration room with desks for identity checks and PIN printing.',
  },
};

const rooms: FacilityItem[] = ROOM_KINDS.map((kind) => ({
  id: `room-${kind}`,
  clause: 'Lampiran C.4.b.1.g',
  level: 'minimal',
  title: ROOM_KIND_LABELS[kind],
  verify: ROOM_VERIFY[kind],
  roomKind: kind,
}));

export const FACILITIES: readonly FacilityItem[] = [
  {
    id: 'lan-cabling',
    clause: 'Lampiran C.4.b.1.c',
    level: 'minimal',
    title: {
      id: 'Kabel UTP: min. Cat 5e ke PC, min. Cat 6 antar switch',
      en: 'UTP cabling: Cat 5e or better to PCs, Cat 6 or better between switches',
    },
    verify: {
      id: 'Baca tulisan pada selubung kabel (CAT5E/CAT6); kabel tidak terjepit atau tersambung-sambung.',
      en: 'Read the print on the cable jacket (CAT5E/CAT6); no pinched or spliced cables.',
    },
  },
  {
    id: 'lan-switches',
    clause: 'Lampiran C.4.b.1.c',
    level: 'minimal',
    title: { id: 'Switch 1 Gbps; maks. 200 PC per server', en: '1 Gbps switches; at most 200 PCs per server' },
    verify: {
      id: 'Label/model switch menyebut 1000 Mbps (Gigabit); lampu port menunjukkan 1 Gbps.',
      en: 'The switch label/model says 1000 Mbps (Gigabit); port lights show 1 Gbps.',
    },
  },
  {
    id: 'genset',
    clause: 'Lampiran C.4.b.1.d',
    level: 'minimal',
    title: { id: 'Genset untuk semua perangkat seleksi', en: 'Generator for all exam equipment' },
    verify: {
      id: 'Genset menyala, berbahan bakar cukup untuk seluruh sesi, dan mampu menanggung semua PC, server dan switch.',
      en: 'The generator starts, has fuel for every session, and can carry every PC, server and switch.',
    },
  },
  {
    id: 'ups',
    clause: 'Lampiran C.4.b.1.e',
    level: 'minimal',
    title: { id: 'UPS 1 kVA, 220 V', en: 'UPS 1 kVA, 220 V' },
    verify: {
      id: 'Label UPS ≥ 1 kVA 220 V; putus listrik PLN: server dan switch tetap menyala sampai genset mengambil alih.',
      en: 'UPS label ≥ 1 kVA 220 V; cut the mains: server and switches stay on until the generator takes over.',
    },
  },
  {
    id: 'lockers',
    clause: 'Lampiran C.4.b.1.f',
    level: 'minimal',
    title: { id: 'Loker barang peserta dan kursi tunggu', en: 'Lockers for belongings and waiting chairs' },
    verify: {
      id: 'Loker/tempat penitipan cukup untuk peserta satu sesi; kursi tunggu tersedia.',
      en: "Lockers/storage enough for one session's candidates; waiting chairs in place.",
    },
  },
  ...rooms,
  {
    id: 'metal-detector',
    clause: 'Lampiran C.4.b.1.h',
    level: 'minimal',
    title: { id: 'Alat pendeteksi logam', en: 'Metal detector' },
    verify: {
      id: 'Alat menyala dan berbunyi saat didekatkan ke benda logam; baterai cadangan ada.',
      en: 'It powers on and beeps near metal; spare batteries at hand.',
    },
  },
  {
    id: 'accessibility-kit',
    clause: 'Lampiran C.4.b.2.a(10)',
    level: 'rekomendasi',
    title: {
      id: 'Headphone/earphone dan keyboard braille untuk peserta tuna netra',
      en: 'Headphones/earphones and a braille keyboard for blind candidates',
    },
    verify: {
      id: 'Tersedia dan sudah dicoba di PC yang disiapkan untuk peserta tuna netra.',
      en: 'Available and tried on the PC set aside for blind candidates.',
    },
  },
  {
    id: 'lcd-tv',
    clause: 'Lampiran C.4.b.2.b',
    level: 'rekomendasi',
    title: {
      id: 'TV LCD (atau proyektor) untuk hasil tes dan video petunjuk',
      en: 'LCD TV (or projector) for results and the instruction video',
    },
    verify: {
      id: 'TV menyala, kabel data ke komputer tersedia, video petunjuk teknis dapat diputar di ruang tunggu.',
      en: 'The TV works, the data cable to the computer is there, the instruction video plays in the waiting room.',
    },
  },
  {
    id: 'projector',
    clause: 'Lampiran C.4.b.2.c',
    level: 'rekomendasi',
    title: { id: 'Proyektor LCD di ruang tes', en: 'LCD projector in the test room' },
    verify: {
      id: 'Proyektor menyala dan terbaca dari kursi paling belakang.',
      en: 'The projector works and is readable from the back row.',
    },
  },
  {
    id: 'scanner',
    clause: 'Lampiran C.4.b.2.d',
    level: 'rekomendasi',
    title: { id: 'Pemindai dokumen (A4, 8 ppm)', en: 'Document scanner (A4, 8 ppm)' },
    verify: { id: 'Memindai satu halaman A4 dengan berhasil.', en: 'Scans one A4 page successfully.' },
  },
  {
    id: 'barcode-scanner',
    clause: 'Lampiran C.4.b.2.e',
    level: 'rekomendasi',
    title: { id: 'Pemindai barcode 2D (USB)', en: '2D barcode scanner (USB)' },
    verify: {
      id: 'Membaca QR/barcode kartu peserta di meja registrasi.',
      en: 'Reads the QR/barcode of a participant card at the registration desk.',
    },
  },
  {
    id: 'laser-printer',
    clause: 'Lampiran C.4.b.2.f',
    level: 'rekomendasi',
    title: { id: 'Printer laser (min. 20 ppm) dan toner', en: 'Laser printer (20 ppm or faster) and toner' },
    verify: { id: 'Mencetak halaman uji; toner cadangan tersedia.', en: 'Prints a test page; spare toner at hand.' },
  },
  {
    id: 'first-aid',
    clause: 'Lampiran C.4.b.2.g',
    level: 'rekomendasi',
    title: { id: 'Fasilitas P3K', en: 'First aid' },
    verify: {
      id: 'Kotak P3K lengkap dan petugas/tempatnya diketahui panitia.',
      en: 'A complete first-aid kit, and the committee knows who and where.',
    },
  },
  {
    id: 'fire-extinguisher',
    clause: 'Lampiran C.4.b.2.h',
    level: 'rekomendasi',
    title: { id: 'Alat pemadam kebakaran (APAR)', en: 'Fire extinguisher' },
    verify: {
      id: 'APAR terpasang dekat ruang server dan ruang tes; jarum tekanan di hijau; belum kedaluwarsa.',
      en: 'Extinguishers near the server and test rooms; pressure gauge in the green; not expired.',
    },
  },
  {
    id: 'evacuation-signs',
    clause: 'Lampiran C.4.b.2.i',
    level: 'rekomendasi',
    title: { id: 'Petunjuk evakuasi', en: 'Evacuation signs' },
    verify: {
      id: 'Tanda jalur evakuasi dan titik kumpul terlihat dari setiap ruang.',
      en: 'Evacuation route and assembly point signs visible from every room.',
    },
  },
  {
    id: 'internet',
    clause: 'Lampiran C.4.b.2.j',
    level: 'rekomendasi',
    title: { id: 'Koneksi internet di titik lokasi', en: 'Internet connection at the site' },
    verify: {
      id: 'Server dapat menjangkau layanan CAT BKN; sekitar 200 kbps per PC.',
      en: 'The server reaches the BKN CAT service; about 200 kbps per PC.',
    },
  },
];
