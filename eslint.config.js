// ESLint (flat config): type-aware checks that catch what the compiler does not, kept to the rules
// that find real bugs (a promise nobody awaits, an async callback where a sync one is expected) and
// the one import habit the build relies on (type-only imports vanish under verbatimModuleSyntax).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'test/fixtures/**', 'data/**', '**/__screenshots__/**'],
  },
  {
    files: ['**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      parserOptions: {
        project: ['./tsconfig.json', './dashboard/tsconfig.json', './dashboard/tsconfig.node.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // `any` stays where a check's generic facts/params need it (checklists/types.ts); strict mode covers the rest.
      '@typescript-eslint/no-explicit-any': 'off',
      // House habits the compiler already makes safe: `\-` in a character class, control characters
      // stripped from scanned input on purpose, and `let x = null; try { x = ... }` before a fallback.
      'no-useless-escape': 'off',
      'no-control-regex': 'off',
      'no-useless-assignment': 'off',
    },
  },
  {
    // One zod for the whole house: the functional build (zod/mini). Its schemas are what the
    // dashboard ships to the browser, tree-shaken; classic zod's methods would pull all of it in,
    // and a classic schema's methods do not exist on the shared protocol schemas.
    files: ['**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'zod', message: "Import { z } from 'zod/mini' (functional API: z.optional(x), x.check(z.maxLength(n)))." }],
          patterns: [{ group: ['zod/v4', 'zod/v4/classic', 'zod/v3'], message: "Import { z } from 'zod/mini'." }],
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: {
      globals: { ...globals.node },
    },
  },
);
