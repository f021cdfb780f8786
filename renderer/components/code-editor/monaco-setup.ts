/**
 * Monaco, bundled with the app: the editor core, JSON (with schema validation) and HTML/XML
 * colouring only. Workers are built by Vite into the app's own assets, so nothing ever loads from a
 * CDN (the @monaco-editor/react loader would otherwise fetch from jsDelivr).
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api';
// Every editor feature (folding, find, suggestions, code lens …) registers its services here, before the
// first editor starts Monaco's services. Left to the JSON mode's lazy load, they registered too late:
// the first editor lacked them and every later one threw "depends on UNKNOWN service" five times.
import 'monaco-editor/features/register.all';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import JsonWorker from 'monaco-editor/languages/features/json/json.worker?worker';
import 'monaco-editor/languages/definitions/html/register';
import 'monaco-editor/languages/definitions/xml/register';

self.MonacoEnvironment = {
  getWorker: (_workerId: string, label: string) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
};
loader.config({ monaco });

const schemas = new Map<string, { uri: string; fileMatch: string[]; schema: unknown }>();

function applySchemas(): void {
  jsonDefaults.setDiagnosticsOptions({
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemas: [...schemas.values()],
  });
}

/** Attaches a JSON schema to the model at `modelPath` (or detaches it when `schema` is undefined). */
export function attachJsonSchema(modelPath: string, schema: unknown): void {
  if (schema === undefined) schemas.delete(modelPath);
  else schemas.set(modelPath, { uri: `shoreline://schemas/${encodeURIComponent(modelPath)}`, fileMatch: [modelPath], schema });
  applySchemas();
}

export { monaco };
