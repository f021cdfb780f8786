/**
 * TESTS ONLY: a second (and third) process writing the same user-data folder, as the app and the
 * `shoreline` command line will. Usage: `node --import tsx store-writer-for-tests.ts <folder> <name> <count>`.
 * Each round adds one entry to a shared document and one record to a shared log.
 */
import { z } from 'zod';
import { createDocumentStore } from './document-store';

const [folder, name, count] = process.argv.slice(2);
if (!folder || !name || !count) throw new Error('usage: <folder> <name> <count>');
const store = createDocumentStore({ folder, by: `writer ${name}`, lock: { timeoutMs: 20_000 } });
const doc = store.open({ file: 'shared.json', label: 'the shared list', schema: z.object({ entries: z.array(z.string()) }), migrations: [(v) => v], defaults: () => ({ entries: [] as string[] }) });
const log = store.openLog({ file: 'shared.jsonl', label: 'the shared log', schema: z.object({ by: z.string(), n: z.number() }), migrations: [(v) => v], keep: (r) => r, noun: ['record', 'records'] });
for (let i = 0; i < Number(count); i += 1) {
  doc.update((d) => ({ entries: [...d.entries, `${name}-${i}`] }));
  log.append([{ by: name, n: i }]);
  if (i % 50 === 49) log.compact((items) => items);
}
process.stdout.write(`${JSON.stringify({ name, entries: doc.get().entries.length, problems: store.problems })}\n`);
