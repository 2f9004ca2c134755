import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { budgetPlugin, DASHBOARD_BUDGET_BYTES } from './build/budget.js';

const here = dirname(fileURLToPath(import.meta.url));

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
  },
  server: {
    proxy: {
      '/api': 'http://127.0.0.1:8080',
      '/ws': { target: 'ws://127.0.0.1:8080', ws: true },
    },
  },
  plugins: [budgetPlugin(DASHBOARD_BUDGET_BYTES)],
});
