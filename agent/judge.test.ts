import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReadinessReportSchema } from '../protocol/check.js';
import { manualClock } from '../protocol/ports.js';
import { DEFAULT_CHECKLIST, checklistRef } from '../checklists/index.js';
import { withParams } from '../checklists/params.js';
import { judgeSnapshot } from './judge.js';
import { parseSnapshot } from './snapshot.js';

const fixture = (name: string) => parseSnapshot(readFileSync(join(import.meta.dirname, '../test/fixtures/machines', name), 'utf8'));

describe('judgeSnapshot', () => {
  it('is pure: the same snapshot, role and clock give the same report, in the wire shape', () => {
    const snap = fixture('windows11-desktop.json');
    const clock = manualClock('2026-11-20T02:00:00Z');
    const a = judgeSnapshot(snap, 'client', { clock });
    const b = judgeSnapshot(snap, 'client', { clock });
    expect(a).toEqual(b);
    expect(ReadinessReportSchema.safeParse(a).success).toBe(true);
    expect(a).toMatchObject({
      role: 'client',
      verdict: 'ready',
      gatheredAt: '2026-11-18T01:12:40.511Z',
      judgedAt: '2026-11-20T02:00:00.000Z',
      checklist: checklistRef(),
    });
  });

  it('judges under the checklist it is given and says which', () => {
    const venue = withParams(DEFAULT_CHECKLIST, { params: { browser: { client: { chromeMin: 143 } } } });
    const report = judgeSnapshot(fixture('windows11-desktop.json'), 'client', { checklist: venue });
    expect(report.checklist.version).toMatch(/\+venue$/);
    expect(report.verdict).toBe('not-ready');
    expect(report.checks.find((c) => c.id === 'browser')?.status).toBe('fail');
  });
});
