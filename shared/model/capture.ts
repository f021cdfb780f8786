/**
 * Captures: after a 2xx answer, save a value from it into a variable — the declarative form of
 * Postman's `pm.collectionVariables.set("X", pm.response.json().items[0].id)`. This file reads the
 * value; the collections service writes it into the collection, the environment or the globals.
 */
import type { Capture } from './request';

/** The part of an answer a capture reads. */
export interface CaptureAnswer {
  status: number;
  headers: readonly { name: string; value: string }[];
  /** The parsed JSON body, or undefined when the body is not JSON. */
  json: unknown;
}

/** What one capture did. */
export interface CaptureOutcome {
  variable: string;
  scope: Capture['scope'];
  /** The value saved, when one was found. */
  value?: string;
  /** Why nothing was saved, in words. */
  problem?: string;
}

/**
 * The steps of a body path: `items[0].id`, `$.items[0]["odd-name"]`, `data.count`. Undefined when the
 * path cannot be read.
 */
export function pathSteps(path: string): (string | number)[] | undefined {
  const text = path.trim().replace(/^\$/, '').replace(/^\./, '');
  const steps: (string | number)[] = [];
  const step = /^(?:\.?([A-Za-z_$][\w$-]*)|\[(\d+)\]|\[\s*(["'])((?:(?!\3).)*)\3\s*\])/;
  let rest = text;
  while (rest !== '') {
    const match = step.exec(rest);
    if (!match) return undefined;
    if (match[1] !== undefined) steps.push(match[1]);
    else if (match[2] !== undefined) steps.push(Number(match[2]));
    else steps.push(match[4] ?? '');
    rest = rest.slice(match[0].length);
  }
  return steps;
}

/** The value at `steps` in `data`, or undefined. */
function valueAt(data: unknown, steps: readonly (string | number)[]): unknown {
  let current = data;
  for (const s of steps) {
    if (current === null || typeof current !== 'object') return undefined;
    if (typeof s === 'number') {
      if (!Array.isArray(current)) return undefined;
      current = current[s];
    } else {
      if (!Object.hasOwn(current, s)) return undefined;
      current = (current as Record<string, unknown>)[s];
    }
  }
  return current;
}

/** A value as a variable holds it: text as is, anything else as JSON. */
function asText(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Reads one capture from an answer (call it only after a 2xx: captures run then). */
export function readCapture(capture: Capture, answer: CaptureAnswer): CaptureOutcome {
  const out = { variable: capture.variable, scope: capture.scope };
  if (capture.source === 'status') return { ...out, value: String(answer.status) };
  if (capture.source === 'header') {
    const found = answer.headers.find((h) => h.name.toLowerCase() === capture.path.trim().toLowerCase());
    return found ? { ...out, value: found.value } : { ...out, problem: `The answer has no ${capture.path} header.` };
  }
  if (answer.json === undefined) return { ...out, problem: 'The answer is not JSON, so there is nothing to read from it.' };
  const steps = pathSteps(capture.path);
  if (!steps) return { ...out, problem: `“${capture.path}” is not a path Shoreline can read (write it like items[0].id).` };
  const value = valueAt(answer.json, steps);
  return value === undefined ? { ...out, problem: `The answer has nothing at ${capture.path}.` } : { ...out, value: asText(value) };
}
