import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 20_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['**/*.test.ts'],
          exclude: ['node_modules/**', 'dist/**', 'dashboard/**'],
        },
      },
      // The dashboard's own tests run in headless Chromium (see dashboard/vitest.config.ts).
      'dashboard/vitest.config.ts',
    ],
  },
});
