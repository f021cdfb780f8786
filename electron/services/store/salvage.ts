/** Keeping what can be read of a list whose file is partly damaged: each record is checked on its own. */
import type { z } from 'zod';

/** The records of `list` that `schema` accepts, and how many it refused; undefined when `list` is not a list. */
export function readableRecords<T>(list: unknown, schema: z.ZodType<T>): { kept: T[]; lost: number } | undefined {
  if (!Array.isArray(list)) return undefined;
  const kept: T[] = [];
  for (const raw of list) {
    const parsed = schema.safeParse(raw);
    if (parsed.success) kept.push(parsed.data);
  }
  return { kept, lost: list.length - kept.length };
}

/** `n` things in words: `count(1, ['connection', 'connections'])` is "1 connection". */
export function count(n: number, noun: readonly [string, string]): string {
  return `${n} ${noun[n === 1 ? 0 : 1]}`;
}
