/**
 * The renderer's layer rules in eslint.config.js, proven on small files linted as if they lived at a
 * given path: each forbidden import fails with its rule's message, and the allowed ones pass.
 */
import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rule ids and messages of the problems in `code`, linted as if it were the file at `path`. */
async function lint(path: string, code: string): Promise<{ rule: string | null; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}

const layerRule = 'import-x/no-restricted-paths';

describe('renderer layers', () => {
  it('components/ may not import a feature, not even through its index.ts, nor the app', async () => {
    const problems = await lint(
      'renderer/components/probe.tsx',
      [
        "export { ExplorerPanel } from '../features/explorer/explorer-panel';",
        "export { HistoryPanel } from '../features/history';",
        "export { shortcuts } from '../app/shortcuts';",
      ].join('\n'),
    );
    expect(problems.filter((p) => p.rule === layerRule)).toHaveLength(3);
    expect(problems[0]?.message).toContain('renderer/components/ holds generic pieces: it imports only renderer/host/, shared/ and itself');
  });

  it('components/ may import host/, shared/ and itself', async () => {
    const problems = await lint(
      'renderer/components/probe.tsx',
      [
        "import type { AppError } from '../../shared/errors';",
        "export { useHost } from '../host/host-context';",
        "export { monoFont } from './theme/tokens';",
        "export { ConfirmDialog } from './dialogs/confirm-dialog';",
        'export type Probe = AppError;',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });

  it('a feature may not import the app', async () => {
    const problems = await lint('renderer/features/history/probe.ts', "export { isMac } from '../../components/platform';\nexport { shortcuts } from '../../app/shortcuts';");
    expect(problems).toEqual([{ rule: layerRule, message: expect.stringContaining('Features never import the app') }]);
  });

  it("a feature may not reach into another feature's files, only through its index.ts", async () => {
    const problems = await lint('renderer/features/history/probe.ts', "export { browseRows } from '../explorer/explorer-rows';\nexport { useWorkspace } from '../workspace/workspace-context';");
    expect(problems).toHaveLength(2);
    for (const problem of problems) {
      expect(problem).toEqual({ rule: layerRule, message: expect.stringContaining("A feature reaches another feature only through that feature's index.ts") });
    }
  });

  it("a feature may import another feature's index.ts, its own files, components/, host/ and shared/", async () => {
    const problems = await lint(
      'renderer/features/history/probe.ts',
      [
        "export { useWorkspace } from '../workspace';",
        "export { useActiveEnvironment } from '../environments/index';",
        "export { historyPageSize } from './use-history';",
        "export { formatCount } from '../../components/format/quantities';",
        "export { useHostQuery } from '../../host/use-host-query';",
        "export { originOf } from '../../../shared/http/query';",
      ].join('\n'),
    );
    expect(problems).toEqual([]);
  });

  it("the app reaches a feature only through the feature's index.ts", async () => {
    expect(await lint('renderer/app/probe.tsx', "export { HistoryPanel } from '../features/history';")).toEqual([]);
    expect(await lint('renderer/app/probe.tsx', "export { HistoryPanel } from '../features/history/history-panel';")).toEqual([
      { rule: layerRule, message: expect.stringContaining("The app reaches a feature only through the feature's index.ts") },
    ]);
  });

  it('host/ imports only shared/ and itself', async () => {
    expect(await lint('renderer/host/probe.ts', "export { HostError } from './host';\nexport { isAppError } from '../../shared/errors';")).toEqual([]);
    const problems = await lint('renderer/host/probe.ts', "export { isMac } from '../components/platform';\nexport { useWorkspace } from '../features/workspace';");
    expect(problems.map((p) => p.rule)).toEqual([layerRule, layerRule]);
    expect(problems[0]?.message).toContain('renderer/host/ is the bottom layer');
  });

  it('the renderer still may not import Node, Electron or electron/ code', async () => {
    const problems = await lint(
      'renderer/features/history/probe.ts',
      ["export { readFile } from 'node:fs';", "export { ipcRenderer } from 'electron';", "export { createServices } from '../../../electron/services/create-services';"].join('\n'),
    );
    const rules = problems.map((p) => p.rule);
    expect(rules.filter((r) => r === 'no-restricted-imports')).toHaveLength(3);
    expect(rules).toContain(layerRule);
  });

  it('two features may not import each other, even through their index.ts files', async () => {
    // Linted as the workspace's own file: the explorer already imports the workspace, so this closes a circle.
    const problems = await lint('renderer/features/workspace/workspace-context.tsx', "export { ExplorerPanel } from '../explorer';");
    expect(problems.map((p) => p.rule)).toEqual(['import-x/no-cycle']);
  });

  it('an import that does not resolve fails, so nothing slips past the layer rules', async () => {
    const problems = await lint('renderer/features/history/probe.ts', "export { nothing } from '../explorer/no-such-file';");
    expect(problems.map((p) => p.rule)).toEqual(['import-x/no-unresolved']);
  });
});
