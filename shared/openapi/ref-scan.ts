/**
 * Finds every JSON Reference in a spec that does not resolve inside the file: refs to nothing
 * (dangling) and refs to other files (external, never fetched). Example values, defaults, enums and
 * `x-` extensions are data, not references, so a `$ref` there (SCIM examples have them) is ignored.
 */
import { escapePointerToken, isLocalRef, isObject, resolvePointer } from './json-pointer';
import type { SpecFormat } from './types';

/** A reference found at `at` (a `#/…` pointer to the object holding the `$ref`). */
export interface FoundRef {
  ref: string;
  at: string;
}

/** What {@link scanRefs} found. */
export interface RefScan {
  /** In-file refs whose target does not exist. */
  dangling: FoundRef[];
  /** Refs to other files or URLs. */
  external: FoundRef[];
  /** The distinct files the external refs point to. */
  externalFiles: string[];
}

/** Keys whose value is a map from names to things (so a child called `example` is a name, not a keyword). */
const namedMaps = new Set([
  'properties',
  'patternProperties',
  'definitions',
  '$defs',
  'dependentSchemas',
  'schemas',
  'parameters',
  'responses',
  'requestBodies',
  'headers',
  'securitySchemes',
  'securityDefinitions',
  'links',
  'callbacks',
  'pathItems',
  'paths',
  'webhooks',
  'content',
  'encoding',
  'variables',
]);

/** Keys whose value is data, never a reference. */
const dataKeys = new Set(['example', 'default', 'enum', 'const']);

type Mode = 'node' | 'names' | 'exampleNames' | 'example';

interface Frame {
  node: unknown;
  mode: Mode;
  key: string;
  parent: Frame | undefined;
}

/** The pointer of a frame, built only when a ref is found (most nodes never need one). */
function pathOf(frame: Frame): string {
  const keys: string[] = [];
  for (let f: Frame | undefined = frame; f?.parent; f = f.parent) keys.push(escapePointerToken(f.key));
  return keys.length === 0 ? '#' : `#/${keys.reverse().join('/')}`;
}

/** A scan that can run in slices, so a big spec never holds a thread for long. */
export interface RefScanner {
  /** Visits up to `limit` objects; true when the whole document has been visited. */
  step(limit: number): boolean;
  /** What was found (complete once {@link step} returned true). */
  result(): RefScan;
}

/** Starts a scan of `doc`. It walks without recursion, so a deeply nested file cannot overflow the stack. */
export function createRefScanner(doc: unknown, format: SpecFormat): RefScanner {
  const dangling: FoundRef[] = [];
  const external: FoundRef[] = [];
  const stack: Frame[] = [{ node: doc, mode: 'node', key: '', parent: undefined }];
  // A big spec points at the same few hundred components tens of thousands of times: resolve each once.
  const resolved = new Map<string, boolean>();
  const resolves = (ref: string): boolean => {
    let known = resolved.get(ref);
    if (known === undefined) resolved.set(ref, (known = resolvePointer(doc, ref) !== undefined));
    return known;
  };
  function visit(frame: Frame): void {
    const { node, mode } = frame;
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const item: unknown = node[i];
        if (typeof item === 'object' && item !== null) stack.push({ node: item, mode: 'node', key: String(i), parent: frame });
      }
      return;
    }
    if (!isObject(node)) return;
    if (mode === 'node' && typeof node.$ref === 'string') {
      const ref = node.$ref;
      if (!isLocalRef(ref)) external.push({ ref, at: pathOf(frame) });
      else if (!resolves(ref)) dangling.push({ ref, at: pathOf(frame) });
    }
    for (const key in node) {
      const child = node[key];
      if (typeof child !== 'object' || child === null) continue;
      if (mode === 'names') stack.push({ node: child, mode: 'node', key, parent: frame });
      else if (mode === 'exampleNames') stack.push({ node: child, mode: 'example', key, parent: frame });
      else if (mode === 'example') {
        if (key !== 'value') stack.push({ node: child, mode: 'node', key, parent: frame });
      } else if (key.startsWith('x-') || dataKeys.has(key)) {
        continue;
      } else if (key === 'examples') {
        // OpenAPI 3 maps names to Example objects; schema `examples` (an array) and Swagger 2.0 response examples are data.
        if (!Array.isArray(child) && format !== 'swagger-2.0') stack.push({ node: child, mode: 'exampleNames', key, parent: frame });
      } else {
        stack.push({ node: child, mode: namedMaps.has(key) && !Array.isArray(child) ? 'names' : 'node', key, parent: frame });
      }
    }
  }
  return {
    step(limit) {
      for (let n = 0; n < limit && stack.length > 0; n++) visit(stack.pop() as Frame);
      return stack.length === 0;
    },
    result() {
      const externalFiles = [...new Set(external.map((r) => r.ref.split('#')[0] ?? r.ref))];
      return { dangling: [...dangling].reverse(), external: [...external].reverse(), externalFiles };
    },
  };
}

/** Scans the whole of `doc` at once. */
export function scanRefs(doc: unknown, format: SpecFormat): RefScan {
  const scanner = createRefScanner(doc, format);
  while (!scanner.step(100_000));
  return scanner.result();
}
