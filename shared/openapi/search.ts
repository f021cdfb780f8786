/**
 * Instant search over every operation of every imported spec. The lower-case text of each
 * operation is prepared once ({@link buildSearchIndex}); a keystroke is then a few `indexOf`s per
 * operation, far below a frame even for thousands of operations.
 */
import { httpMethods, type OperationSummary, type SpecNode } from './types';

/** The fields search looks in. */
export type SearchField = 'path' | 'summary' | 'operationId' | 'tag' | 'method';

/** A range to highlight: `[start, end)` in the field's own text (for `tag`, in `operation.tags[tagIndex]`). */
export interface Highlight {
  field: SearchField;
  start: number;
  end: number;
  tagIndex?: number;
}

/** One operation that matched. */
export interface SearchMatch {
  specId: string;
  operation: OperationSummary;
  highlights: Highlight[];
  /** Higher is better; results come sorted by it. */
  score: number;
}

interface Segment {
  field: Exclude<SearchField, 'method'>;
  start: number;
  end: number;
  tagIndex?: number;
}

interface Entry {
  specId: string;
  operation: OperationSummary;
  haystack: string;
  segments: Segment[];
  method: string;
  /** The summary in lower case with runs of white space as one space, and the path in lower case (for {@link phraseBonus}). */
  phraseSummary: string;
  phrasePath: string;
}

/** Prepared search data; rebuild it when the specs change. */
export interface SearchIndex {
  readonly entries: readonly Entry[];
}

const weights: Record<SearchField, number> = { path: 3, operationId: 3, summary: 2, tag: 1, method: 1 };
const methodNames = new Set(httpMethods.map((m) => m.toLowerCase()));

/** Prepares the search over the operations of `specs` (each operation once, even when it has several tags). */
export function buildSearchIndex(specs: readonly SpecNode[]): SearchIndex {
  const entries: Entry[] = [];
  for (const node of specs) {
    const seen = new Set<string>();
    for (const tag of node.tags) {
      for (const operation of tag.operations) {
        if (seen.has(operation.id)) continue;
        seen.add(operation.id);
        const parts: [Segment['field'], string, number?][] = [
          ['path', operation.path],
          ['summary', operation.summary ?? ''],
          ['operationId', operation.operationId ?? ''],
          ...operation.tags.map((t, i): [Segment['field'], string, number] => ['tag', t, i]),
        ];
        const segments: Segment[] = [];
        let haystack = '';
        for (const [field, text, tagIndex] of parts) {
          const start = haystack.length;
          haystack += `${text.toLowerCase()}\n`;
          segments.push(tagIndex === undefined ? { field, start, end: start + text.length } : { field, start, end: start + text.length, tagIndex });
        }
        entries.push({
          specId: node.spec.id,
          operation,
          haystack,
          segments,
          method: operation.method.toLowerCase(),
          phraseSummary: operation.summary?.toLowerCase().replace(/\s+/g, ' ') ?? '',
          phrasePath: operation.path.toLowerCase(),
        });
      }
    }
  }
  return { entries };
}

function isWordStart(haystack: string, at: number): boolean {
  if (at === 0) return true;
  const c = haystack.charCodeAt(at - 1);
  return !((c >= 97 && c <= 122) || (c >= 48 && c <= 57));
}

/**
 * Scores one entry against all tokens (0 when a token is found nowhere), pushing into `highlights`
 * when given. Each field gets the first occurrence of each token highlighted, so a one-letter query
 * stays as fast as a word.
 */
