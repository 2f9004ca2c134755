import { describe, expect, it } from 'vitest';
import type { ReadinessReport, Verdict } from '../../protocol/check.js';
import type { AgentApi } from '../link/source.js';
import { fixtureHardware, readFixtures } from './hardware.js';
import { seeded } from './prng.js';

/** Snapshots whose text names the verdict they judge to, for servers and clients alike. */
const api: AgentApi = {
  gatherSnapshot: async () => ({ capturedAt: '', probes: {} }),
  parseSnapshot: (text) => ({ capturedAt: '2026-11-01T00:00:00.000Z', probes: { verdict: text } }),
  judgeSnapshot: (snapshot, role) =>
    ({
      role,
      verdict: (role === 'client' ? snapshot.probes.verdict : 'ready') as Verdict,
      checklist: { id: 'c', version: '1', sha256: 'a'.repeat(64) },
      gatheredAt: snapshot.capturedAt,
      checks: [],
    }) satisfies ReadinessReport,
};

const files = [
  { name: 'desktop-ok', text: 'ready' },
  { name: 'laptop-ok', text: 'ready' },
  { name: 'old-pc', text: 'not-ready' },
  { name: 'vm', text: 'incomplete' },
];

describe('fixtureHardware', () => {
  it('draws mostly compliant machines, some failing and some incomplete, from the judged snapshots', () => {
    const hw = fixtureHardware(api, files);
    const rng = seeded(3);
    const counts: Record<string, number> = {};
    for (let i = 0; i < 2000; i++) {
      const m = hw.machine('client', rng);
      const verdict = m.report(new Date(0)).verdict;
      counts[verdict] = (counts[verdict] ?? 0) + 1;
    }
    expect(counts.ready! / 2000).toBeGreaterThan(0.75);
    expect(counts['not-ready']! / 2000).toBeGreaterThan(0.08);
    expect(counts.incomplete! / 2000).toBeGreaterThan(0.05);
  });

  it('leaves out a verdict no snapshot gives for the role, and stamps each report with its time', () => {
    const hw = fixtureHardware(api, files);
    const rng = seeded(4);
    const m = hw.machine('server', rng);
    const report = m.report(new Date('2026-11-23T06:30:00.000Z'));
    expect(report).toMatchObject({ role: 'server', verdict: 'ready', gatheredAt: '2026-11-23T06:30:00.000Z' });
  });

  it('says clearly when a folder has no snapshots', () => {
    expect(() => readFixtures('/nonexistent/siapcat')).toThrow(/No machine snapshots/);
  });
});
