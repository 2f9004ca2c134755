import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DASHBOARD_BUDGET_BYTES, measureBudget } from '../../dashboard/build/budget.js';
import { defaultDashboardDir } from '../../server/hub.js';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe('dashboard size budget', () => {
  it('measures gzipped shipped files and flags a total over the limit', () => {
    const big = 'x'.repeat(1000) + Array.from({ length: 3000 }, (_, i) => i.toString(36)).join(',');
    const report = measureBudget(
      [
        { name: 'assets/a.js', content: big },
        { name: 'assets/a.css', content: 'body{}' },
        { name: 'logo.png', content: new Uint8Array(50_000) },
      ],
      1000,
    );
    expect(report.files.map((f) => f.name)).toEqual(['assets/a.js', 'assets/a.css']);
    expect(report.over).toBe(true);
    expect(report.totalGzipBytes).toBe(report.files[0]!.gzipBytes + report.files[1]!.gzipBytes);
    expect(measureBudget([{ name: 'a.js', content: 'let a=1' }], 1000).over).toBe(false);
  });

  it('the built dashboard (every script, style and page) is within 100 KB gzipped', () => {
    const dir = defaultDashboardDir();
    const built = files(dir)
      .filter((p) => !p.endsWith('budget.json'))
      .map((p) => ({ name: relative(dir, p), content: readFileSync(p) }));
    expect(built.some((f) => f.name === 'index.html')).toBe(true);
    const report = measureBudget(built, DASHBOARD_BUDGET_BYTES);
    expect(report.totalGzipBytes).toBeGreaterThan(0);
    expect(report.totalGzipBytes).toBeLessThanOrEqual(DASHBOARD_BUDGET_BYTES);
    // The build wrote the same measurement beside the files.
    const written = JSON.parse(readFileSync(join(dir, 'budget.json'), 'utf8')) as { totalGzipBytes: number };
    expect(written.totalGzipBytes).toBe(report.totalGzipBytes);
  });
});
