/** The shape a parsed `filter` takes: a small tree of comparisons joined by and/or/not. */

/** A value written in a filter, with where it stood so errors can point at it. */
export type Literal = (
  | { kind: 'string'; value: string; quoted: boolean }
  | { kind: 'number'; value: number }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' }
) & { raw: string; column: number };

/** A field named in a filter, as written (`state/connected`, `user.username`). */
export interface FieldRef {
  path: string;
  column: number;
}

/** The comparison operators of the OData subset GreenLake documents. */
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** The string functions a filter may call: `contains(field,'x')` and its two siblings. */
export type StringFunction = 'contains' | 'startswith' | 'endswith';

/** One node of a parsed filter. */
export type FilterNode =
  | { kind: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { kind: 'not'; operand: FilterNode }
  | { kind: 'compare'; op: CompareOp; field: FieldRef; value: Literal }
  | { kind: 'in'; field: FieldRef; values: Literal[] }
  | { kind: 'function'; name: StringFunction; field: FieldRef; value: Literal };
