/** Reads the base URLs a spec declares (OpenAPI `servers`, Swagger `schemes` + `host` + `basePath`). */
import { isObject, str } from './json-pointer';
import type { SpecFormat, SpecServer } from './types';

function variablesOf(raw: unknown): SpecServer['variables'] | undefined {
  if (!isObject(raw)) return undefined;
  const out: NonNullable<SpecServer['variables']> = {};
  for (const [name, v] of Object.entries(raw)) {
    if (!isObject(v)) continue;
    const values = Array.isArray(v.enum) ? v.enum.map(String) : undefined;
    const description = str(v.description);
    out[name] = {
      default: v.default === undefined ? (values?.[0] ?? '') : String(v.default),
      ...(values ? { enum: values } : {}),
      ...(description ? { description } : {}),
    };
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

/** One OpenAPI 3 Server object, with `{variables}` replaced by their defaults. */
export function serverFromObject(raw: unknown): SpecServer | undefined {
  if (!isObject(raw)) return undefined;
  const template = str(raw.url);
  if (template === undefined) return undefined;
  const variables = variablesOf(raw.variables);
  const url = template.replace(/\{([^}]+)\}/g, (whole, name: string) => variables?.[name]?.default ?? whole);
  const description = str(raw.description);
  return {
    url: url.replace(/\/+$/, ''),
    ...(description ? { description } : {}),
    ...(variables ? { template, variables } : {}),
  };
}

/** The servers of an OpenAPI 3 `servers` array. */
export function serversFromList(raw: unknown): SpecServer[] {
  if (!Array.isArray(raw)) return [];
  return raw.map(serverFromObject).filter((s): s is SpecServer => s !== undefined);
}

/** The servers a whole spec declares, in order. */
export function specServers(doc: unknown, format: SpecFormat): SpecServer[] {
  if (!isObject(doc)) return [];
  if (format !== 'swagger-2.0') return serversFromList(doc.servers);
  const host = str(doc.host);
  const basePath = (str(doc.basePath) ?? '').replace(/\/+$/, '');
  if (!host) return basePath ? [{ url: basePath }] : [];
  const schemes = Array.isArray(doc.schemes) && doc.schemes.length > 0 ? doc.schemes.map(String) : ['https'];
  return schemes.map((scheme) => ({ url: `${scheme}://${host}${basePath}` }));
}
