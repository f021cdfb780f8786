import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createDocumentStore } from '../store/document-store';
import { createSpecsService } from './specs-service';

const dir = mkdtempSync(join(tmpdir(), 'shoreline-import-errors-'));
const specs = createSpecsService({ store: createDocumentStore({ folder: dir, by: 'test' }) });
afterAll(() => specs.dispose());

const good = 'openapi: 3.0.3\ninfo: {title: Kept, version: "1"}\npaths:\n  /a:\n    get:\n      responses: {"200": {description: OK}}\n';
const importText = (text: string, fileName = 'spec.yaml') => specs.importText({ text, fileName });

describe('a spec that cannot be used', () => {
  it('broken YAML: says so with the line number, and changes nothing', async () => {
    await importText(good);
    const broken = 'openapi: 3.0.3\ninfo:\n  title: Broken\n  version: "1"\npaths:\n  /a:\n    get: [unclosed\n';
    await expect(importText(broken)).rejects.toMatchObject({ code: 'spec_invalid', message: expect.stringMatching(/^This file is not valid YAML or JSON: .*\(line \d+, column \d+\)\.$/) });
    await expect(importText('openapi: 3.0.3\n  info: bad indent\n')).rejects.toMatchObject({ message: expect.stringContaining('(line 2') });
    await expect(importText('{"openapi": "3.0.3",\n "info": {"title": "x",}\n')).rejects.toMatchObject({ message: expect.stringContaining('line') });
    expect(specs.list().map((s) => s.title)).toEqual(['Kept']);
  });

  it('not OpenAPI: says what it is', async () => {
    await expect(importText('{"name": "my-app", "version": "1.0.0", "dependencies": {}}', 'package.json')).rejects.toMatchObject({
      code: 'spec_invalid',
      message: 'This file is not an OpenAPI or Swagger document: it has no "openapi" or "swagger" field at the top.',
    });
    await expect(importText('just some words')).rejects.toMatchObject({ message: expect.stringContaining('plain text') });
    await expect(importText('   \n')).rejects.toMatchObject({ message: 'The file is empty.' });
  });

  it('a YAML alias bomb: refused without expanding it', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const name = String.fromCharCode(97 + i);
      const prev = String.fromCharCode(96 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    await expect(importText(`openapi: 3.0.0\n${levels.join('\n')}\n`)).rejects.toMatchObject({ code: 'too_large', message: expect.stringContaining('billion laughs') });
    // 9^9 values would take minutes and gigabytes; refusing takes a worker start and a walk of 90 nodes.
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('YAML aliases that expand past 100 MB: refused in words, measured without expanding', async () => {
    // One 1 MiB string aliased 400 times: a 1 MB file that would become a 400 MB document.
    const big = 'x'.repeat(1024 * 1024);
    const aliases = Array.from({ length: 400 }, (_, i) => `  a${i}: *big`).join('\n');
    const text = `openapi: 3.0.0\ninfo: {title: Bomb, version: "1"}\npaths: {}\nx-big: &big "${big}"\nx-copies:\n${aliases}\n`;
    expect(text.length).toBeLessThan(1.1 * 1024 * 1024);
    const before = process.memoryUsage().rss;
    await expect(importText(text, 'bomb.yaml')).rejects.toMatchObject({
      code: 'too_large',
      message: expect.stringMatching(/expands? to more than 100 MB/),
    });
    // Expanding it would take 400 MB in the worker and 800 MB more for the JSON text.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);
    expect(specs.list().map((s) => s.title)).not.toContain('Bomb');
  });

  it('UTF-16 text that reached main as if it were UTF-8: said in words, not as a null byte', async () => {
    const garbled = [...'openapi: 3.0.0\ninfo: {title: Wide, version: "1"}\n'].map((c) => `${c}\0`).join('');
    await expect(importText(garbled, 'wide.yaml')).rejects.toMatchObject({ code: 'spec_invalid', message: expect.stringMatching(/^This file is saved as UTF-16 text without a byte-order mark.*Save it as UTF-8/) });
  });

  it('more than 100 MB: refused before parsing', async () => {
    const huge = `openapi: 3.0.0\ndescription: "${'x'.repeat(100 * 1024 * 1024)}"\n`;
    await expect(importText(huge)).rejects.toMatchObject({ code: 'too_large', message: 'This file is 100.0 MB, more than the 100 MB Shoreline can import.' });
  });

  it('a path that refers to nothing: refused, naming the ref', async () => {
    const text = JSON.stringify({ openapi: '3.1.0', info: { title: 'Dangling', version: '1' }, paths: { '/a': { $ref: '#/components/pathItems/Gone' } } });
    await expect(importText(text, 'dangling.json')).rejects.toMatchObject({ code: 'spec_invalid', message: expect.stringContaining('"#/components/pathItems/Gone"') });
  });

  it('an unknown spec to update: not found', async () => {
    await expect(specs.importText({ text: good, fileName: 'x.yaml', replaceId: 'nope-123' })).rejects.toMatchObject({ code: 'not_found' });
  });
});
