/**
 * Turns a Postman script into captures and the part Shoreline keeps but does not run. Statements
 * that only save a value from the answer (directly, through a name bound to the answer, or behind
 * a 2xx or "is it there" check) become captures; everything else stays, as it was written, in the
 * "not run" text. Nothing is evaluated.
 */
import type { Capture } from '../../model/request';
import { captureOf, guardOf, bindingOf, saveOf } from './statement-forms';
import { referencedNames, type ResponseRef } from './response-ref';
import { parseStatements, type Statement } from './statements';
import { tokenize, type Token } from './tokens';
import { cutRanges, tidyScript } from './cut-text';

/** The marker of a capture that was turned off, written by the export as a comment. */
export const disabledCaptureMarker = 'Shoreline capture, turned off:';

/** What a script became. */
export interface ScriptAnalysis {
  /** Captures, in the order they appear. */
  captures: Capture[];
  /** The rest of the script, tidied, or undefined when nothing is left. */
  notRun: string | undefined;
  /** Saves kept in the script instead of becoming captures, each with the reason in words. */
  refused: string[];
  /** True when a save behind a check for one 2xx code now runs after any 2xx answer. */
  widened: boolean;
}

type Node =
  | { kind: 'save'; s: Statement; capture: Capture; bindingsUsed: string[]; widened: boolean; accepted: boolean }
  | { kind: 'bind'; s: Statement; name: string; ref: ResponseRef; nameToken: number; uses: string[] }
  | { kind: 'guard'; s: Statement; present: boolean; children: Node[]; closed: boolean; marked: boolean }
  | { kind: 'keep'; s: Statement };

/** Names assigned after their declaration, or declared twice: not safe to read as bound to the answer. */
function unstableNames(tokens: readonly Token[]): Set<string> {
  const declared = new Map<string, number>();
  const unstable = new Set<string>();
  tokens.forEach((t, k) => {
    if (t.type !== 'ident') return;
    const before = tokens[k - 1];
    const after = tokens[k + 1];
    if (before?.type === 'ident' && ['var', 'let', 'const'].includes(before.value)) {
      declared.set(t.value, (declared.get(t.value) ?? 0) + 1);
      if ((declared.get(t.value) ?? 0) > 1) unstable.add(t.value);
      return;
    }
    if (before?.type === 'punct' && (before.value === '.' || before.value === '?.')) return;
    const assigns = after?.type === 'punct' && /^(=|\+=|-=|\*=|\/=|%=|\+\+|--|&&=|\|\|=|\?\?=)$/.test(after.value);
    const prefixed = before?.type === 'punct' && (before.value === '++' || before.value === '--');
    if (assigns || prefixed) unstable.add(t.value);
  });
  return unstable;
}

/**
 * Reads `text` (one event's script) into captures and the text not run. `allowCaptures` false keeps
 * the whole script (a pre-request script, or a token request a connection now handles).
 */
