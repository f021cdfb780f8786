/**
 * Captures written back as a Postman test script that does the same: after a 2xx answer, save each
 * value into its variable. A capture that is turned off is written as a marked comment, which the
 * import reads back as a capture turned off.
 */
import type { Capture } from '../model/request';
import { parseCapturePath } from './capture-path';
import { disabledCaptureMarker } from './script/analyze-script';

const setters: Record<Capture['scope'], string> = {
  collection: 'pm.collectionVariables.set',
  environment: 'pm.environment.set',
  global: 'pm.globals.set',
};

/** The JavaScript expression reading what a capture reads. */
function valueExpression(capture: Capture): string {
  switch (capture.source) {
    case 'status':
      return 'pm.response.code';
    case 'header':
      return `pm.response.headers.get(${JSON.stringify(capture.path)})`;
    case 'body': {
      const segments = parseCapturePath(capture.path) ?? [capture.path];
      return `pm.response.json()${segments.map((s) => (typeof s === 'number' ? `[${s}]` : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(s) && s !== 'length' ? `.${s}` : `[${JSON.stringify(s)}]`)).join('')}`;
    }
  }
}

/** The statement saving one capture. */
export function captureStatement(capture: Capture): string {
  return `${setters[capture.scope]}(${JSON.stringify(capture.variable)}, ${valueExpression(capture)});`;
}

/** The test script lines for `captures`, or none when there are none. */
export function captureScriptLines(captures: readonly Capture[]): string[] {
  if (captures.length === 0) return [];
  return [
    'if (pm.response.code >= 200 && pm.response.code < 300) {',
    '    // Shoreline captures: after a 2xx answer, save these values from it into variables.',
    ...captures.map((c) => `    ${c.enabled ? '' : `// ${disabledCaptureMarker} `}${captureStatement(c)}`),
    '}',
  ];
}
