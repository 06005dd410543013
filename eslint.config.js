import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'client/dist',
      'tests/bench/peer',
      'data',
      'test-results',
      '**/generated/**',
      'eslint.config.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node, ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // SQL lives in api/data (and in the import's merge and staging, where SQL is the algorithm).
    // The rules in api/auth, the import's job/dataset/override rules and the GraphQL resolvers
    // pass knex handles along (types only) and never build a query themselves.
    files: [
      'api/auth/**/*.ts',
      'api/graphql/resolvers/**/*.ts',
      'api/import/jobs.ts',
      'api/import/dataset.ts',
      'api/import/override.ts',
    ],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'knex',
              allowTypeImports: true,
              message: 'Build queries in an api/data module; take knex handles as types only here.',
            },
          ],
          patterns: [
            {
              group: ['**/db/tables'],
              importNames: ['T'],
              message: 'Table names belong in api/data modules: query through one of them.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.type='Identifier'][callee.name=/^(knex|trx|db)$/]",
          message: 'Build queries in an api/data module and call it with this handle.',
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(raw|queryBuilder|from)$/][callee.object.name=/^(knex|trx|db)$/]',
          message: 'Build queries in an api/data module and call it with this handle.',
        },
      ],
    },
  },
  {
    // Tests read database rows as they come; the unsafe-any rules add noise there, not safety.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
);