export function analyzeScript(text: string, allowCaptures = true): ScriptAnalysis {
  const tidy = tidyScript(text);
  if (!allowCaptures || tidy === '') return { captures: [], notRun: tidy === '' ? undefined : tidy, refused: [], widened: false };
  const { tokens, comments } = tokenize(text);
  const unstable = unstableNames(tokens);
  const refused: string[] = [];

  const build = (statements: readonly Statement[], scope: Map<string, ResponseRef>, within: number | undefined): Node[] =>
    statements.map((s): Node => {
      if (s.kind === 'other') {
        const binding = bindingOf(tokens, s.from, s.to, scope);
        if (binding && !unstable.has(binding.name)) {
          scope.set(binding.name, binding.ref);
          return { kind: 'bind', s, ...binding, uses: referencedNames(tokens, s.from + 3, s.to).filter((n) => scope.has(n)) };
        }
        const save = saveOf(tokens, s.from, s.to, scope);
        if (save && 'ref' in save) {
          const capture = captureOf(save, true);
          if ('refused' in capture) {
            refused.push(capture.refused);
            return { kind: 'keep', s };
          }
          const bindingsUsed = referencedNames(tokens, s.from, s.to).filter((n) => scope.has(n));
          return { kind: 'save', s, capture, bindingsUsed, widened: within !== undefined, accepted: true };
        }
        return { kind: 'keep', s };
      }
      if (s.kind === 'if' && !s.otherwise) {
        const guard = guardOf(tokens, s.test[0], s.test[1], scope);
        if (guard) {
          const body = s.then.kind === 'block' ? s.then.body : [s.then];
          const code = guard.kind === 'success' ? guard.code : within;
          const closed = s.then.kind !== 'block' || s.then.closed;
          const marked = comments.some((c) => c.start >= s.start && c.end <= s.end && c.text.trimStart().startsWith(disabledCaptureMarker));
          return { kind: 'guard', s, present: guard.kind === 'present', children: build(body, new Map(scope), code), closed, marked };
        }
      }
      return { kind: 'keep', s };
    });

  const nodes = build(parseStatements(tokens), new Map(), undefined);
  const all: Node[] = [];
  const walk = (list: Node[]) => list.forEach((n) => (all.push(n), n.kind === 'guard' && walk(n.children)));
  walk(nodes);

  let cutNames = new Set<string>();
  const isCut = (n: Node): boolean => {
    switch (n.kind) {
      case 'save':
        return n.accepted;
      case 'bind':
        return cutNames.has(n.name);
      case 'guard':
        // Cut only a whole, closed check that held captures (or captures turned off): nothing else goes.
        return n.closed && (n.children.length > 0 || n.marked) && n.children.every(isCut);
      case 'keep':
        return false;
    }
  };
  const cutTokenRanges = (list: Node[], out: [number, number][]): [number, number][] => {
    for (const n of list) {
      if (isCut(n)) out.push([n.s.from, n.s.to]);
      else if (n.kind === 'guard') cutTokenRanges(n.children, out);
    }
    return out;
  };

  // Cut what captures need and nothing still read by the kept text; repeat until it settles.
  for (let round = 0; round < 50; round++) {
    const used = new Set<string>();
    const add = (name: string) => {
      if (used.has(name)) return;
      used.add(name);
      all.forEach((n) => n.kind === 'bind' && n.name === name && n.uses.forEach(add));
    };
    all.forEach((n) => n.kind === 'save' && n.accepted && n.bindingsUsed.forEach(add));
    cutNames = used;
    const ranges = cutTokenRanges(nodes, []);
    const declarationNames = new Set(all.flatMap((n) => (n.kind === 'bind' ? [n.nameToken] : [])));
    const kept = new Set<string>();
    let k = 0;
    for (const [from, to] of [...ranges.sort((a, b) => a[0] - b[0]), [tokens.length, tokens.length] as [number, number]]) {
      for (; k < from; k++) if (!declarationNames.has(k)) referencedNames(tokens, k, k + 1).forEach((n) => kept.add(n));
      k = Math.max(k, to);
    }
    const nextCut = new Set([...used].filter((n) => !kept.has(n)));
    let changed = nextCut.size !== cutNames.size;
    cutNames = nextCut;
    // A "when it is there" check is read as a capture only when everything inside it is one.
    for (const n of all) {
      if (n.kind === 'guard' && n.present && !n.children.every(isCut)) {
        const reject = (list: Node[]) => list.forEach((c) => (c.kind === 'save' && c.accepted ? ((c.accepted = false), (changed = true)) : c.kind === 'guard' && reject(c.children)));
        reject(n.children);
      }
    }
    if (!changed) break;
  }

  const accepted = all.flatMap((n) => (n.kind === 'save' && n.accepted ? [{ at: n.s.start, capture: n.capture, widened: n.widened }] : []));
  const sourceCuts: [number, number][] = cutTokenRanges(nodes, []).map(([from, to]) => [tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? 0]);
  for (const comment of comments) {
    if (!comment.line || !comment.text.trimStart().startsWith(disabledCaptureMarker)) continue;
    const inner = analyzeScript(comment.text.trimStart().slice(disabledCaptureMarker.length));
    const only = inner.captures[0];
    if (inner.captures.length !== 1 || inner.notRun !== undefined || !only) continue;
    if (!sourceCuts.some(([s, e]) => comment.start >= s && comment.end <= e)) sourceCuts.push([comment.start, comment.end]);
    accepted.push({ at: comment.start, capture: { ...only, enabled: false }, widened: false });
  }
  accepted.sort((a, b) => a.at - b.at);
  const rest = tidyScript(cutRanges(text, sourceCuts));
  return { captures: accepted.map((a) => a.capture), notRun: rest === '' ? undefined : rest, refused, widened: accepted.some((a) => a.widened) };
}
