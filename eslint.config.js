// Lint rules that keep the layers true: shared/ runs anywhere, services never touch Electron,
// the renderer never touches Node, the renderer's own layers point one way, and nothing imports in a circle.
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const electronModules = ['electron'];
const mainOnlyModules = ['@napi-rs/keyring', '@apidevtools/swagger-parser', 'undici', ...electronModules];

const root = dirname(fileURLToPath(import.meta.url));
/** Every folder under renderer/features/: each is a feature whose index.ts is its only way in. */
const features = readdirSync(join(root, 'renderer/features'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const entrances = (except) => features.filter((feature) => feature !== except).map((feature) => `./${feature}/index.ts`);

/**
 * The renderer's layers, bottom to top: host/ (the transport and the typed host, React glue for it) →
 * components/ (generic pieces: theme tokens, dialogs, alerts, formatters) → features/<name>/ → app/ (the
 * window that composes the features) → main.tsx. Each layer imports only those below it, and a feature
 * reaches another feature (and the app reaches a feature) only through that feature's index.ts.
 * Paths are resolved, so every way of writing an import is caught.
 */
const rendererZones = [
  { target: 'renderer', from: 'electron', message: 'The renderer reaches its host only through renderer/host and the contract in shared/.' },
  { target: 'renderer/host', from: 'renderer', except: ['./host'], message: 'renderer/host/ is the bottom layer: it imports only shared/ and itself.' },
  {
    target: 'renderer/components',
    from: 'renderer',
    except: ['./components', './host'],
    message: 'renderer/components/ holds generic pieces: it imports only renderer/host/, shared/ and itself, never a feature or the app.',
  },
  { target: 'renderer/features', from: ['renderer/app', 'renderer/main.tsx'], message: 'Features never import the app: the app composes the features.' },
  ...features.map((feature) => ({
    target: `renderer/features/${feature}`,
    from: 'renderer/features',
    except: [`./${feature}`, ...entrances(feature)],
    message: "A feature reaches another feature only through that feature's index.ts (import '../<feature>').",
  })),
  { target: 'renderer/app', from: 'renderer/features', except: entrances(), message: "The app reaches a feature only through the feature's index.ts." },
];

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
  { ignores: ['dist/', '.dist-build-*/', 'release/', 'node_modules/', '.reports/', '.tmp/', 'test-results/', 'playwright-report/', 'e2e/fixtures/specs/'] },
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
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: rendererZones }],
      // The layer rules see only imports that resolve; an import that does not would slip past them.
      'import-x/no-unresolved': ['error', { ignore: ['\\?worker$'] }],
      'no-restricted-imports': forbid(
        'The renderer reaches its host only through renderer/host and the contract: no Node, Electron or main-process code.',
        [...nodeBuiltins, ...mainOnlyModules],
        ['**/electron/**', '../electron', '../../electron'],
      ),
    },
  },
);
