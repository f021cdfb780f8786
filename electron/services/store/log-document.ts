/**
 * An append-only log of records, one JSON object a line, after a header line
 * `{"schemaVersion":N,"log":"<name>"}`. Adding a record appends one line (cheap, however long the log
 * is); compaction rewrites the file with only the records still wanted, copying their lines as they
 * are. Memory holds what `keep` takes of each record (a summary) and where its line is, so a long
 * history is not held whole. A file without a header is version 0 (Shoreline 0.1 wrote bare lines).
 */
import type { z } from 'zod';
import { ShorelineError } from '../../../shared/errors';
import { migrate, NewerFormatError, type Migration } from './envelope';
import type { FileStat } from './file-system';
import type { DocumentContext, DocumentStatus } from './json-document';
import { errnoOf, reasonOf } from './read-failure';

/** How to read and write one log. */
export interface LogDefinition<E, K> {
  file: string;
  /** What it holds, as a sentence needs it: "the request history". */
  label: string;
  /** One record of the current version. */
  schema: z.ZodType<E>;
  /** `migrations[n]` turns a version-n record into version n + 1. */
  migrations: readonly Migration[];
  /** What memory keeps of a record. */
  keep: (record: E) => K;
  /** A record, in words, singular and plural: `['entry', 'entries']`. */
  noun: readonly [string, string];
}

/** A record in the log: what memory keeps of it and where its line is. */
export interface LogItem<K> {
  readonly value: K;
  readonly offset: number;
  readonly length: number;
}

/** An open log. */
export interface LogDocument<E, K> {
  readonly file: string;
  readonly path: string;
  readonly label: string;
  readonly status: DocumentStatus;
  readonly problem?: string;
  readonly readOnlyReason?: string;
  /** Every record, oldest first. */
  items(): readonly LogItem<K>[];
  /** Lines on disk, including records a later one replaced (to decide when to compact). */
  readonly lines: number;
  /** Bytes on disk. */
  readonly size: number;
  /** Changes whenever the items were rebuilt (a compaction here or in another process). */
  readonly generation: number;
  /** The whole record behind `item`, read from disk; undefined when it is no longer there. */
  read(item: LogItem<K>): E | undefined;
  /** Appends records (checked against the schema first) and returns their items. */
  append(records: readonly E[]): LogItem<K>[];
  /** Rewrites the file with the items `select` keeps, in the order it returns them. */
  compact(select: (items: readonly LogItem<K>[]) => readonly LogItem<K>[]): void;
  /** Takes in what another process appended or compacted; true when the items changed. */
  reload(): boolean;
}

const newline = 0x0a;

function isHeader(value: unknown): value is { schemaVersion: number } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return typeof (value as { schemaVersion?: unknown }).schemaVersion === 'number' && keys.every((k) => k === 'schemaVersion' || k === 'log');
}

interface Parsed<K> {
  items: LogItem<K>[];
  lines: number;
  damaged: number;
  version: number;
  /** The records re-serialised, when the file's version is older than the current one. */
  upgraded?: string[];
  endsClean: boolean;
}

