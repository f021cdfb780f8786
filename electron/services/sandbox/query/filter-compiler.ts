/**
 * Binds a parsed filter to a collection's fields and turns it into a predicate: unknown fields,
 * a word where a date belongs, or `gt null` become a 400 here, before any item is looked at.
 */
import { parseDateTime } from './date-time';
import type { CompareOp, FilterNode, Literal, StringFunction } from './filter-ast';
import type { FieldType } from './field-catalogue';
import { valuesAt } from './field-path';
import { resolveField, type FieldRules } from './field-resolver';
import { parseFilter } from './filter-parser';
import { QueryError } from './query-error';

/** Tells whether one item passes the filter. */
export type Predicate = (item: unknown) => boolean;

/** A literal converted to the type of the field it is compared with. */
type Operand = { kind: 'null' } | { kind: 'value'; type: FieldType; value: string | number | boolean };

function reject(literal: Literal, message: string): never {
  throw new QueryError('filter', `Invalid filter at column ${literal.column}: ${message}`, literal.column);
}

function toOperand(literal: Literal, type: FieldType, path: string, allowNull: boolean): Operand {
  if (literal.kind === 'null') {
    if (!allowNull) reject(literal, 'null can only be compared with eq or ne.');
    return { kind: 'null' };
  }
  switch (type) {
    case 'datetime': {
      const instant = literal.kind === 'string' ? parseDateTime(literal.value) : undefined;
      if (instant === undefined) {
        reject(literal, `invalid date format ${literal.raw} for ${path}. Expected an ISO-8601 date-time such as '2023-07-24T04:21:22.00Z'.`);
      }
      return { kind: 'value', type, value: instant };
    }
    case 'number':
      if (literal.kind !== 'number') reject(literal, `${path} holds numbers, so compare it with a number, not ${literal.raw}.`);
      return { kind: 'value', type, value: literal.value };
    case 'boolean':
      if (literal.kind !== 'boolean') reject(literal, `${path} holds true or false, not ${literal.raw}.`);
      return { kind: 'value', type, value: literal.value };
    case 'string':
      return { kind: 'value', type, value: literal.kind === 'string' ? literal.value : literal.raw };
    default:
      return { kind: 'value', type: 'mixed', value: literal.value };
  }
}

function comparable(candidate: unknown, type: FieldType): string | number | boolean | undefined {
  if (candidate === null || candidate === undefined) return undefined;
  if (type === 'datetime') return typeof candidate === 'string' ? parseDateTime(candidate) : undefined;
  if (type === 'string') return typeof candidate === 'string' ? candidate : String(candidate);
  if (typeof candidate === 'string' || typeof candidate === 'number' || typeof candidate === 'boolean') return candidate;
  return undefined;
}

function order(a: string | number | boolean, b: string | number | boolean): number {
  if (typeof a !== typeof b) {
    const left = String(a);
    const right = String(b);
    return left < right ? -1 : left > right ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

function equalsAny(candidates: unknown[], operand: Operand): boolean {
  if (operand.kind === 'null') return candidates.length === 0 || candidates.some((c) => c === null || c === undefined);
  return candidates.some((candidate) => {
    const value = comparable(candidate, operand.type);
    return value !== undefined && order(value, operand.value) === 0;
  });
}

function compareAny(candidates: unknown[], op: CompareOp, operand: Operand): boolean {
  if (op === 'eq') return equalsAny(candidates, operand);
  if (op === 'ne') return !equalsAny(candidates, operand);
  if (operand.kind === 'null') return false;
  return candidates.some((candidate) => {
    const value = comparable(candidate, operand.type);
    if (value === undefined) return false;
    const sign = order(value, operand.value);
    return op === 'gt' ? sign > 0 : op === 'ge' ? sign >= 0 : op === 'lt' ? sign < 0 : sign <= 0;
  });
}

function stringTest(name: StringFunction, haystack: string, needle: string): boolean {
  const text = haystack.toLowerCase();
  const part = needle.toLowerCase();
  return name === 'contains' ? text.includes(part) : name === 'startswith' ? text.startsWith(part) : text.endsWith(part);
}

function checkFieldType(type: FieldType, path: string, column: number): void {
  if (type === 'object' || type === 'array') {
    throw new QueryError(
      'filter',
      `Invalid filter at column ${column}: ${path} holds ${type === 'object' ? 'an object' : 'a list'}; filter on one of the fields inside it instead.`,
      column,
    );
  }
}

function compile(node: FilterNode, rules: FieldRules): Predicate {
  switch (node.kind) {
    case 'and': {
      const left = compile(node.left, rules);
      const right = compile(node.right, rules);
      return (item) => left(item) && right(item);
    }
    case 'or': {
      const left = compile(node.left, rules);
      const right = compile(node.right, rules);
      return (item) => left(item) || right(item);
    }
    case 'not': {
      const operand = compile(node.operand, rules);
      return (item) => !operand(item);
    }
    case 'compare': {
      const { segments, info } = resolveField(node.field.path, 'filter', rules, node.field.column);
      checkFieldType(info.type, node.field.path, node.field.column);
      if (info.type === 'boolean' && node.op !== 'eq' && node.op !== 'ne') {
        reject(node.value, `${node.op} does not apply to ${node.field.path}, which holds true or false; use eq or ne.`);
      }
      const operand = toOperand(node.value, info.type, node.field.path, node.op === 'eq' || node.op === 'ne');
      return (item) => compareAny(valuesAt(item, segments), node.op, operand);
    }
    case 'in': {
      const { segments, info } = resolveField(node.field.path, 'filter', rules, node.field.column);
      checkFieldType(info.type, node.field.path, node.field.column);
      const operands = node.values.map((value) => toOperand(value, info.type, node.field.path, true));
      return (item) => {
        const candidates = valuesAt(item, segments);
        return operands.some((operand) => equalsAny(candidates, operand));
      };
    }
    case 'function': {
      const { segments, info } = resolveField(node.field.path, 'filter', rules, node.field.column);
      if (info.type !== 'string' && info.type !== 'mixed') {
        reject(node.value, `${node.name}() needs a text field, and ${node.field.path} does not hold text.`);
      }
      if (node.value.kind === 'null') reject(node.value, `${node.name}() needs a text value, not null.`);
      const needle = node.value.kind === 'string' ? node.value.value : node.value.raw;
      return (item) => valuesAt(item, segments).some((value) => typeof value === 'string' && stringTest(node.name, value, needle));
    }
  }
}

/**
 * Compiles a `filter` value against an endpoint's fields. String comparisons with eq/gt/… are
 * exact; contains/startswith/endswith ignore case; date-time fields compare as instants.
 */
export function compileFilter(text: string, rules: FieldRules): Predicate {
  return compile(parseFilter(text), rules);
}
