import { AGENT_COMMANDS } from '../agent/cli/commands.js';
import { findIn } from '../cmdline/dispatch.js';
import type { Command } from '../cmdline/commands-type.js';

export type { Command, CommandModule } from '../cmdline/commands-type.js';

/** Every command of the `siapcat` CLI. Add a line here; the dispatcher and `help` do the rest. */
export const COMMANDS: Command[] = [
  {
    path: ['hub'],
    summary: {
      id: 'Jalankan hub lokasi ujian (API, dasbor, koneksi agen).',
      en: 'Run the venue hub (API, dashboard, agent link).',
    },
    load: () => import('./hub-command.js'),
  },
  {
    path: ['region'],
    summary: {
      id: 'Jalankan layanan wilayah (PostgreSQL): banyak lokasi dalam satu tampilan.',
      en: 'Run the regional service (PostgreSQL): many venues in one view.',
    },
    load: () => import('../server/region/cli.js'),
  },
  ...AGENT_COMMANDS,
  {
    path: ['kit'],
    summary: {
      id: 'Tulis kit USB: kedua agen satu berkas, alamat hub dan lembar pemasangan.',
      en: 'Write a USB kit: both single-file agents, the hub address and the install sheet.',
    },
    load: () => import('./kit/command.js'),
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
      en: "Run a demo hub with a simulated venue (3 servers, 450 PCs, 6 rooms) and this PC's agent.",
    },
    load: () => import('./demo.js'),
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
    path: ['backup'],
    summary: {
      id: 'Cadangkan hub (basis data, kunci, CA) ke satu berkas terenkripsi; aman saat hub berjalan.',
      en: 'Back up the hub (database, keys, CA) into one encrypted file; safe while the hub runs.',
    },
    load: () => import('../server/backup/cli.js'),
  },
  {
    path: ['restore'],
    summary: {
      id: 'Pulihkan cadangan ke --db (PC hub baru); periksa rantai audit sesudahnya.',
      en: 'Restore a backup to --db (a new hub PC); checks the audit chain after.',
    },
    load: () => import('../server/backup/restore-cli.js'),
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
  return findIn(COMMANDS, argv);
}
