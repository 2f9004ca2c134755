import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DASHBOARD_BUDGET_BYTES,
  DASHBOARD_BUDGETS,
  measureBudget,
  measureParts,
  measurePath,
  OVERVIEW_PATH,
  pathFiles,
} from '../../dashboard/build/budget.js';
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

  it('puts each file in the first part that matches, the rest in the catch-all part', () => {
    const report = measureParts(
      [
        { name: 'assets/exam-day-1.js', content: 'x'.repeat(5000) },
        { name: 'assets/index-1.js', content: 'let a=1' },
        { name: 'index.html', content: '<p>' },
      ],
      [
        { name: 'rest', limitBytes: 1000 },
        { name: 'exam', match: /^assets\/exam-day-/, limitBytes: 10 },
      ],
    );
    expect(report.parts.map((p) => [p.name, p.files.map((f) => f.name), p.over])).toEqual([
      ['rest', ['assets/index-1.js', 'index.html'], false],
      ['exam', ['assets/exam-day-1.js'], true],
    ]);
    expect(report.over).toBe(true);
  });

  it('follows one page path: the HTML, its scripts, their static imports and the page chunk, not other pages', () => {
    const built = [
      {
        name: 'index.html',
        content: '<script type="module" src="/assets/index-1.js"></script><link rel="modulepreload" href="/assets/lib-1.js">',
      },
      {
        name: 'assets/index-1.js',
        content: 'import{a}from"./lib-1.js";const p=()=>import("./other-page-1.js");import("./overview-page-1.js")',
      },
      { name: 'assets/lib-1.js', content: 'export const a=1' },
      { name: 'assets/overview-page-1.js', content: 'import{a}from"./lib-1.js";import"./words-1.js";' },
      { name: 'assets/words-1.js', content: 'export const w=1' },
      { name: 'assets/other-page-1.js', content: 'x'.repeat(9000) },
      { name: 'region.html', content: '<p>' },
    ];
    const budget = { name: 'p', html: 'index.html', chunk: /^assets\/overview-page-/, limitBytes: 1000 };
    expect(pathFiles(built, budget).map((f) => f.name)).toEqual([
      'index.html',
      'assets/index-1.js',
      'assets/lib-1.js',
      'assets/overview-page-1.js',
      'assets/words-1.js',
    ]);
    expect(measurePath(built, budget).over).toBe(false);
    expect(measurePath(built, { ...budget, limitBytes: 100 }).over).toBe(true);
  });

  it('the built dashboard is within 80 KB gzipped, the overview path within 60 KB, the exam-day pages within their own 40 KB', () => {
    const dir = defaultDashboardDir();
    const built = files(dir)
      .filter((p) => !p.endsWith('budget.json'))
      .map((p) => ({ name: relative(dir, p), content: readFileSync(p) }));
    expect(built.some((f) => f.name === 'index.html')).toBe(true);
    const report = measureParts(built, DASHBOARD_BUDGETS);
    const part = (name: string) => report.parts.find((p) => p.name === name);
    const exam = part('exam-day');
    const rest = part('dashboard');
    // Each lazily loaded part (custody pages, results pages, the regional dashboard) within its own budget too.
    for (const name of ['custody', 'results', 'region']) {
      expect(part(name)!.files.length, name).toBeGreaterThan(0);
      expect(part(name)!.over, name).toBe(false);
    }
    // The venue's own region-link card is the venue dashboard's weight, not the regional dashboard's.
    expect(rest!.files.some((f) => f.name.startsWith('assets/region-link-card-'))).toBe(true);
    expect(part('region')!.files.some((f) => f.name.startsWith('assets/region-link-card-'))).toBe(false);
    expect(exam!.files).toHaveLength(1);
    expect(exam!.totalGzipBytes).toBeGreaterThan(0);
    expect(exam!.totalGzipBytes).toBeLessThanOrEqual(40 * 1024);
    expect(rest!.totalGzipBytes).toBeLessThanOrEqual(80 * 1024);
    expect(DASHBOARD_BUDGET_BYTES, 'the build fails past the issue 10 budget').toBeLessThanOrEqual(80 * 1024);
    const overview = measurePath(built, OVERVIEW_PATH);
    expect(overview.files.map((f) => f.name)).toContain('index.html');
    expect(overview.files.some((f) => /^assets\/overview-page-/.test(f.name))).toBe(true);
    expect(overview.files.some((f) => /^assets\/(exam-day|custody|setup-page)-/.test(f.name))).toBe(false);
    expect(overview.totalGzipBytes).toBeLessThanOrEqual(60 * 1024);
    expect(rest!.files.some((f) => f.name === 'index.html')).toBe(true);
    // The build wrote the same measurement beside the files.
    const written = JSON.parse(readFileSync(join(dir, 'budget.json'), 'utf8')) as { totalGzipBytes: number };
    expect(written.totalGzipBytes).toBe(report.totalGzipBytes);
  });
});
