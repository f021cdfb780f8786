/**
 * Which fields a collection's items have and what kind of value each holds, learnt from the items
 * themselves, so filter, sort and select can refuse unknown fields and compare dates as dates.
 */
import { parseDateTime } from './date-time';

/** The kind of value a field holds across all items (`mixed` when they disagree). */
export type FieldType = 'string' | 'number' | 'boolean' | 'datetime' | 'object' | 'array' | 'mixed';

/** What the catalogue knows about one field. */
export interface FieldInfo {
  type: FieldType;
  /** True when the path steps into the elements of a list (it then has many values per item). */
  insideArray: boolean;
}

/** The fields of one collection. */
export interface FieldCatalogue {
  lookup(segments: readonly string[]): FieldInfo | undefined;
  /** Every known path, as segments. */
  paths(): string[][];
}

type Kind = Exclude<FieldType, 'mixed'> | 'null';

interface Entry {
  segments: string[];
  kinds: Set<Kind>;
  insideArray: boolean;
}

function kindOf(value: unknown): Kind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'string') return parseDateTime(value) === undefined ? 'string' : 'datetime';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

function typeOf(kinds: Set<Kind>): FieldType {
  const known = [...kinds].filter((kind): kind is Exclude<Kind, 'null'> => kind !== 'null');
  if (known.length === 1) return known[0] as FieldType;
  if (known.length === 2 && kinds.has('string') && kinds.has('datetime')) return 'string';
  return 'mixed';
}

/** Builds the catalogue by walking every item (objects, and objects inside lists). */
export function buildFieldCatalogue(items: Iterable<unknown>): FieldCatalogue {
  const entries = new Map<string, Entry>();

  function record(segments: string[], value: unknown, insideArray: boolean): void {
    const key = segments.join('\u0000');
    let entry = entries.get(key);
    if (!entry) {
      entry = { segments, kinds: new Set(), insideArray };
      entries.set(key, entry);
    }
    entry.kinds.add(kindOf(value));
    walk(value, segments, insideArray);
  }

  function walk(value: unknown, prefix: string[], insideArray: boolean): void {
    if (Array.isArray(value)) {
      for (const element of value) {
        if (typeof element === 'object' && element !== null && !Array.isArray(element)) walk(element, prefix, true);
      }
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    for (const [key, child] of Object.entries(value)) record([...prefix, key], child, insideArray);
  }

  for (const item of items) walk(item, [], false);

  return {
    lookup(segments) {
      const entry = entries.get(segments.join('\u0000'));
      return entry ? { type: typeOf(entry.kinds), insideArray: entry.insideArray } : undefined;
    },
    paths() {
      return [...entries.values()].map((entry) => [...entry.segments]);
    },
  };
}
