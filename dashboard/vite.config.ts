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

/** Seating at venue scale: the PC;ruang;kursi file card and the seat ranges form, loaded on first use. */
export const SEATING = /dashboard[\\/]src[\\/](pages[\\/](machines[\\/]seating-|setup[\\/]seat-ranges)|data[\\/]seating\.ts)/;

/**
 * Protocol schemas only one lazily loaded part reads its answers with: they load with that part,
 * not with the shell (every other protocol module is in `lib`).
 */
const PART_CONTRACTS: Record<string, RegExp> = {
  'exam-day': /[\\/]protocol[\\/](exam|exam-responses|exam-reports)\.ts$/,
  custody: /[\\/]protocol[\\/](custody-responses|seat-switch)\.ts$/,
  results: /[\\/]protocol[\\/]results(-responses)?\.ts$/,
  'old-pcs': /[\\/]protocol[\\/]captures\.ts$/,
  seating: /[\\/]protocol[\\/]seating\.ts$/,
};
const partContract = (id: string) => Object.values(PART_CONTRACTS).some((re) => re.test(id));
/** A part's group: its dashboard modules and its protocol schemas. */
const part = (name: string, modules: RegExp) => ({
  name,
  test: (id: string) => modules.test(id) || (PART_CONTRACTS[name]?.test(id) ?? false),
  priority: 1,
});

/**
 * The dashboard's own shared modules (data layer, i18n, UI pieces), except the exam-day, custody, results and old-PC ones,
 * and the file import the roster and results forms share (it goes with the exam-day file, which the results part loads too).
 */
const SHARED =
  /dashboard[\\/]src[\\/](?!data[\\/]exam\.ts|data[\\/]custody\.ts|data[\\/]results\.ts|data[\\/]captures\.ts|data[\\/]seating\.ts|i18n[\\/]session-time\.ts|ui[\\/]participant-status\.ts|ui[\\/]file-import\.ts)(ui|data|i18n)[\\/]/;

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
            // Libraries and the protocol's shared core first, so no part's file captures them. Vite's
            // preload helper too: once a part's page imports another part on first use (the incidents
            // page loads the custody part's photo strip), the helper would otherwise land in that part's file.
            {
              name: 'lib',
              test: (id: string) => /node_modules|vite[\\/]preload-helper/.test(id) || (/[\\/]protocol[\\/]/.test(id) && !partContract(id)),
              priority: 3,
            },
            // What every page shares stays out of the exam-day file (the shell must not load it).
            { name: 'shared', test: SHARED, priority: 2 },
            part('exam-day', EXAM_DAY),
            // The monitoring team's custody pages: one file, loaded on first use, with its own budget.
            part('custody', CUSTODY),
            // After the exam: results entry and import, the board, the rekap and letters; one file on first use.
            part('results', RESULTS),
            // Old PCs' capture files: one small file with the setup page's card, with its own budget.
            part('old-pcs', OLD_PCS),
            // Seating at venue scale (the file import on the PC list, the seat ranges in the seat editor).
            part('seating', SEATING),
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
