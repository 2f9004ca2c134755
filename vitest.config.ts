import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['**/*.test.ts'],
    exclude: ['node_modules/**', 'dist/**', 'dashboard/**'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
