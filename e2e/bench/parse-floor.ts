/**
 * The parse floor of a spec file: what Node alone needs to read it and parse it (`JSON.parse`, or
 * js-yaml with the schema Shoreline uses), measured in the same run as the app so a loaded machine
 * slows both alike. Import targets are set as a multiple of it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { median } from './stats';

interface JsYaml {
  CORE_SCHEMA: { extend(types: { implicit: unknown[] }): unknown };
  types: { merge: unknown };
  load(text: string, options: { schema: unknown; json: boolean }): unknown;
}

const jsyaml = createRequire(import.meta.url)('js-yaml') as JsYaml;
const schema = jsyaml.CORE_SCHEMA.extend({ implicit: [jsyaml.types.merge] });

/** Median milliseconds of `runs` reads + parses of `file` (after one untimed warm-up). */
export function parseFloorMs(file: string, runs = 3): number {
  const once = () => {
    const start = performance.now();
    const text = readFileSync(file, 'utf8');
    if (/\.ya?ml$/i.test(file)) jsyaml.load(text, { schema, json: true });
    else JSON.parse(text);
    return performance.now() - start;
  };
  once();
  return median(Array.from({ length: runs }, once));
}

/** The import target for a file whose floor is `floorMs`: four times the floor plus 250 ms (issue #16). */
export function importTargetMs(floorMs: number): number {
  return 4 * floorMs + 250;
}
