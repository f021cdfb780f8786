// Lint rules that keep the layers true: shared/ runs anywhere, services never touch Electron,
// the renderer never touches Node, and nothing imports in a circle.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronModules = ['electron'];
const mainOnlyModules = ['@napi-rs/keyring', '@apidevtools/swagger-parser', 'undici', ...electronModules];

/** no-restricted-imports options forbidding `names` (exact) and `groups` (patterns) with a reason. */
function forbid(message, names, groups = []) {
  return [
    'error',
    {
      paths: names.map((name) => ({ name, message })),
      patterns: groups.map((group) => ({ group: [group], message })),
    },
  ];
}

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', '.reports/', '.tmp/', 'test-results/', 'playwright-report/', 'e2e/fixtures/specs/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    languageOptions: { globals: { console: 'readonly' } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-undef': 'off',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': forbid(
        'shared/ runs on both sides: no Node, DOM, React, Electron or host code here.',
        [...nodeBuiltins, 'react', 'react-dom', 'electron', 'monaco-editor', '@napi-rs/keyring'],
        ['@mui/*', '**/electron/**', '**/renderer/**', '../electron', '../renderer'],
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'Buffer', 'require', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': forbid('Services, handlers and the web host run in plain Node: only electron/main and the preload may import Electron.', electronModules, ['**/main/*', '../main']),
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/ipc-router.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Only ipc-router.ts registers IPC, so every call is sender-checked and validated.' }] },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/set-state-in-effect': 'off',
      'no-restricted-imports': forbid(
        'The renderer reaches its host only through renderer/host and the contract: no Node, Electron or main-process code.',
        [...nodeBuiltins, ...mainOnlyModules],
        ['**/electron/**', '../electron', '../../electron'],
      ),
    },
  },
);
