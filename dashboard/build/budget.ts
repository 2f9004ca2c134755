import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The dashboard (shell, readiness pages, libraries, styles, the page) must stay within this, gzipped. */
export const DASHBOARD_BUDGET_BYTES = 100 * 1024;

/**
 * Budgets by part. The exam-day pages (sessions, desk, attendance, incidents, berita acara) are one
 * file loaded when first opened (dashboard/vite.config.ts groups them); they have their own budget
 * so they cannot grow into the readiness dashboard's. Every other shipped file counts in `dashboard`.
 */
export interface PartBudget {
  name: string;
  limitBytes: number;
  /** Files of this part; a part without `match` takes every file no other part matched. */
  match?: RegExp;
}

export const DASHBOARD_BUDGETS: readonly PartBudget[] = [
  { name: 'exam-day', match: /^assets\/exam-day-/, limitBytes: 40 * 1024 },
  { name: 'custody', match: /^assets\/custody-/, limitBytes: 16 * 1024 },
  // The regional dashboard's own pages (it shares the lib and UI files counted in `dashboard`).
  { name: 'region', match: /^(region\.html|assets\/region-)/, limitBytes: 15 * 1024 },
  { name: 'dashboard', limitBytes: DASHBOARD_BUDGET_BYTES },
];

export interface PartsReport {
  parts: Array<BudgetReport & { name: string }>;
  totalGzipBytes: number;
  over: boolean;
}

/** Measures each part against its own limit. */
export function measureParts(files: Array<{ name: string; content: string | Uint8Array }>, budgets: readonly PartBudget[]): PartsReport {
  const claimed = new Set<string>();
  const parts = budgets
    .map((b, i) => ({ b, i }))
    .sort((x, y) => Number(x.b.match === undefined) - Number(y.b.match === undefined))
    .map(({ b, i }) => {
      const mine = files.filter((f) => !claimed.has(f.name) && (b.match === undefined || b.match.test(f.name)));
      mine.forEach((f) => claimed.add(f.name));
      return { i, report: { name: b.name, ...measureBudget(mine, b.limitBytes) } };
    })
    .sort((x, y) => x.i - y.i)
    .map((p) => p.report);
  return {
    parts,
    totalGzipBytes: parts.reduce((sum, p) => sum + p.totalGzipBytes, 0),
    over: parts.some((p) => p.over),
  };
}

export interface BudgetFile {
  name: string;
  gzipBytes: number;
}

export interface BudgetReport {
  limitBytes: number;
  totalGzipBytes: number;
  files: BudgetFile[];
  over: boolean;
}

const SHIPPED = /\.(js|mjs|css|html|svg|json)$/;

/** Gzipped size of each shipped text file and their sum, against the limit. */
export function measureBudget(files: Array<{ name: string; content: string | Uint8Array }>, limitBytes: number): BudgetReport {
  const measured = files
    .filter((f) => SHIPPED.test(f.name))
    .map((f) => ({ name: f.name, gzipBytes: gzipSync(f.content, { level: 9 }).byteLength }))
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
  const totalGzipBytes = measured.reduce((sum, f) => sum + f.gzipBytes, 0);
  return { limitBytes, totalGzipBytes, files: measured, over: totalGzipBytes > limitBytes };
}

export function formatBudget(report: BudgetReport, name = 'dashboard'): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = report.files.map((f) => `  ${kb(f.gzipBytes).padStart(9)}  ${f.name}`);
  return [`${name}: ${kb(report.totalGzipBytes)} gzipped of ${kb(report.limitBytes)} allowed`, ...lines].join('\n');
}

export function formatParts(report: PartsReport): string {
  return report.parts.map((p) => formatBudget(p, p.name)).join('\n');
}

/**
 * Fails the build when the dashboard grows past its budget, and writes budget.json beside it so
 * the size is visible (and tested) after every build.
 */
export function budgetPlugin(budgets: readonly PartBudget[]): Plugin {
  return {
    name: 'siapcat-budget',
    apply: 'build',
    // writeBundle sees every file, index.html included (it is emitted late in generateBundle).
    writeBundle(options, bundle) {
      const files = Object.values(bundle).map((item) => ({
        name: item.fileName,
        content: item.type === 'chunk' ? item.code : item.source,
      }));
      const report = measureParts(files, budgets);
      this.info(formatParts(report));
      if (report.over) {
        this.error(`${formatParts(report)}\nOver budget: make the dashboard smaller before shipping it.`);
      }
      if (options.dir) writeFileSync(join(options.dir, 'budget.json'), JSON.stringify(report, null, 2) + '\n');
    },
  };
}
