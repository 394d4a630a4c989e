// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The layer rules of ARCHITECTURE.md, enforced here rather than by good intentions
 * (like VS Code's "Bad layering" rule): shared/ is pure and imports no other layer,
 * renderer/ never imports electron/, electron/ never imports renderer/.
 */
const nodeBuiltins = [
  'node:*',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'net',
];
const layer = (files, forbidden, message) => ({
  files,
  rules: {
    'no-restricted-imports': ['error', { patterns: [{ group: forbidden, message }] }],
  },
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  layer(
    ['shared/**/*.{ts,tsx}'],
    [
      '**/renderer/**',
      '**/electron/**',
      'electron',
      'react',
      'react-dom',
      'zustand',
      '@hocuspocus/*',
      'y-indexeddb',
      ...nodeBuiltins,
    ],
    'shared/ is pure TypeScript: no DOM, no Node, no Electron, and no other layer (ARCHITECTURE.md).',
  ),
  // The PDF is laid out with @react-pdf (React elements, no DOM): the one place shared/
  // may use React, so the same exporter runs in Node, the desktop app and a browser tab.
  layer(
    ['shared/export/**/*.{ts,tsx}'],
    [
      '**/renderer/**',
      '**/electron/**',
      'electron',
      'react-dom',
      'zustand',
      '@hocuspocus/*',
      'y-indexeddb',
      ...nodeBuiltins,
    ],
    'shared/export may use React for @react-pdf, but no DOM, Node, Electron or other layer.',
  ),
  layer(
    ['renderer/**/*.{ts,tsx}'],
    ['**/electron/**', 'electron', ...nodeBuiltins],
    'renderer/ never imports electron/ or Node: it also runs in a plain browser (ARCHITECTURE.md).',
  ),
  layer(
    ['electron/**/*.{ts,tsx}'],
    ['**/renderer/**'],
    'electron/ never imports renderer/: the hub serves the renderer’s built files (ARCHITECTURE.md).',
  ),
  {
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: 'shared/ has no DOM.' },
        { name: 'document', message: 'shared/ has no DOM.' },
        { name: 'process', message: 'shared/ has no Node.' },
        { name: 'require', message: 'shared/ has no Node.' },
      ],
    },
  },
);
