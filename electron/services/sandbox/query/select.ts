/** The `select` parameter: keep only the named fields of each item, pruning nested objects to match. */
import { splitPath } from './field-path';
import { resolveField, type FieldRules } from './field-resolver';
import { QueryError } from './query-error';

/** What an endpoint allows in `select`. */
export interface SelectRules extends FieldRules {
  /** Fields every selected item keeps anyway (GreenLake audit logs keep `id` and `type`). */
  alwaysInclude?: readonly string[];
}

/** Prunes one item. */
export type Projection = (item: unknown) => unknown;

type Tree = Map<string, Tree | true>;

function addPath(tree: Tree, segments: readonly string[]): void {
  const [head, ...rest] = segments;
  if (head === undefined) return;
  const existing = tree.get(head);
  if (rest.length === 0 || existing === true) {
    tree.set(head, true);
    return;
  }
  const child: Tree = existing ?? new Map();
  tree.set(head, child);
  addPath(child, rest);
}

function prune(value: unknown, tree: Tree): unknown {
  if (Array.isArray(value)) return value.map((element) => prune(element, tree));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(source)) {
    const branch = tree.get(key);
    if (branch === undefined) continue;
    result[key] = branch === true ? source[key] : prune(source[key], branch);
  }
  return result;
}

/** Compiles a comma-separated `select`; throws a {@link QueryError} for an empty or unknown field. */
export function compileSelect(text: string, rules: SelectRules): Projection {
  const tree: Tree = new Map();
  text.split(',').forEach((entry, index) => {
    const field = entry.trim();
    if (field === '') throw new QueryError('select', `Field ${index + 1} of select '${text}' is empty.`);
    addPath(tree, resolveField(field, 'select', rules).segments);
  });
  for (const field of rules.alwaysInclude ?? []) addPath(tree, splitPath(field, rules.separator));
  return (item) => prune(item, tree);
}
