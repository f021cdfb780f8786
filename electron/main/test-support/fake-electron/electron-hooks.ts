/** Module hooks that make `electron` resolve to the fake, for `import` (these hooks) and `require` (register.ts). */

let electronUrl = '';

/** Receives the fake module's URL from `register()`. */
export function initialize(data: { electronUrl: string }): void {
  electronUrl = data.electronUrl;
}

type Resolve = (specifier: string, context: unknown) => Promise<{ url: string; shortCircuit?: boolean }>;

/** `electron` and `electron/main` are the fake; everything else resolves as usual. */
export async function resolve(specifier: string, context: unknown, nextResolve: Resolve) {
  if (specifier === 'electron' || specifier === 'electron/main') return { url: electronUrl, shortCircuit: true };
  return nextResolve(specifier, context);
}
