// One lint baseline for every workspace: typescript-eslint's type-checked rules, plus the
// boundaries that keep the layers honest (see ../shared STYLE: config in one module, the driver in db/).
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/target/**',
      '.detour/**',
      'artifacts/**',
      '**/*.generated.*',
      'apps/web/src/graphql/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // neo4j-driver types its option bags as classes; plain object literals are how it is used.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'Read configuration in config.ts only.',
        },
        {
          selector: "MemberExpression[object.meta.name='import'][property.name='env']",
          message: 'Read configuration in config.ts only.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'neo4j-driver',
              message: 'Only apps/api/src/db and packages/neo4j-embedded use the driver.',
            },
            { name: 'cytoscape', message: 'Only apps/web/src/graph uses Cytoscape.' },
          ],
        },
      ],
    },
  },
  {
    files: [
      'apps/api/src/db/**',
      'apps/api/src/config.ts',
      'packages/neo4j-embedded/src/**',
      'apps/api/test/**',
    ],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['apps/web/src/graph/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: [
      'apps/web/src/config.ts',
      'packages/ingest/src/testing/fuzzRuns.ts',
      'scripts/**',
      '**/vite.config.ts',
      'vitest.config.ts',
      '**/e2e/**',
    ],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['apps/web/**/*.tsx', 'apps/web/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
