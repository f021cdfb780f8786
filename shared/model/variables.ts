/**
 * `{{name}}` interpolation of environment variables into URLs, headers and bodies. Values are
 * inserted as written and never re-expanded, so a value containing `{{…}}` cannot loop or surprise.
 */

/** What a variable name may look like: a letter or `_`, then letters, digits, `_`, `.` or `-`. */
export const variableNamePattern = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** Longest variable name accepted. */
export const maxVariableNameLength = 100;

const reference = /\{\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}\}/g;

/** The result of interpolating a template. */
export interface Interpolation {
  /** The text with every known `{{name}}` replaced; unknown ones are left as written. */
  text: string;
  /** Names referenced but not defined, each once, in order of first appearance. */
  unknown: string[];
}

/** True when `name` can be used as a variable name. */
export function isValidVariableName(name: string): boolean {
  return name.length <= maxVariableNameLength && variableNamePattern.test(name);
}

/** Every variable name `template` refers to, each once, in order of first appearance. */
export function variableNames(template: string): string[] {
  return [...new Set([...template.matchAll(reference)].map((m) => m[1] ?? ''))];
}

/** Replaces `{{name}}` (spaces inside the braces allowed) with `variables[name]`, reporting unknown names. */
export function interpolate(template: string, variables: Readonly<Record<string, string>>): Interpolation {
  const unknown: string[] = [];
  const text = template.replace(reference, (whole, name: string) => {
    if (Object.hasOwn(variables, name)) return variables[name] ?? '';
    if (!unknown.includes(name)) unknown.push(name);
    return whole;
  });
  return { text, unknown };
}
