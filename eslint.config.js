// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports that would make shared/ impure: it runs in main, renderer, CLI and tests alike. */
const impureForShared = [
  { group: ['electron', 'electron/*'], message: 'shared/ is pure: no Electron.' },
  { group: ['node:*'], message: 'shared/ is pure: no Node built-ins.' },
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ is pure: no React.' },
  { group: ['dexie', 'dexie-*'], message: 'shared/ is pure: storage lives in renderer/db.' },
  { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ must not depend on a process.' },
];

/** Syntax that would turn text into markup in the renderer (see the inert-rendering block). */
const renderAsTextOnly = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'Render text through React; never as HTML.',
  },
  { selector: "Property[key.name='dangerouslySetInnerHTML']", message: 'Render text through React; never as HTML.' },
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'Use textContent or React; never innerHTML/outerHTML.',
  },
  {
    selector: 'MemberExpression[property.value=/^(innerHTML|outerHTML)$/]',
    message: 'Use textContent or React; never innerHTML/outerHTML.',
  },
  {
    selector:
      'CallExpression[callee.property.name=/^(insertAdjacentHTML|createContextualFragment|parseFromString|setHTMLUnsafe)$/]',
    message: 'No API that parses a string as HTML.',
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]",
    message: 'No API that parses a string as HTML.',
  },
  {
    selector: "JSXAttribute[name.name='srcDoc']",
    message: 'No inline documents: an iframe srcdoc is HTML parsed from a string.',
  },
  { selector: "NewExpression[callee.name='DOMParser']", message: 'No API that parses a string as HTML.' },
];

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/', 'tools/', '.scratch/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': ['error', { patterns: impureForShared }],
      'no-restricted-globals': [
        'error',
        'window',
        'document',
        'process',
        'require',
        'Buffer',
        'localStorage',
        'indexedDB',
        'navigator',
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', 'node:*'],
              message: 'The renderer reaches the desktop only through renderer/platform.',
            },
            { group: ['**/electron/**'], message: 'The renderer reaches the desktop only through renderer/platform.' },
          ],
        },
      ],
    },
  },
  {
    // Inert rendering: everything the person typed or imported reaches the DOM as text,
    // through React, never as markup. No API that parses a string as HTML is allowed.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-script-url': 'error',
      'no-restricted-syntax': ['error', ...renderAsTextOnly],
    },
  },
  {
    // Components, pages and services never touch a database: they use the hooks and
    // repositories of renderer/db. Only the data core, the start sequence and the search
    // worker's own storage may import a module that exposes one.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: [
      'renderer/db/**',
      'renderer/app/start.ts',
      'renderer/search/search-worker.ts',
      'renderer/search/search-service.ts',
      'renderer/search/search-index-store.ts',
      'renderer/search/search-journal-reader.ts',
      'renderer/insights/cache/**',
      'renderer/**/*.test.ts',
      'renderer/**/test-support/**',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['electron', 'electron/*', 'node:*', '**/electron/**'],
              message: 'The renderer reaches the desktop only through renderer/platform.',
            },
            {
              group: [
                'dexie',
                'dexie-*',
                '**/db/database',
                '**/db/app-database',
                '**/db/schema',
                '**/db/change-feed',
                '**/db/record-lookup',
                '**/db/migrations/*',
                '**/search/search-index-store',
                '**/search/search-journal-reader',
                '**/insights/cache/*',
              ],
              message: 'Only the data core touches a database: use the hooks and repositories of renderer/db.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.ts', 'e2e/**/*.ts', '*.config.{ts,js,cjs}', 'build/**/*.{js,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**'], message: 'Main never reaches into the renderer; share through shared/.' },
          ],
        },
      ],
    },
  },
);
