import type { Command } from '../../cli/commands-type.js';

/**
 * The agent's commands, under `siapcat agent …` and as the single-file agent's own commands
 * (`siapcat-agent check …`). Only agent modules are loaded from here: the single-file agent
 * bundles this list and nothing of the hub.
 */
export const AGENT_COMMANDS: Command[] = [
  {
    path: ['agent', 'check'],
    summary: {
      id: 'Periksa PC ini (atau snapshot) terhadap spesifikasi perannya.',
      en: 'Check this PC (or a snapshot) against the specification for its role.',
    },
    load: () => import('./check.js'),
  },
  {
    path: ['agent', 'snapshot'],
    summary: {
      id: 'Simpan hasil pembacaan PC ini ke berkas untuk dinilai nanti.',
      en: 'Save what this PC reads to a file, to judge later.',
    },
    load: () => import('./snapshot.js'),
  },
  {
    path: ['agent', 'run'],
    summary: {
      id: 'Hubungkan PC ini ke hub: laporan kesiapan, detak, uji jaringan, periksa ulang.',
      en: 'Link this PC to the hub: readiness reports, heartbeats, network trial, re-checks.',
    },
    load: () => import('../link/command.js'),
  },
  {
    path: ['agent', 'install'],
    summary: {
      id: 'Pasang agen sebagai layanan yang jalan saat PC menyala (perlu admin/root), daftarkan dengan kode.',
      en: 'Install the agent as a start-up service (needs admin/root), enrolled with a code.',
    },
    load: () => import('../service/install-command.js'),
  },
  {
    path: ['agent', 'status'],
    summary: {
      id: 'Apakah layanan agen berjalan, kapan terakhir tersambung ke hub, dan hasil pemeriksaannya.',
      en: 'Whether the agent service runs, when it last reached the hub, and its verdict.',
    },
    load: () => import('../service/status-command.js'),
  },
  {
    path: ['agent', 'uninstall'],
    summary: {
      id: 'Hapus layanan agen beserta kunci dan catatannya dari PC ini.',
      en: 'Remove the agent service with its key and records from this PC.',
    },
    load: () => import('../service/uninstall-command.js'),
  },
];
