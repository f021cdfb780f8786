/** Turns a field written in filter, sort or select into a known path, or a 400 that helps fix it. */
import type { FieldCatalogue, FieldInfo } from './field-catalogue';
import { splitPath, type Separator } from './field-path';
import { QueryError } from './query-error';

/** How one endpoint names its fields in a query parameter. */
export interface FieldRules {
  separator: Separator;
  catalogue: FieldCatalogue;
  /** When set, only these fields (or `prefix/*` for a field and all below it) may be named. */
  allowedFields?: readonly string[];
  /** Other names the endpoint accepts for a field (`region` for `serviceOffer/region`). */
  aliases?: Readonly<Record<string, string>>;
}

/** A field the catalogue knows. */
export interface ResolvedField {
  segments: string[];
  info: FieldInfo;
}

function isAllowed(path: string, allowed: readonly string[], separator: Separator): boolean {
  return allowed.some((entry) =>
    entry.endsWith(`${separator}*`) ? path === entry.slice(0, -2) || path.startsWith(entry.slice(0, -1)) : path === entry,
  );
}

function suggestion(path: string, rules: FieldRules): string {
  const other = rules.separator === '.' ? '/' : '.';
  if (path.includes(other)) {
    const fixed = path.split(other).join(rules.separator);
    if (rules.catalogue.lookup(splitPath(fixed, rules.separator))) {
      return ` Nested fields are separated with '${rules.separator}' here: '${fixed}'.`;
    }
  }
  const lower = path.toLowerCase();
  const match = rules.catalogue.paths().find((segments) => segments.join(rules.separator).toLowerCase() === lower);
  return match ? ` Did you mean '${match.join(rules.separator)}'? Field names are case-sensitive.` : '';
}

/** Resolves `path` as written in the `subject` parameter; throws a {@link QueryError} when it cannot. */
export function resolveField(path: string, subject: string, rules: FieldRules, column?: number): ResolvedField {
  const where = column === undefined ? '' : ` at column ${column}`;
  if (rules.allowedFields && !isAllowed(path, rules.allowedFields, rules.separator)) {
    throw new QueryError(
      subject,
      `Unsupported ${subject} parameter '${path}' provided${where}. Supported parameters are ${rules.allowedFields.join(', ')}.`,
      column,
    );
  }
  const target = rules.aliases?.[path] ?? path;
  const segments = splitPath(target, rules.separator);
  const info = rules.catalogue.lookup(segments);
  if (!info) throw new QueryError(subject, `Unknown field '${path}' in ${subject}${where}.${suggestion(path, rules)}`, column);
  return { segments, info };
}
