/**
 * Every page address in one place (Indonesian paths, as people read them in the address bar).
 * Components link with `href=${paths.room(id)}`; the router and the route table use the patterns.
 */
const enc = encodeURIComponent;

export const PATTERNS = {
  overview: '/',
  machines: '/mesin',
  machine: '/mesin/:id',
  room: '/ruang/:id',
  facilities: '/fasilitas',
  setup: '/pengaturan',
  report: '/laporan',
  monitor: '/monitor',
  sessions: '/sesi',
  session: '/sesi/:id',
  desk: '/sesi/:id/registrasi',
  attendance: '/sesi/:id/kehadiran',
  attendanceSheet: '/sesi/:id/daftar-hadir',
  incidents: '/sesi/:id/kejadian',
  minutes: '/sesi/:id/berita-acara',
  results: '/sesi/:id/hasil',
  resultsBoard: '/sesi/:id/papan-hasil',
  resultsRekap: '/sesi/:id/rekap-hasil',
  custody: '/pengamanan',
  handover: '/pengamanan/bast/:id',
  trial: '/pengamanan/uji-coba/:id',
} as const;

export interface MachineFilter {
  verdict?: string;
  check?: string;
  room?: string;
  server?: string;
  offline?: boolean;
}

export const paths = {
  overview: () => '/',
  machines: (filter: MachineFilter = {}) => {
    const q = new URLSearchParams();
    if (filter.verdict) q.set('status', filter.verdict);
    if (filter.check) q.set('periksa', filter.check);
    if (filter.room) q.set('ruang', filter.room);
    if (filter.server) q.set('server', filter.server);
    if (filter.offline) q.set('luring', '1');
    const s = q.toString();
    return s ? `/mesin?${s}` : '/mesin';
  },
  machine: (id: string) => `/mesin/${enc(id)}`,
  room: (id: string) => `/ruang/${enc(id)}`,
  facilities: () => '/fasilitas',
  setup: () => '/pengaturan',
  report: () => '/laporan',
  monitor: () => '/monitor',
  sessions: () => '/sesi',
  session: (id: string) => `/sesi/${enc(id)}`,
  /** The registration desk of a session (check-in and PIN). */
  desk: (id: string) => `/sesi/${enc(id)}/registrasi`,
  attendance: (id: string) => `/sesi/${enc(id)}/kehadiran`,
  /** The printable daftar hadir, of one room when `room` is given. */
  attendanceSheet: (id: string, room?: string) =>
    room === undefined ? `/sesi/${enc(id)}/daftar-hadir` : `/sesi/${enc(id)}/daftar-hadir?ruang=${enc(room)}`,
  incidents: (id: string) => `/sesi/${enc(id)}/kejadian`,
  /** The berita acara (official minutes) of a session. */
  minutes: (id: string) => `/sesi/${enc(id)}/berita-acara`,
  /** Results of a session: import, judged list, anomalies with explanations. */
  results: (id: string) => `/sesi/${enc(id)}/hasil`,
  /** The waiting-room TV board of a session's results, in the venue's chosen order. */
  resultsBoard: (id: string, sort?: string) => `/sesi/${enc(id)}/papan-hasil${sort ? `?urut=${enc(sort)}` : ''}`,
  /** The printable Rekap Hasil with signature blocks (handover, Lampiran C.3.b.7.k). */
  resultsRekap: (id: string) => `/sesi/${enc(id)}/rekap-hasil`,
  /** Custody and rehearsal: seals, BAST, network trial, power drill. */
  custody: () => '/pengamanan',
  /** A printable BAST. */
  handover: (id: number) => `/pengamanan/bast/${id}`,
  /** A trial's printable berita acara; `compare` shows another trial beside it. */
  trial: (id: number, compare?: number) => (compare === undefined ? `/pengamanan/uji-coba/${id}` : `/pengamanan/uji-coba/${id}?banding=${compare}`),
};

/** Reads a machine filter back from the query of /mesin. */
export function machineFilterOf(query: URLSearchParams): MachineFilter {
  const filter: MachineFilter = {};
  const verdict = query.get('status');
  if (verdict) filter.verdict = verdict;
  const check = query.get('periksa');
  if (check) filter.check = check;
  const room = query.get('ruang');
  if (room) filter.room = room;
  const server = query.get('server');
  if (server) filter.server = server;
  if (query.get('luring') === '1') filter.offline = true;
  return filter;
}
