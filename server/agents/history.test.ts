import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../protocol/check.js';
import { briefs, checkChanges } from './history.js';

const check = (id: string, status: CheckResult['status'], extra: Partial<CheckResult> = {}): CheckResult => ({
  id,
  status,
  measured: null,
  expected: '',
  clause: 'Lampiran C.4.b.2.a(5)',
  level: 'rekomendasi',
  title: { id: `Judul ${id}`, en: `Title ${id}` },
  ...extra,
});

describe('checkChanges', () => {
  it('lists every check as new on the first report', () => {
    expect(checkChanges(null, [check('ram-size', 'pass'), check('webcam', 'unknown')])).toEqual([
      { id: 'ram-size', from: null, to: 'pass' },
      { id: 'webcam', from: null, to: 'unknown' },
    ]);
  });

  it('lists only what changed, including checks that appeared or disappeared', () => {
    const before = [check('ram-size', 'pass'), check('webcam', 'unknown'), check('lan-loss', 'pass')];
    const after = [check('ram-size', 'fail'), check('webcam', 'unknown'), check('lan-throughput', 'pass')];
    expect(checkChanges(before, after)).toEqual([
      { id: 'ram-size', from: 'pass', to: 'fail' },
      { id: 'lan-throughput', from: null, to: 'pass' },
      { id: 'lan-loss', from: 'pass', to: null },
    ]);
  });

  it('is empty when nothing changed', () => {
    expect(checkChanges([check('a', 'pass')], [check('a', 'pass')])).toEqual([]);
  });
});

describe('briefs', () => {
  it('keeps the failing and unknown checks with their titles', () => {
    const failTitle = { id: 'RAM < 4 GB', en: 'RAM < 4 GB' };
    const out = briefs([check('ram-size', 'fail', { failTitle }), check('webcam', 'unknown'), check('cpu', 'pass'), check('x', 'warn')]);
    expect(out.failing).toEqual([{ id: 'ram-size', title: { id: 'Judul ram-size', en: 'Title ram-size' }, failTitle }]);
    expect(out.unknowns.map((c) => c.id)).toEqual(['webcam']);
  });
});
