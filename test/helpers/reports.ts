import type { CheckResult, CheckStatus, ReadinessReport, Role } from '../../protocol/check.js';
import { verdictOf } from '../../protocol/check.js';

/**
 * Readiness reports as the agent sends them, for tests of the hub's transport, storage and
 * roll-ups (which never judge hardware themselves). Titles follow the regulation's wording.
 */
const TITLES: Record<string, { title: [string, string]; failTitle: [string, string]; clause: string }> = {
  'ram-size': { title: ['Memori (RAM)', 'Memory (RAM)'], failTitle: ['RAM < 4 GB', 'RAM < 4 GB'], clause: 'Lampiran C.4.b.2.a(5)' },
  'cpu-speed': {
    title: ['Kecepatan prosesor', 'Processor speed'],
    failTitle: ['Prosesor < 2,0 GHz', 'Processor < 2.0 GHz'],
    clause: 'Lampiran C.4.b.2.a(1)',
  },
  webcam: { title: ['Webcam', 'Webcam'], failTitle: ['Tanpa webcam', 'No webcam'], clause: 'Lampiran C.4.b.2.a(9)' },
  'nic-speed': {
    title: ['Kartu jaringan', 'Network card'],
    failTitle: ['LAN < 100 Mbps', 'LAN < 100 Mbps'],
    clause: 'Lampiran C.4.b.2.a(6)',
  },
};

export function check(id: string, status: CheckStatus): CheckResult {
  const t = TITLES[id] ?? {
    title: [id, id] as [string, string],
    failTitle: [`${id} gagal`, `${id} failed`] as [string, string],
    clause: 'Lampiran C.4.b',
  };
  return {
    id,
    status,
    measured: status === 'unknown' ? null : 'diukur',
    expected: 'sesuai spesifikasi',
    clause: t.clause,
    level: 'rekomendasi',
    title: { id: t.title[0], en: t.title[1] },
    ...(status === 'fail' ? { failTitle: { id: t.failTitle[0], en: t.failTitle[1] } } : {}),
  };
}

export function report(
  statuses: Record<string, CheckStatus>,
  role: Role = 'client',
  gatheredAt = '2026-11-23T06:00:00.000Z',
): ReadinessReport {
  const checks = Object.entries(statuses).map(([id, status]) => check(id, status));
  return {
    role,
    verdict: verdictOf(checks.map((c) => c.status)),
    checklist: { id: 'test-checklist', version: '1.0.0', sha256: 'a'.repeat(64) },
    gatheredAt,
    checks,
  };
}

export const READY = { 'ram-size': 'pass', 'cpu-speed': 'pass', webcam: 'pass' } as const;
