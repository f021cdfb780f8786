/**
 * What changed in one operation between two versions of a spec, as data and in words: parameters
 * added, removed, retyped or made (not) required; the request body added, removed or reshaped; the
 * operation moved to another method or path.
 */
import { z } from 'zod';
import type { OperationSignature, SignatureParam } from './operation-signature';

/** One change of an operation, with the words the review shows. */
export const signatureChangeSchema = z
  .object({
    kind: z.enum(['param-added', 'param-removed', 'param-retyped', 'param-required', 'body-added', 'body-removed', 'body-changed', 'moved']),
    /** The parameter (`query limit`) or body field concerned, when there is one. */
    subject: z.string().max(1500).optional(),
    /** The change in plain words. */
    text: z.string().max(2000),
  })
  .strict();

/** One change of an operation. */
export type SignatureChange = z.infer<typeof signatureChangeSchema>;

const placeWords: Record<SignatureParam['in'], string> = { path: 'Path', query: 'Query', header: 'Header', cookie: 'Cookie' };

/** Parameters are the same when they go in the same place under the same name (headers ignore case). */
function paramId(p: Pick<SignatureParam, 'in' | 'name'>): string {
  return `${p.in} ${p.in === 'header' ? p.name.toLowerCase() : p.name}`;
}

function named(p: SignatureParam): string {
  return `${placeWords[p.in]} parameter “${p.name}”`;
}

function paramChanges(before: readonly SignatureParam[], after: readonly SignatureParam[]): SignatureChange[] {
  const old = new Map(before.map((p) => [paramId(p), p]));
  const now = new Map(after.map((p) => [paramId(p), p]));
  const changes: SignatureChange[] = [];
  for (const [id, p] of now) {
    const was = old.get(id);
    if (!was) {
      changes.push({ kind: 'param-added', subject: id, text: `New ${p.required ? 'required' : 'optional'} ${named(p).charAt(0).toLowerCase()}${named(p).slice(1)} (${p.type}).` });
      continue;
    }
    if (was.type !== p.type) changes.push({ kind: 'param-retyped', subject: id, text: `${named(p)} is now ${p.type} (was ${was.type}).` });
    if (was.required !== p.required) changes.push({ kind: 'param-required', subject: id, text: `${named(p)} is now ${p.required ? 'required' : 'optional'}.` });
  }
  for (const [id, p] of old) if (!now.has(id)) changes.push({ kind: 'param-removed', subject: id, text: `${named(p)} was removed.` });
  return changes;
}

/** Body field words: `size` → “size”, list items shown as `disks[].id`. */
function fieldWords(fields: string[], limit = 6): string {
  const shown = fields.slice(0, limit).map((f) => `“${f}”`);
  const more = fields.length > limit ? ` and ${fields.length - limit} more` : '';
  return `${shown.join(', ')}${more}`;
}

const typeOfField = (t: string) => t.replace(/\*$/, '');

function bodyChanges(before: OperationSignature['body'], after: OperationSignature['body']): SignatureChange[] {
  if (!before && !after) return [];
  if (!before) return [{ kind: 'body-added', text: `The operation now takes a ${after?.required ? 'required ' : ''}request body (${after?.contentTypes.join(', ') || 'no content type'}).` }];
  if (!after) return [{ kind: 'body-removed', text: 'The operation no longer takes a request body.' }];
  const changes: SignatureChange[] = [];
  const added = Object.keys(after.fields).filter((f) => !(f in before.fields));
  const removed = Object.keys(before.fields).filter((f) => !(f in after.fields));
  const kept = Object.keys(after.fields).filter((f) => f in before.fields);
  const retyped = kept.filter((f) => typeOfField(before.fields[f] as string) !== typeOfField(after.fields[f] as string));
  const nowRequired = kept.filter((f) => !(before.fields[f] as string).endsWith('*') && (after.fields[f] as string).endsWith('*'));
  const nowOptional = kept.filter((f) => (before.fields[f] as string).endsWith('*') && !(after.fields[f] as string).endsWith('*'));
  const newRequired = added.filter((f) => (after.fields[f] as string).endsWith('*'));
  const newOptional = added.filter((f) => !(after.fields[f] as string).endsWith('*'));
  const say = (text: string, subject?: string) => changes.push({ kind: 'body-changed', ...(subject !== undefined && { subject }), text });
  if (newRequired.length) say(`Body: new required field${newRequired.length > 1 ? 's' : ''} ${fieldWords(newRequired)}.`, newRequired.join(' '));
  if (newOptional.length) say(`Body: new optional field${newOptional.length > 1 ? 's' : ''} ${fieldWords(newOptional)}.`, newOptional.join(' '));
  if (removed.length) say(`Body: field${removed.length > 1 ? 's' : ''} ${fieldWords(removed)} ${removed.length > 1 ? 'were' : 'was'} removed.`, removed.join(' '));
  for (const f of retyped) say(`Body: field “${f}” is now ${typeOfField(after.fields[f] as string)} (was ${typeOfField(before.fields[f] as string)}).`, f);
  if (nowRequired.length) say(`Body: ${fieldWords(nowRequired)} ${nowRequired.length > 1 ? 'are' : 'is'} now required.`, nowRequired.join(' '));
  if (nowOptional.length) say(`Body: ${fieldWords(nowOptional)} ${nowOptional.length > 1 ? 'are' : 'is'} now optional.`, nowOptional.join(' '));
  if (before.required !== after.required) say(`The request body is now ${after.required ? 'required' : 'optional'}.`);
  const typesBefore = before.contentTypes.join(', ');
  const typesAfter = after.contentTypes.join(', ');
  if (typesBefore !== typesAfter) say(`The body is now sent as ${typesAfter || 'no content type'} (was ${typesBefore || 'no content type'}).`);
  // The fields list a few levels only: a deeper or non-field change (an enum, a pattern) still shows.
  if (changes.length === 0 && before.hash !== after.hash) say('The request body’s schema changed (below the fields listed, or in its rules such as allowed values).');
  return changes;
}

/** Every change from `before` to `after`, in a stable order: the move, then parameters, then the body. Empty when nothing a request depends on changed. */
export function diffSignatures(before: OperationSignature, after: OperationSignature): SignatureChange[] {
  const moved: SignatureChange[] =
    before.method !== after.method || before.path !== after.path
      ? [{ kind: 'moved', text: `The endpoint moved to ${after.method} ${after.path} (was ${before.method} ${before.path}).` }]
      : [];
  return [...moved, ...paramChanges(before.params, after.params), ...bodyChanges(before.body, after.body)];
}
