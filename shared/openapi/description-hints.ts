/**
 * Reads what parameter descriptions say in prose: "Sorting is supported on the following
 * properties: * id * name", "Servers can be filtered by: - biosFamily". HPE specs put these rules
 * in words, not in schemas, so the helpers read the words.
 */
import { isObject } from './json-pointer';
import type { ParameterInfo } from './types';

/** All the text a parameter offers: description, example and named examples (summaries and values). */
export function parameterTexts(param: Pick<ParameterInfo, 'description' | 'example' | 'examples'>): { description: string; examples: string[] } {
  const examples: string[] = [];
  const add = (v: unknown) => {
    if (typeof v === 'string') examples.push(v);
    else if (Array.isArray(v)) v.forEach(add);
    else if (typeof v === 'number' || typeof v === 'boolean') examples.push(String(v));
    else if (isObject(v)) examples.push(JSON.stringify(v));
  };
  add(param.example);
  for (const e of param.examples ?? []) add(e.value);
  return { description: param.description ?? '', examples };
}

/**
 * The bullet list (`* x`, `- x`) that follows the first line matching `intro`, as plain names.
 * A trailing mark such as `name †` or "and all nested properties" is dropped.
 */
export function bulletsAfter(description: string, intro: RegExp): string[] | undefined {
  const lines = description.split(/\r?\n/);
  const start = lines.findIndex((line) => intro.test(line));
  if (start < 0) return undefined;
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    const m = /^\s*[*-]\s+`?([A-Za-z0-9_./-]+)`?/.exec(line);
    if (m?.[1]) out.push(m[1]);
    else if (line.trim() !== '' || out.length > 0) break;
  }
  return out.length > 0 ? out : undefined;
}

/** Names in backticks after `intro` on the same sentence: "The supported properties are `id`, `uuid` and `mtu`." */
export function backtickListAfter(description: string, intro: RegExp): string[] | undefined {
  const m = intro.exec(description);
  if (!m) return undefined;
  const rest = description.slice(m.index + m[0].length);
  const sentence = rest.split(/\.(\s|$)/)[0] ?? '';
  const names = [...sentence.matchAll(/`([A-Za-z0-9_./-]+)`/g)].map((x) => x[1] as string);
  return names.length > 0 ? names : undefined;
}
