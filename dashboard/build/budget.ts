import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The whole dashboard (every script, style and the page) must stay within this, gzipped. */
export const DASHBOARD_BUDGET_BYTES = 100 * 1024;

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

export function formatBudget(report: BudgetReport): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = report.files.map((f) => `  ${kb(f.gzipBytes).padStart(9)}  ${f.name}`);
  return [`dashboard: ${kb(report.totalGzipBytes)} gzipped of ${kb(report.limitBytes)} allowed`, ...lines].join('\n');
}

/**
 * Fails the build when the dashboard grows past its budget, and writes budget.json beside it so
 * the size is visible (and tested) after every build.
 */
export function budgetPlugin(limitBytes: number): Plugin {
  return {
    name: 'siapcat-budget',
    apply: 'build',
    // writeBundle sees every file, index.html included (it is emitted late in generateBundle).
    writeBundle(options, bundle) {
      const files = Object.values(bundle).map((item) => ({
        name: item.fileName,
        content: item.type === 'chunk' ? item.code : item.source,
      }));
      const report = measureBudget(files, limitBytes);
      this.info(formatBudget(report));
      if (report.over) {
        this.error(`${formatBudget(report)}\nOver budget: make the dashboard smaller before shipping it.`);
      }
      if (options.dir) writeFileSync(join(options.dir, 'budget.json'), JSON.stringify(report, null, 2) + '\n');
    },
  };
}