function scan(entry: Entry, tokens: readonly string[], highlights?: Highlight[]): number {
  let score = 0;
  const { haystack, segments } = entry;
  for (const token of tokens) {
    let best = 0;
    if (methodNames.has(token) && entry.method === token) {
      best = weights.method;
      highlights?.push({ field: 'method', start: 0, end: token.length });
    }
    let i = 0;
    for (let at = haystack.indexOf(token); at >= 0 && i < segments.length; ) {
      while (i < segments.length && (segments[i] as Segment).end < at + token.length) i++;
      const segment = segments[i];
      if (!segment) break;
      if (at >= segment.start) {
        if (highlights) {
          const h: Highlight = { field: segment.field, start: at - segment.start, end: at - segment.start + token.length };
          if (segment.tagIndex !== undefined) h.tagIndex = segment.tagIndex;
          highlights.push(h);
        }
        best = Math.max(best, weights[segment.field] + (isWordStart(haystack, at) ? 1 : 0));
        i++;
        at = i < segments.length ? haystack.indexOf(token, (segments[i] as Segment).start) : -1;
      } else at = haystack.indexOf(token, segment.start);
    }
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

/**
 * One match. The highlight ranges are worked out when first read: a one-letter query matches
 * thousands of operations, and the explorer draws a screenful of them. A class, so that a match is
 * three fields and no closure (a keystroke makes thousands of them).
 */
class Match implements SearchMatch {
  readonly specId: string;
  readonly operation: OperationSummary;
  score: number;
  readonly #entry: Entry;
  readonly #tokens: readonly string[];
  #highlights: Highlight[] | undefined;

  constructor(entry: Entry, tokens: readonly string[], score: number) {
    this.specId = entry.specId;
    this.operation = entry.operation;
    this.score = score;
    this.#entry = entry;
    this.#tokens = tokens;
  }

  get highlights(): Highlight[] {
    if (!this.#highlights) scan(this.#entry, this.#tokens, (this.#highlights = []));
    return this.#highlights;
  }
}

/** Matches one entry against all tokens; undefined when a token is found nowhere. */
function matchEntry(entry: Entry, tokens: readonly string[]): SearchMatch | undefined {
  const score = scan(entry, tokens);
  return score === 0 ? undefined : new Match(entry, tokens, score);
}

/** Several words typed in the order a summary uses them ("get all storage systems") beat the same words scattered. */
function phraseBonus(entry: Entry, phrase: string, dashed: string): number {
  if (entry.phraseSummary === phrase) return 20;
  if (entry.phraseSummary.includes(phrase)) return 10;
  return entry.phrasePath.includes(dashed) ? 5 : 0;
}

/**
 * Finds the operations matching `query`: every word of the query must appear in the path,
 * summary, operationId or a tag (a word that is an HTTP method also matches the method). An
 * empty query matches everything, without highlights.
 */
export function searchOperations(index: SearchIndex, query: string, limit = Number.POSITIVE_INFINITY): SearchMatch[] {
  return limited(searchEntries(index.entries, queryTokens(query), query).matches, limit);
}

const queryTokens = (query: string) => [...new Set(query.toLowerCase().split(/\s+/).filter((t) => t !== ''))];
const limited = (matches: SearchMatch[], limit: number) => (matches.length > limit ? matches.slice(0, limit) : matches);

/** Matches `entries` (in index order) against `tokens`: the sorted matches, and the entries that matched, still in index order. */
function searchEntries(entries: readonly Entry[], tokens: readonly string[], query: string): { matches: SearchMatch[]; matched: Entry[] } {
  const phrase = tokens.length > 1 ? query.toLowerCase().trim().replace(/\s+/g, ' ') : '';
  const dashed = phrase.replace(/ /g, '-');
  const matches: SearchMatch[] = [];
  const matched: Entry[] = [];
  for (const entry of entries) {
    const match = tokens.length === 0 ? { specId: entry.specId, operation: entry.operation, highlights: [], score: 0 } : matchEntry(entry, tokens);
    if (!match) continue;
    if (phrase) match.score += phraseBonus(entry, phrase, dashed);
    matches.push(match);
    matched.push(entry);
  }
  return { matches: tokens.length > 0 ? ranked(matches) : matches, matched };
}

const bits20 = 2 ** 20;

/**
 * `matches` best first: higher score, then shorter path ("storage" puts /storage-systems before its 40
 * sub-resources, so the first match, which Enter in the search box opens, is the general list a user
 * means), then the order they came in. Each order is packed into one number and the numbers sorted
 * natively: a one-letter query ranks thousands of matches, and a compare function made that a
 * large part of the keystroke.
 */
function ranked(matches: SearchMatch[]): SearchMatch[] {
  let best = 0;
  let longest = 0;
  for (const match of matches) {
    best = Math.max(best, match.score);
    longest = Math.max(longest, match.operation.path.length);
  }
  // (best - score) · 2⁴⁰ + path length · 2²⁰ + position stays an exact integer below 2⁵³.
  if (best >= 2 ** 12 || longest >= bits20 || matches.length >= bits20) {
    return matches.sort((a, b) => b.score - a.score || a.operation.path.length - b.operation.path.length);
  }
  const keys = new Float64Array(matches.length);
  matches.forEach((match, at) => (keys[at] = (best - match.score) * 2 ** 40 + match.operation.path.length * bits20 + at));
  keys.sort();
  return Array.from(keys, (key) => matches[key % bits20] as SearchMatch);
}

/**
 * Whether every operation matching `next` also matches `previous`: each earlier word is part of a
 * word typed now ("stor" → "storage", "get" → "get vol"). A word that names an HTTP method matches
 * the method without appearing in the text, so it only counts when it was already there as it is.
 */
function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((old) => next.some((word) => word === old || (word.includes(old) && !methodNames.has(word))));
}

/**
 * {@link searchOperations} as one searching box uses it, letter by letter: when the query only adds
 * to the last one, only the operations that matched the last one are searched again. The results
 * are exactly those of {@link searchOperations}, in the same order.
 */
export function createIncrementalSearch(index: SearchIndex): (query: string, limit?: number) => SearchMatch[] {
  let last: { tokens: readonly string[]; matched: readonly Entry[] } | undefined;
  return (query, limit = Number.POSITIVE_INFINITY) => {
    const tokens = queryTokens(query);
    const from = last && narrows(last.tokens, tokens) ? last.matched : index.entries;
    const { matches, matched } = searchEntries(from, tokens, query);
    last = { tokens, matched };
    return limited(matches, limit);
  };
}
