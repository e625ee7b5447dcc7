// Lint with no warnings allowed; the import rules hold the layers of docs/architecture.md:
// ui → state → workers → io → present → domain, and domain imports nothing of ours outside itself.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (name) => [`**/${name}`, `**/${name}/**`];

function forbid(layers, packages = [], message, paths = []) {
  return {
    'no-restricted-imports': [
      'error',
      {
        paths,
        patterns: [
          { group: layers.flatMap(layer), message },
          ...(packages.length > 0 ? [{ group: packages, message }] : []),
        ],
      },
    ],
  };
}

export default tseslint.config(
  { ignores: ['dist/', 'coverage/', 'node_modules/', 'schemas/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      // `const { dropped, ...kept } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { ignoreRestSiblings: true, argsIgnorePattern: '^_' },
      ],
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    // Rules that need the types: a promise nobody awaits loses its error (and, in the store, a
    // save); a switch over a union must say what it does for every member.
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'scripts/**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // An import cycle makes start-up order matter and hides which layer a module is in.
    files: ['src/**', 'scripts/**', 'tests/**'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    files: ['src/domain/**'],
    rules: forbid(
      ['ui', 'state', 'io', 'i18n', 'cli'],
      ['react', 'react-dom', 'zustand', 'i18next', 'react-i18next', 'idb-keyval', 'node:*'],
      'src/domain is pure: no UI, state, I/O or translation, so every rule is testable in Node.',
    ),
  },
  {
    files: ['src/present/**'],
    rules: forbid(
      ['ui', 'state', 'io', 'cli', 'workers'],
      ['react', 'react-dom', 'zustand', 'react-i18next', 'idb-keyval', 'node:*'],
      'src/present turns figures into words: pure, so the page, the PDF and the text report share it.',
    ),
  },
  {
    files: ['src/workers/**'],
    rules: forbid(
      ['ui', 'state', 'cli'],
      ['react', 'zustand'],
      'A worker runs jobs: it knows no page and no store.',
    ),
  },
  {
    files: ['src/io/**', 'src/i18n/**'],
    rules: forbid(
      ['ui', 'state', 'cli', 'workers'],
      ['react', 'zustand'],
      'io and i18n sit beside domain, below the app.',
    ),
  },
  {
    files: ['src/state/**'],
    rules: forbid(['ui', 'cli'], ['react-dom'], 'state is below ui.'),
  },
  {
    files: ['src/ui/**'],
    rules: forbid(['cli'], ['node:*'], 'The app runs in the browser.', [
      {
        name: 'react-i18next',
        importNames: ['useTranslation'],
        message:
          "Use the app's useTranslation (src/ui/hooks/use-translation.ts): its t is quicker.",
      },
    ]),
  },
  {
    files: ['scripts/**', 'tests/**', 'src/cli/**'],
    rules: { 'no-console': 'off' },
  },
);