/** Opens the log of `definition` in `context`, keeping damaged lines aside and upgrading an older file. */
export function openLogDocument<E, K>(definition: LogDefinition<E, K>, context: DocumentContext): LogDocument<E, K> {
  const { fs, lock } = context;
  const path = context.resolve(definition.file);
  const current = definition.migrations.length;
  const header = `${JSON.stringify({ schemaVersion: current, log: definition.file.replace(/\.jsonl$/, '') })}\n`;
  let items: LogItem<K>[] = [];
  let lines = 0;
  let known: FileStat | undefined;
  let endsClean = true;
  let generation = 0;
  let fileVersion = current;
  let status: DocumentStatus = 'absent';
  let problem: string | undefined;
  let readOnlyReason: string | undefined;

  const say = (text: string) => {
    problem = text;
    context.report(text);
  };
  const words = (n: number) => `${n} ${definition.noun[n === 1 ? 0 : 1]}`;

  /** Parses lines of `bytes` starting at file offset `base`; `version` is the file's, unless a header says otherwise. */
  function parse(bytes: Buffer, base: number, version: number): Parsed<K> {
    const out: Parsed<K> = { items: [], lines: 0, damaged: 0, version, endsClean: bytes.length === 0 || bytes[bytes.length - 1] === newline };
    let start = 0;
    while (start < bytes.length) {
      let end = bytes.indexOf(newline, start);
      const last = end < 0;
      if (last) end = bytes.length;
      const text = bytes.toString('utf8', start, end);
      const at = start;
      start = end + 1;
      if (text.trim() === '') continue;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        // A last line cut short by a crash mid-append is expected; anything else is damage.
        if (!last) out.damaged += 1;
        continue;
      }
      if (base + at === 0 && isHeader(raw)) {
        out.version = raw.schemaVersion;
        if (out.version > current) throw new NewerFormatError(out.version, current);
        continue;
      }
      out.lines += 1;
      let record: E;
      try {
        const parsed = definition.schema.safeParse(migrate({ version: out.version, data: raw }, definition.migrations));
        if (!parsed.success) throw parsed.error;
        record = parsed.data;
      } catch {
        out.damaged += 1;
        continue;
      }
      out.items.push({ value: definition.keep(record), offset: base + at, length: end - at });
      if (out.version < current) (out.upgraded ??= []).push(JSON.stringify(record));
    }
    return out;
  }

  /** Rewrites the whole file from serialised records (under the lock). */
  function rewrite(records: readonly string[]): void {
    const parts = [header, ...records.map((r) => `${r}\n`)];
    const buffer = Buffer.from(parts.join(''), 'utf8');
    fs.writeAtomic(path, buffer);
    known = fs.stat(path);
    endsClean = true;
    fileVersion = current;
    lines = records.length;
    let offset = Buffer.byteLength(header);
    items = items.map((item, i) => {
      const length = Buffer.byteLength(records[i] ?? '');
      const moved = { value: item.value, offset, length };
      offset += length + 1;
      return moved;
    });
    generation += 1;
  }

  /** Reads the whole file; throws what the disk threw. */
  function loadAll(): Parsed<K> & { stat?: FileStat; bytes: Buffer } {
    const stat = fs.stat(path);
    if (!stat) return { items: [], lines: 0, damaged: 0, version: current, endsClean: true, bytes: Buffer.alloc(0) };
    const bytes = fs.readBytes(path);
    return { ...parse(bytes, 0, 0), stat: { ...stat, size: bytes.length }, bytes };
  }

  /** The first read: the file's bytes stay in this function, only the summaries are kept. */
  function firstRead(): void {
    let opened: ReturnType<typeof loadAll> | undefined;
    try {
      opened = loadAll();
    } catch (error) {
      if (error instanceof NewerFormatError) {
        readOnlyReason = `${path} was saved by a newer version of Shoreline (format ${error.found}); this version reads up to format ${current} and will not change it.`;
        status = 'newer';
        say(`${definition.label.charAt(0).toUpperCase()}${definition.label.slice(1)} (${path}) was saved by a newer version of Shoreline, so this version shows none of it and changes nothing. Update Shoreline to see it.`);
      } else if (errnoOf(error) !== 'ENOENT') {
        readOnlyReason = `Shoreline could not read ${path} (${reasonOf(error)}) when it started, so it will not change ${definition.label} until that file can be read. Nothing in it was overwritten.`;
        status = 'unreadable';
        say(`Shoreline could not read ${definition.label} (${path}: ${reasonOf(error)}). It left the file as it is and will not add to it; fix the file's permissions, then restart Shoreline.`);
      }
    }
    if (opened) {
      items = opened.items;
      lines = opened.lines;
      known = opened.stat;
      endsClean = opened.endsClean;
      fileVersion = opened.version;
      status = opened.stat ? 'ok' : 'absent';
      const { damaged, upgraded, bytes } = opened;
      if (damaged > 0 || upgraded) {
        try {
          lock.run(() => {
            if (damaged > 0) {
              const aside = `${path}.damaged-${context.stamp()}`;
              fs.copy(path, aside);
              status = 'partial';
              say(`Part of ${definition.label} could not be read (${words(damaged)}). The file was kept as ${aside}.`);
            }
            const records = upgraded ?? items.map((item) => bytes.toString('utf8', item.offset, item.offset + item.length));
            rewrite(records);
          });
        } catch (error) {
          readOnlyReason = error instanceof ShorelineError ? error.message : `Shoreline could not tidy ${path} (${reasonOf(error)}).`;
          say(`${readOnlyReason} Nothing will be added to ${definition.label} until Shoreline is restarted.`);
        }
      }
      if (known && (known.mode & 0o077) !== 0 && process.platform !== 'win32' && !readOnlyReason) {
        try {
          fs.chmod(path, 0o600);
        } catch {
          // Not ours to change; a compaction writes a 0600 file anyway.
        }
      }
    }
  }
  firstRead();

  /** Takes in another process's appends (the file grew) or compaction (it was replaced). */
  function catchUp(): boolean {
    let stat: FileStat | undefined;
    try {
      stat = fs.stat(path);
    } catch {
      return false;
    }
    if (known && stat && stat.ino === known.ino && stat.size === known.size && stat.mtimeMs === known.mtimeMs) return false;
    if (!known && !stat) return false;
    try {
      if (known && stat && stat.ino === known.ino && stat.size > known.size) {
        const tail = parse(fs.readRange(path, known.size, stat.size - known.size), known.size, fileVersion);
        items.push(...tail.items);
        lines += tail.lines;
        endsClean = tail.endsClean;
        known = { ...stat, size: known.size + (stat.size - known.size) };
        return tail.items.length > 0;
      }
      const all = loadAll();
      items = all.items;
      lines = all.lines;
      known = all.stat;
      endsClean = all.endsClean;
      fileVersion = all.version;
      generation += 1;
      return true;
    } catch {
      return false;
    }
  }

  const refuse = () => {
    if (readOnlyReason) throw new ShorelineError('store_unavailable', readOnlyReason);
  };

  return {
    file: definition.file,
    path,
    label: definition.label,
    get status() {
      return status;
    },
    get problem() {
      return problem;
    },
    get readOnlyReason() {
      return readOnlyReason;
    },
    get lines() {
      return lines;
    },
    get size() {
      return known?.size ?? 0;
    },
    get generation() {
      return generation;
    },
    items: () => items,
    read(item) {
      try {
        const text = fs.readRange(path, item.offset, item.length).toString('utf8');
        const parsed = definition.schema.safeParse(migrate({ version: fileVersion, data: JSON.parse(text) }, definition.migrations));
        return parsed.success ? parsed.data : undefined;
      } catch {
        return undefined;
      }
    },
    append(records) {
      refuse();
      const checked = records.map((record) => definition.schema.parse(record));
      return lock.run(() => {
        catchUp();
        // A newer Shoreline compacted the file meanwhile: do not mix formats.
        if (fileVersion !== current && known) throw new ShorelineError('store_unavailable', `${path} was changed by another version of Shoreline; nothing was added.`);
        const texts = checked.map((record) => JSON.stringify(record));
        const lead = known ? (endsClean ? '' : '\n') : header;
        const start = (known?.size ?? 0) + Buffer.byteLength(lead);
        try {
          fs.append(path, `${lead}${texts.map((t) => `${t}\n`).join('')}`);
          known = fs.stat(path);
        } catch (error) {
          throw new ShorelineError('store_unavailable', `Shoreline could not add to ${definition.label} (${reasonOf(error)}).`);
        }
        endsClean = true;
        fileVersion = current;
        let offset = start;
        const added = checked.map((record, i) => {
          const length = Buffer.byteLength(texts[i] ?? '');
          const item = { value: definition.keep(record), offset, length };
          offset += length + 1;
          return item;
        });
        items.push(...added);
        lines += added.length;
        status = 'ok';
        return added;
      });
    },
    compact(select) {
      refuse();
      lock.run(() => {
        catchUp();
        const whole = known ? fs.readBytes(path) : Buffer.alloc(0);
        const before = items;
        const kept = select(items);
        const records = kept.map((item) => whole.toString('utf8', item.offset, item.offset + item.length));
        items = [...kept];
        try {
          rewrite(records);
        } catch (error) {
          items = before;
          throw new ShorelineError('store_unavailable', `Shoreline could not rewrite ${definition.label} (${reasonOf(error)}).`);
        }
        status = 'ok';
      });
    },
    reload: () => (readOnlyReason ? false : catchUp()),
  };
}
