/**
 * Turns what strict validation (swagger-parser and its Ajv) reports into findings a user can read,
 * each with its JSON path. Ajv's `if/then/else` echoes are dropped when a real cause sits at the
 * same place.
 */
import { finding } from './finding-location';
import type { SpecFinding } from './types';

/** One Ajv error, as swagger-parser attaches them to `error.details`. */
export interface AjvErrorLike {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** What the validating side reports when validation throws. */
export interface ValidationFailure {
  name?: string;
  message: string;
  details?: AjvErrorLike[];
}

/** The most findings kept from one validation run; the rest are counted. */
export const maxValidationFindings = 500;

const echoKeywords = new Set(['if', 'then', 'else', 'oneOf', 'anyOf', 'allOf', 'not']);

function words(e: AjvErrorLike): string {
  const p = e.params ?? {};
  switch (e.keyword) {
    case 'required':
      return `"${String(p.missingProperty)}" is missing here; the OpenAPI standard requires it.`;
    case 'additionalProperties':
      return `"${String(p.additionalProperty)}" is not allowed here.`;
    case 'type':
      return `This should be of type ${String(p.type)}.`;
    case 'enum':
      return `This should be one of: ${Array.isArray(p.allowedValues) ? p.allowedValues.map(String).join(', ') : 'the allowed values'}.`;
    default: {
      const text = (e.message ?? 'does not follow the OpenAPI standard').trim();
      return `This ${text}.`.replace(/\.\.$/, '.');
    }
  }
}

function fromAjv(details: AjvErrorLike[]): SpecFinding[] {
  const byPath = new Map<string, AjvErrorLike[]>();
  for (const e of details) {
    const path = e.instancePath ?? '';
    const list = byPath.get(path) ?? [];
    list.push(e);
    byPath.set(path, list);
  }
  const out: SpecFinding[] = [];
  for (const [path, errors] of byPath) {
    const causes = errors.some((e) => !echoKeywords.has(e.keyword ?? '')) ? errors.filter((e) => !echoKeywords.has(e.keyword ?? '')) : errors.slice(0, 1);
    const messages = [...new Set(causes.map(words))];
    for (const message of messages) out.push(finding('warning', 'validation', message, `#${path}`));
  }
  return out;
}

/**
 * The findings of one validation run. `failure` is undefined when the spec passed. Ref errors are
 * left out when the import already reported the refs that go nowhere (`danglingKnown`).
 */
export function validationFindings(failure: ValidationFailure | undefined, danglingKnown = false): SpecFinding[] {
  if (!failure) return [];
  let out: SpecFinding[];
  if (Array.isArray(failure.details) && failure.details.length > 0) out = fromAjv(failure.details);
  else if (danglingKnown && /\$ref|pointer/i.test(failure.message)) out = [];
  else {
    const text = failure.message.replace(/\s+/g, ' ').trim().slice(0, 300);
    out = [finding('warning', 'validation', `Strict validation stopped early: ${text}`, '#')];
  }
  if (out.length <= maxValidationFindings) return out;
  const rest = out.length - maxValidationFindings;
  return [...out.slice(0, maxValidationFindings), finding('info', 'validation', `${rest} more validation findings are not listed.`, '#')];
}
