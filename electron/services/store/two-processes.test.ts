import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const writer = fileURLToPath(new URL('./store-writer-for-tests.ts', import.meta.url));

function run(folder: string, name: string, count: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writer, folder, name, String(count)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`writer ${name} exited ${code}: ${err}`))));
  });
}

describe('two processes writing one folder', () => {
  it('lose nothing: every update and every appended record of both is there, in each one’s order', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'shoreline-two-'));
    const count = 150;
    await Promise.all([run(folder, 'app', count), run(folder, 'cli', count)]);
    const entries: string[] = JSON.parse(readFileSync(join(folder, 'shared.json'), 'utf8')).data.entries;
    expect(entries).toHaveLength(2 * count);
    for (const name of ['app', 'cli']) expect(entries.filter((e) => e.startsWith(`${name}-`))).toEqual(Array.from({ length: count }, (_, i) => `${name}-${i}`));
    const records = readFileSync(join(folder, 'shared.jsonl'), 'utf8').trim().split('\n').slice(1).map((line) => JSON.parse(line) as { by: string; n: number });
    expect(records).toHaveLength(2 * count);
    for (const name of ['app', 'cli']) expect(records.filter((r) => r.by === name).map((r) => r.n)).toEqual(Array.from({ length: count }, (_, i) => i));
    // No lock, temp file or damaged copy left behind.
    expect(readdirSync(folder).sort()).toEqual(['shared.json', 'shared.jsonl']);
  }, 120_000);
});
