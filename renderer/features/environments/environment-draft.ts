/**
 * The environment form's working copy: variables as ordered rows (baseUrl first), checks that
 * mirror the contract's, and the minimal `environments.update` input.
 */
import type { Environment } from '../../../shared/contract/environments';
import type { InputOf } from '../../../shared/contract/index';
import { isValidVariableName } from '../../../shared/model/variables';

/** One row of the variables table; `key` is a stable React key, not the variable's name. */
export interface VariableRow {
  key: string;
  name: string;
  value: string;
}

/** What the form edits. */
export interface EnvironmentDraft {
  name: string;
  rows: VariableRow[];
  /** `''` for no connection. */
  connectionId: string;
  readOnly: boolean;
}

let nextKey = 0;
/** A fresh row key. */
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

/** The draft for `environment`, with a `baseUrl` row first even if it had none. */
export function draftFromEnvironment(environment: Environment): EnvironmentDraft {
  const { baseUrl = '', ...others } = environment.variables;
  return {
    name: environment.name,
    rows: [{ key: rowKey(), name: 'baseUrl', value: baseUrl }, ...Object.entries(others).map(([name, value]) => ({ key: rowKey(), name, value }))],
    connectionId: environment.connectionId ?? '',
    readOnly: environment.readOnly,
  };
}

/** The variables the rows describe; fully blank rows are ignored. */
export function rowsToVariables(rows: readonly VariableRow[]): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const row of rows) {
    const name = row.name.trim();
    if (name === '' && row.value === '') continue;
    variables[name] = row.value;
  }
  return variables;
}

/** What is wrong with a draft: a message for the name and one per row key. Empty objects when it can be saved. */
export interface EnvironmentProblems {
  name?: string;
  rows: Record<string, string>;
}

/** Checks the draft the way the host will (names, duplicates, at most 200 variables), plus a sane base URL. */
export function validateEnvironment(draft: EnvironmentDraft): EnvironmentProblems {
  const problems: EnvironmentProblems = { rows: {} };
  if (draft.name.trim() === '') problems.name = 'Give the environment a name.';
  const seen = new Set<string>();
  for (const row of draft.rows) {
    const name = row.name.trim();
    if (name === '' && row.value === '') continue;
    if (name === '') problems.rows[row.key] = 'Give this variable a name.';
    else if (!isValidVariableName(name)) problems.rows[row.key] = 'Start with a letter or _, then use only letters, digits, _, . or -.';
    else if (seen.has(name)) problems.rows[row.key] = `“${name}” is already defined above.`;
    else if (row.value.length > 8000) problems.rows[row.key] = 'A value holds at most 8,000 characters.';
    else if (name === 'baseUrl' && row.value.trim() !== '' && !/^https?:\/\//i.test(row.value.trim()) && !row.value.includes('{{')) {
      problems.rows[row.key] = 'Start the base URL with https://';
    }
    seen.add(name);
  }
  if (seen.size > 200) problems.name ??= 'An environment holds at most 200 variables.';
  return problems;
}

/** True when the draft has no problems. */
export function isValid(problems: EnvironmentProblems): boolean {
  return problems.name === undefined && Object.keys(problems.rows).length === 0;
}

function sameVariables(a: Record<string, string>, b: Record<string, string>): boolean {
  const ak = Object.keys(a);
  return ak.length === Object.keys(b).length && ak.every((k) => Object.hasOwn(b, k) && a[k] === b[k]);
}

/** The input of `environments.update`: only what changed. */
export function toEnvironmentUpdate(draft: EnvironmentDraft, saved: Environment): InputOf<'environments.update'> {
  const input: InputOf<'environments.update'> = { id: saved.id };
  if (draft.name.trim() !== saved.name) input.name = draft.name.trim();
  const variables = rowsToVariables(draft.rows);
  if (!sameVariables(variables, saved.variables)) input.variables = variables;
  if (draft.connectionId !== (saved.connectionId ?? '')) input.connectionId = draft.connectionId || null;
  if (draft.readOnly !== saved.readOnly) input.readOnly = draft.readOnly;
  return input;
}

/** True when saving would change something. */
export function isEnvironmentDirty(draft: EnvironmentDraft, saved: Environment): boolean {
  return Object.keys(toEnvironmentUpdate(draft, saved)).length > 1;
}
