/**
 * Finds the parser packages by absolute path, for the parse worker (an `eval` worker resolves
 * bare names from the process's working directory, which is wrong inside a packaged app).
 * js-yaml is the one swagger-parser itself ships with (through json-schema-ref-parser): it reads
 * the 3.3 MB DSCC YAML about eight times faster than `yaml`, which stays as the fallback.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Absolute paths of the modules the parse worker loads. */
export interface ParserModules {
  swaggerParser: string;
  yaml: string;
  /** Absent when it cannot be found; the worker then uses `yaml` (slower, with `maxAliasCount`). */
  jsYaml?: string;
}

let cached: ParserModules | undefined;

/** Resolves the parser modules once, relative to this code (source file or bundle). */
export function resolveParserModules(): ParserModules {
  if (cached) return cached;
  const here = typeof import.meta.url === 'string' ? import.meta.url : pathToFileURL(join(process.cwd(), 'index.js')).href;
  const require = createRequire(here);
  const swaggerParser = require.resolve('@apidevtools/swagger-parser');
  const yaml = require.resolve('yaml');
  let jsYaml: string | undefined;
  try {
    const refParser = createRequire(swaggerParser).resolve('@apidevtools/json-schema-ref-parser/package.json');
    jsYaml = createRequire(refParser).resolve('js-yaml');
  } catch {
    jsYaml = undefined;
  }
  cached = jsYaml ? { swaggerParser, yaml, jsYaml } : { swaggerParser, yaml };
  return cached;
}
