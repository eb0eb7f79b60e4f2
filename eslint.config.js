import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Only repositories touch drizzle-orm (module boundaries are checked by src/architecture.test.ts).

export default tseslint.config(
  { ignores: ['node_modules', 'data', 'drizzle', 'coverage', 'public', 'dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // Modules register their capabilities by an interface that only extends a record.
      '@typescript-eslint/no-empty-object-type': [
        'error',
        { allowInterfaces: 'with-single-extends' },
      ],
    },
  },
  {
    files: ['src/modules/**/*.{ts,tsx}'],
    ignores: ['src/modules/*/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: 'Only repositories (db/*) use drizzle-orm.' }],
        },
      ],
    },
  },
  {
    // Services run without HTTP (issue 10): routes hand them (deps, acting, input). Every module's.
    files: ['src/modules/*/services/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'drizzle-orm', message: 'Only repositories (db/*) use drizzle-orm.' },
            { name: 'hono', message: 'Services take (deps, acting, input), never a request.' },
          ],
          patterns: [
            {
              group: ['**/platform/http/*', 'hono/*'],
              message: 'Services take (deps, acting, input), never a request.',
            },
          ],
        },
      ],
    },
  },
  {
    // Routes, API operations and pages call services; only services reach repositories.
    files: [
      'src/modules/*/*.routes.tsx',
      'src/modules/*/api/**/*.ts',
      'src/modules/*/ui/**',
      'src/platform/backoffice/*.module.tsx',
      'src/platform/backoffice/*-page*.tsx',
    ],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/*.repository'],
              allowTypeImports: true,
              message: 'Call a service (services/*) instead of a repository.',
            },
          ],
        },
      ],
    },
  },
);
