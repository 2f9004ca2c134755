import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineProject } from 'vitest/config';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './build/chromium.js';

/** Dashboard unit and component tests, run in real headless Chromium. */
export default defineProject({
  root: dirname(fileURLToPath(import.meta.url)),
  test: {
    name: 'dashboard',
    include: ['src/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
        // A browser far from the venue: dates must follow the venue's zone, never the browser's.
        contextOptions: { locale: 'en-US', timezoneId: 'America/New_York' },
      }),
      instances: [{ browser: 'chromium', viewport: { width: 1366, height: 768 } }],
    },
  },
});
