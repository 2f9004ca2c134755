import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './build/chromium.mjs';

/** Dashboard unit and component tests, run in real headless Chromium. */
const root = dirname(fileURLToPath(import.meta.url));

export default defineProject({
  root,
  // Pre-bundled up front so the first test does not reload the page mid-run.
  optimizeDeps: { include: ['lit', 'lit/directives/keyed.js', 'zod'] },
  test: {
    name: 'dashboard',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/testing/setup.ts'],
    // Screenshots of pages rendered by component tests (looked at by people, not compared).
    provide: { shotsDir: resolve(root, '../test-results/screenshots/components') },
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
        // A browser far from the venue: dates must follow the venue's zone, never the browser's.
        contextOptions: {
          locale: 'en-US',
          timezoneId: 'America/New_York',
          // Room for the test frame at TV size and full page height, so it is never scaled down.
          viewport: { width: 1960, height: 3200 },
        },
      }),
      instances: [{ browser: 'chromium', viewport: { width: 1366, height: 768 } }],
    },
  },
});
