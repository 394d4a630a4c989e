// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import local from './eslint-rules/import-patterns.js';

/**
 * The layer rules of docs/ARCHITECTURE.md, enforced here rather than by good intentions
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

/**
 * Layers inside layers (STYLE.md, after VS Code's code-import-patterns): every folder of
 * renderer/ and electron/ lists what it may import; anything else is reported. Written per
 * FOLDER, so a new file in a folder is covered without touching this list.
 *
 * renderer/: ui, state, sync, platform  <-  features/<feature>  <-  app
 *   - platform and state import no other renderer folder; sync and ui may use state and
 *     platform;
 *   - a feature imports the bottom layer and itself, never another feature nor the shell:
 *     code two features share moves to ui/ or state/;
 *   - app (the shell: routes, workshop shell, step pages) may import everything.
 * electron/: main may import hub, storage, export; cli may import hub, server, storage,
 *   export; server (offsite serve) may import hub and storage; hub may import storage; storage and export import no other electron folder; preload
 *   imports only shared/protocol and Electron; only main and preload import Electron (the
 *   hub and the CLI run in plain Node).
 */
const renderer = (folder) => `renderer/${folder}/**`;
const bottom = ['ui', 'state', 'sync', 'platform'].map(renderer);
const importPatterns = (folder, options) => ({
  files: [`${folder}/**/*.{ts,tsx}`],
  plugins: { local },
  rules: { 'local/import-patterns': ['error', options] },
});
const features = readdirSync(new URL('./renderer/features', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const notElectron = ['electron', 'electron/**'];

const rendererLayers = [
  importPatterns('renderer/platform', {
    paths: ['shared/**', renderer('platform')],
    because: 'platform/ is the bottom of the renderer and imports no other renderer folder.',
  }),
  importPatterns('renderer/state', {
    paths: ['shared/**', renderer('state')],
    because: 'state/ is the bottom of the renderer and imports no other renderer folder.',
  }),
  importPatterns('renderer/sync', {
    paths: ['shared/**', renderer('sync'), renderer('state'), renderer('platform')],
    because: 'sync/ may use state/ and platform/, never a feature or the shell.',
  }),
  importPatterns('renderer/ui', {
    paths: ['shared/**', renderer('ui'), renderer('state'), renderer('platform')],
    because: 'ui/ holds widgets every feature shares: it imports no feature and not the shell.',
  }),
  ...features.map((feature) =>
    importPatterns(`renderer/features/${feature}`, {
      paths: ['shared/**', ...bottom, renderer(`features/${feature}`)],
      because:
        'a feature imports ui/, state/, sync/, platform/ and itself: never another feature or ' +
        'the shell (code two features share moves to ui/ or state/).',
    }),
  ),
  importPatterns('renderer/app', {
    paths: ['shared/**', 'renderer/**'],
    because: 'the shell imports the renderer and shared/ only.',
  }),
];

const electronLayers = [
  importPatterns('electron/main', {
    paths: [
      'shared/**',
      'electron/main/**',
      'electron/hub/**',
      'electron/storage/**',
      'electron/export/**',
    ],
    because: 'main may import hub/, storage/ and export/ (and shared/).',
  }),
  importPatterns('electron/cli', {
    paths: [
      'shared/**',
      'electron/cli/**',
      'electron/hub/**',
      'electron/server/**',
      'electron/storage/**',
      'electron/export/**',
    ],
    forbiddenPackages: notElectron,
    because:
      'the CLI runs in plain Node: hub/, server/, storage/, export/ and shared/, no Electron.',
  }),
  importPatterns('electron/server', {
    paths: ['shared/**', 'electron/server/**', 'electron/hub/**', 'electron/storage/**'],
    forbiddenPackages: notElectron,
    because: 'the server is the hub for many workshops: hub/, storage/ and shared/, no Electron.',
  }),
  importPatterns('electron/hub', {
    paths: ['shared/**', 'electron/hub/**', 'electron/storage/**'],
    forbiddenPackages: notElectron,
    because: 'the hub also runs headless from the CLI: storage/ and shared/, no Electron, no main.',
  }),
  importPatterns('electron/storage', {
    paths: ['shared/**', 'electron/storage/**'],
    forbiddenPackages: notElectron,
    because: 'storage/ reads and writes workshop files: it imports no hub, main or CLI.',
  }),
  importPatterns('electron/export', {
    paths: ['shared/**', 'electron/export/**'],
    forbiddenPackages: notElectron,
    because: 'export/ adapts shared/export to Node: it imports no other electron folder.',
  }),
  importPatterns('electron/preload', {
    paths: ['shared/protocol/**', 'electron/preload/**'],
    packages: notElectron,
    because: 'preload exposes the typed IPC contract: shared/protocol and Electron only.',
  }),
];

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
      'react-i18next',
      ...nodeBuiltins,
    ],
    'shared/ is pure TypeScript: no DOM, no Node, no Electron, and no other layer (docs/ARCHITECTURE.md).',
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
      'react-i18next',
      ...nodeBuiltins,
    ],
    'shared/export may use React for @react-pdf, but no DOM, Node, Electron or other layer.',
  ),
  layer(
    ['renderer/**/*.{ts,tsx}'],
    ['**/electron/**', 'electron', ...nodeBuiltins],
    'renderer/ never imports electron/ or Node: it also runs in a plain browser (docs/ARCHITECTURE.md).',
  ),
  layer(
    ['electron/**/*.{ts,tsx}'],
    ['**/renderer/**'],
    'electron/ never imports renderer/: the hub serves the renderer’s built files (docs/ARCHITECTURE.md).',
  ),
  ...rendererLayers,
  ...electronLayers,
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
