import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { budgetPlugin, DASHBOARD_BUDGETS } from './build/budget.js';

const here = dirname(fileURLToPath(import.meta.url));

/** Modules only the exam-day pages use (sessions, desk, attendance, incidents, berita acara). */
export const EXAM_DAY =
  /dashboard[\\/]src[\\/](pages[\\/](sessions|session|desk|attendance|attendance-sheet|incidents|minutes)[\\/]|data[\\/]exam\.ts|i18n[\\/]session-time\.ts|ui[\\/]participant-status\.ts)/;

/** The custody pages (seals, BAST, trials, drill, their printed forms) and their data layer. */
export const CUSTODY = /dashboard[\\/]src[\\/](pages[\\/]custody[\\/]|data[\\/]custody\.ts)/;

/** The results pages (entry, import, anomalies, letters, the board, the rekap) and their data layer. */
export const RESULTS = /dashboard[\\/]src[\\/](pages[\\/](results|results-board|results-rekap)[\\/]|data[\\/]results\.ts)/;

/** Old PCs' capture files and snapshots dropped on Pengaturan (the card and its data layer). */
export const OLD_PCS = /dashboard[\\/]src[\\/](pages[\\/]setup[\\/]captures-|data[\\/]captures\.ts)/;

/** The dashboard's own shared modules (data layer, i18n, UI pieces), except the exam-day, custody, results and old-PC ones. */
const SHARED =
  /dashboard[\\/]src[\\/](?!data[\\/]exam\.ts|data[\\/]custody\.ts|data[\\/]results\.ts|data[\\/]captures\.ts|i18n[\\/]session-time\.ts|ui[\\/]participant-status\.ts)(ui|data|i18n)[\\/]/;

/**
 * Builds the dashboard into dist/dashboard, which the hub serves (server/http/static.ts).
 * `npm run dev:dashboard` serves it with hot reload and sends /api and /ws to a hub on :8080.
 */
export default defineConfig({
  root: here,
  base: '/',
  build: {
    outDir: resolve(here, '../dist/dashboard'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: false,
    // Every browser the venue uses preloads modules itself (Chromium, Firefox 115+, Safari 17+); an
    // older one only loses the preload hint, so the polyfill is not shipped.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // The venue dashboard, and the regional one (served by `siapcat region` at /wilayah).
      input: { index: resolve(here, 'index.html'), region: resolve(here, 'region.html') },
      output: {
        codeSplitting: {
          // The exam-day pages load together on first use (one file compresses far better than seven).
          groups: [
            { name: 'lib', test: /node_modules|[\\/]protocol[\\/]/, priority: 3 },
            // What every page shares stays out of the exam-day file (the shell must not load it).
            { name: 'shared', test: SHARED, priority: 2 },
            { name: 'exam-day', test: EXAM_DAY, priority: 1 },
            // The monitoring team's custody pages: one file, loaded on first use, with its own budget.
            { name: 'custody', test: CUSTODY, priority: 1 },
            // After the exam: results entry and import, the board, the rekap and letters; one file on first use.
            { name: 'results', test: RESULTS, priority: 1 },
            // Old PCs' capture files: one small file with the setup page's card, with its own budget.
            { name: 'old-pcs', test: OLD_PCS, priority: 1 },
            { name: 'region', test: /dashboard[\\/]src[\\/]region[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/ws': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
  plugins: [budgetPlugin(DASHBOARD_BUDGETS)],
});
