import type { Localized } from '../protocol/i18n.js';
import type { CliIO } from './io.js';

export interface CommandModule {
  run(argv: string[], io: CliIO): Promise<number>;
}

export interface Command {
  /** Words that select the command, e.g. ['agent', 'check']. */
  path: string[];
  summary: Localized;
  /** Loaded lazily so `agent check` never pays for the hub's modules, and the other way round. */
  load: () => Promise<CommandModule>;
}

/** Every command of the `siapcat` CLI. Add a line here; the dispatcher and `help` do the rest. */
export const COMMANDS: Command[] = [
  {
    path: ['hub'],
    summary: {
      id: 'Jalankan hub lokasi ujian (API, dasbor, koneksi agen).',
      en: 'Run the venue hub (API, dashboard, agent link).',
    },
    load: () => import('../server/cli.js'),
  },
  {
    path: ['region'],
    summary: {
      id: 'Jalankan layanan wilayah (PostgreSQL): banyak lokasi dalam satu tampilan.',
      en: 'Run the regional service (PostgreSQL): many venues in one view.',
    },
    load: () => import('../server/region/cli.js'),
  },
  {
    path: ['agent', 'check'],
    summary: {
      id: 'Periksa PC ini (atau snapshot) terhadap spesifikasi perannya.',
      en: 'Check this PC (or a snapshot) against the specification for its role.',
    },
    load: () => import('../agent/cli/check.js'),
  },
  {
    path: ['agent', 'snapshot'],
    summary: {
      id: 'Simpan hasil pembacaan PC ini ke berkas untuk dinilai nanti.',
      en: 'Save what this PC reads to a file, to judge later.',
    },
    load: () => import('../agent/cli/snapshot.js'),
  },
  {
    path: ['agent', 'run'],
    summary: {
      id: 'Hubungkan PC ini ke hub: laporan kesiapan, detak, uji jaringan, periksa ulang.',
      en: 'Link this PC to the hub: readiness reports, heartbeats, network trial, re-checks.',
    },
    load: () => import('../agent/link/command.js'),
  },
  {
    path: ['simulate'],
    summary: {
      id: 'Simulasikan banyak agen (server dan klien) ke sebuah hub, untuk demo dan uji beban.',
      en: 'Simulate many agents (servers and clients) against a hub, for demos and load tests.',
    },
    load: () => import('../agent/simulate/command.js'),
  },
  {
    path: ['demo'],
    summary: {
      id: 'Jalankan hub contoh dengan lokasi simulasi (3 server, 450 PC, 6 ruang) dan agen PC ini.',
      en: 'Run a demo hub with a simulated venue (3 servers, 450 PCs, 6 rooms) and this PC\'s agent.',
    },
    load: () => import('../server/demo.js'),
  },
  {
    path: ['audit', 'verify'],
    summary: {
      id: 'Periksa rantai hash log audit hari ujian; sebutkan entri pertama yang rusak.',
      en: 'Check the hash chain of the exam-day audit log; name the first broken entry.',
    },
    load: () => import('../server/exam/audit/cli.js'),
  },
  {
    path: ['roster', 'check'],
    summary: {
      id: 'Periksa berkas daftar peserta (CSV/XLSX) seperti impor hub; daftar baris yang ditolak.',
      en: 'Check a roster file (CSV/XLSX) as the hub import would; list the refused rows.',
    },
    load: () => import('../server/exam/roster/cli.js'),
  },
];

/** The command whose path is the longest prefix of argv, and the remaining arguments. */
export function findCommand(argv: string[]): { command: Command; rest: string[] } | undefined {
  let best: Command | undefined;
  for (const command of COMMANDS) {
    const matches = command.path.every((word, i) => argv[i] === word);
    if (matches && (!best || command.path.length > best.path.length)) best = command;
  }
  return best ? { command: best, rest: argv.slice(best.path.length) } : undefined;
}
