import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { describe, expect, it, vi } from 'vitest';
import { isParserWarm, parseSpecText, warmParser } from './parse-spec-text';
import { workerCandidates } from './parse-worker-location';
import { createValidator } from './validator';

const yamlSpec = 'openapi: 3.0.3\ninfo: {title: Tiny, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {description: OK}\n';
const repoRoot = resolve(__dirname, '../../..');

describe('parseSpecText', () => {
  it('parses YAML in a worker', async () => {
    const parsed = await parseSpecText(yamlSpec);
    expect(parsed).toMatchObject({ inProcess: false, syntax: 'yaml' });
    expect(JSON.parse(parsed.json)).toMatchObject({ info: { title: 'Tiny' } });
  });

  it('keeps JSON text as it is, byte-order mark and all', async () => {
    const text = '\uFEFF{"openapi":"3.1.0"}';
    await expect(parseSpecText(text)).resolves.toEqual({ json: '{"openapi":"3.1.0"}', syntax: 'json', inProcess: false });
  });

  it('builds the index where it parsed, so main never parses the document again', async () => {
    const parsed = await parseSpecText(yamlSpec, { index: true });
    expect(parsed.index).toMatchObject({ title: 'Tiny', format: 'openapi-3.0', operations: [{ method: 'GET', path: '/a' }] });
    const inProcess = await parseSpecText(yamlSpec, { index: true, inProcess: true });
    expect(inProcess.index).toEqual(parsed.index);
    await expect(parseSpecText('name: not a spec\n', { index: true })).rejects.toMatchObject({ code: 'spec_invalid', message: expect.stringMatching(/OpenAPI/) });
    // Without the index asked for, a document that is no spec still parses (the validator's and the tests' use).
    await expect(parseSpecText('name: not a spec\n')).resolves.toMatchObject({ syntax: 'yaml' });
  });

  it('takes a warm spare worker for the next text, and warms another afterwards', async () => {
    warmParser();
    await vi.waitFor(() => expect(isParserWarm()).toBe(true), { timeout: 15_000 });
    const pending = parseSpecText(yamlSpec, { index: true });
    expect(isParserWarm()).toBe(false);
    const parsed = await pending;
    expect(parsed).toMatchObject({ inProcess: false, syntax: 'yaml', index: { title: 'Tiny' } });
    await vi.waitFor(() => expect(isParserWarm()).toBe(true), { timeout: 15_000 });
    // A failure in the spare's text is worded as from a fresh worker.
    await expect(parseSpecText('a: [1, 2\nb: 3\n')).rejects.toMatchObject({ code: 'spec_invalid', message: expect.stringMatching(/line \d+/) });
  });

  it('runs the same code in-process when asked (the fallback when no worker can start)', async () => {
    const parsed = await parseSpecText(yamlSpec, { inProcess: true });
    expect(parsed.inProcess).toBe(true);
    expect(JSON.parse(parsed.json)).toMatchObject({ paths: { '/a': {} } });
  });

  it('falls back to the yaml package (with maxAliasCount) when js-yaml cannot be found', async () => {
    const modules = { yamlLibrary: 'yaml' as const };
    expect(JSON.parse((await parseSpecText(yamlSpec, modules)).json)).toMatchObject({ openapi: '3.0.3' });
    await expect(parseSpecText('a: [1, 2\nb: 3\n', modules)).rejects.toMatchObject({ code: 'spec_invalid', message: expect.stringMatching(/line \d+/) });
    const bomb = 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n';
    await expect(parseSpecText(bomb, modules)).rejects.toMatchObject({ code: 'too_large' });
  });

  it('keeps YAML anchors that do not explode, and refuses an alias that loops', async () => {
    const anchors = 'openapi: 3.0.0\nx-common: &common {type: string}\ncomponents: {schemas: {A: *common, B: *common}}\n';
    expect(JSON.parse((await parseSpecText(anchors)).json).components.schemas.B).toEqual({ type: 'string' });
    await expect(parseSpecText('a: &a [*a]\n')).rejects.toMatchObject({ code: 'spec_invalid', message: expect.stringContaining('refers back to itself') });
  });

  it('describes broken JSON in JSON’s own words and position, not the YAML reader’s', async () => {
    // A comma missing after the info object (line 3), as a hand edit leaves it.
    const broken = '{\n  "openapi": "3.0.3",\n  "info": { "title": "Tiny" }\n  "paths": {}\n}\n';
    const failure = (await parseSpecText(broken).then(
      () => ({ code: 'none', message: 'it was read' }),
      (error: unknown) => error,
    )) as { code: string; message: string; detail?: string };
    expect(failure).toMatchObject({ code: 'spec_invalid', message: expect.stringMatching(/^This file is not valid JSON: .+ \(line 4, column 3\)\.$/) });
    expect(failure.message).not.toMatch(/YAML|flow|indent/i);
    expect(failure.detail).toContain('"paths": {}');
    // JSON that YAML can still read (a JSON superset) keeps importing.
    expect(JSON.parse((await parseSpecText("{ 'openapi': '3.0.3' }")).json)).toEqual({ openapi: '3.0.3' });
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = parseSpecText('x: '.padEnd(50_000, 'y'), { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('works from esbuild bundles laid out like dist/ (the parse worker in dist/workers/, parse and validation)', async () => {
    const folder = join(repoRoot, '.tmp');
    mkdirSync(folder, { recursive: true });
    const dir = mkdtempSync(join(folder, 'specs-bundle-'));
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      [
        `import { parseSpecText } from ${JSON.stringify(join(__dirname, 'parse-spec-text'))};`,
        `import { createValidator } from ${JSON.stringify(join(__dirname, 'validator'))};`,
        `const parsed = await parseSpecText(${JSON.stringify(yamlSpec)});`,
        'const validator = createValidator();',
        'const failure = await validator.validate(parsed.json);',
        'validator.dispose();',
        'console.log(JSON.stringify({ inProcess: parsed.inProcess, title: JSON.parse(parsed.json).info.title, failure: failure ?? null }));',
      ].join('\n'),
    );
    const options = { bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'silent' } as const;
    try {
      // The same entry and place as build/bundle.mjs: dist/node/web.js and dist/electron/main.js find ../workers/parse-worker.js.
      await build({ ...options, entryPoints: [join(__dirname, 'parse-worker.ts')], outfile: join(dir, 'workers', 'parse-worker.js') });
      await build({ ...options, entryPoints: [entry], outfile: join(dir, 'node', 'entry.mjs') });
      const run = () => promisify(execFile)(process.execPath, [join(dir, 'node', 'entry.mjs')], { cwd: dir, timeout: 30_000 });
      expect(JSON.parse((await run()).stdout)).toEqual({ inProcess: false, title: 'Tiny', failure: null });
      // Without the worker file the same bundle still imports, in-process.
      rmSync(join(dir, 'workers'), { recursive: true });
      expect(JSON.parse((await run()).stdout)).toEqual({ inProcess: true, title: 'Tiny', failure: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('build/bundle.mjs builds the parse worker where the bundles look for it', async () => {
    const { esbuildTargets } = (await import(pathToFileURL(join(repoRoot, 'build', 'bundle.mjs')).href)) as { esbuildTargets: Record<string, { entryPoints: string[]; outfile?: string }> };
    expect(esbuildTargets.parseWorker).toMatchObject({ entryPoints: ['electron/services/specs/parse-worker.ts'], outfile: 'workers/parse-worker.js' });
    for (const bundle of ['dist/node/web.js', 'dist/electron/main.js']) {
      const here = pathToFileURL(join(repoRoot, bundle)).href;
      expect(workerCandidates(here)[0]?.url.href).toBe(pathToFileURL(join(repoRoot, 'dist/workers/parse-worker.js')).href);
    }
  });
});

describe('createValidator', () => {
  it('validates documents one after another in one worker, with Ajv details for failures', async () => {
    const validator = createValidator();
    try {
      const [bad, good] = await Promise.all([
        validator.validate(JSON.stringify({ openapi: '3.0.3', info: { title: 'T' }, paths: {} })),
        validator.validate((await parseSpecText(yamlSpec)).json),
      ]);
      expect(bad?.details?.[0]).toMatchObject({ instancePath: '/info', keyword: 'required' });
      expect(good).toBeUndefined();
      expect(await validator.validate('{ not json')).toMatchObject({ name: 'Error' });
    } finally {
      validator.dispose();
    }
  });

  it('ends its worker right after a big document and starts a new one for the next', async () => {
    const validator = createValidator({ bigDocumentChars: 10 });
    try {
      const json = (await parseSpecText(yamlSpec)).json;
      expect(await validator.validate(json)).toBeUndefined();
      expect(await validator.validate(JSON.stringify({ openapi: '3.0.3', info: { title: 'T' }, paths: {} }))).toMatchObject({ details: [{ keyword: 'required' }] });
    } finally {
      validator.dispose();
    }
  });

  it('runs in-process too, and answers "Cancelled" to pending jobs when disposed', async () => {
    const validator = createValidator({ inProcess: true });
    expect(await validator.validate((await parseSpecText(yamlSpec)).json)).toBeUndefined();
    const pending = validator.validate('{}');
    validator.dispose();
    await expect(pending).resolves.toMatchObject({ name: 'Cancelled' });
  });
});
