import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tidyScript } from './cut-text';
import { analyzeScript } from './analyze-script';
import { describeScript } from './describe-script';
import { findSaves } from './find-saves';
import { parseStatements } from './statements';
import { tokenize } from './tokens';

const body = (variable: string, path: string, scope: 'collection' | 'environment' | 'global' = 'collection') => ({ variable, source: 'body', path, scope, enabled: true });

describe('captures from scripts', () => {
  it.each([
    ['pm.collectionVariables.set("X", JSON.parse(responseBody).a.b);', body('X', 'a.b')],
    ['pm.environment.set("DeviceId", pm.response.json().items[0].id);', body('DeviceId', 'items[0].id', 'environment')],
    ["pm.globals.set('G', pm.response.json()['odata.count'])", body('G', '["odata.count"]', 'global')],
    ['postman.setEnvironmentVariable("legacy", JSON.parse(responseBody).data.id);', body('legacy', 'data.id', 'environment')],
    ['postman.setGlobalVariable("legacyGlobal", JSON.parse(pm.response.text()).id);', body('legacyGlobal', 'id', 'global')],
    ['pm.collectionVariables.set("loc", pm.response.headers.get("Location"));', { variable: 'loc', source: 'header', path: 'Location', scope: 'collection', enabled: true }],
    ['postman.setEnvironmentVariable("loc", postman.getResponseHeader("Location"));', { variable: 'loc', source: 'header', path: 'Location', scope: 'environment', enabled: true }],
    ['pm.collectionVariables.set("code", pm.response.code);', { variable: 'code', source: 'status', path: '', scope: 'collection', enabled: true }],
    ['pm.environment.set("code", responseCode.code)', { variable: 'code', source: 'status', path: '', scope: 'environment', enabled: true }],
    ['var jsonData = pm.response.json();\npm.collectionVariables.set("MSP-TenantId", jsonData.items[0].tenant.id);', body('MSP-TenantId', 'items[0].tenant.id')],
    ['var jsonData = JSON.parse(responseBody);\npm.environment.set("first", jsonData?.items?.[0]?.id);', body('first', 'items[0].id', 'environment')],
    ['const r = pm.response.json()\nconst first = r.items[0]\npm.collectionVariables.set("id", first.id)', body('id', 'items[0].id')],
  ])('%s', (script, capture) => {
    const result = analyzeScript(script);
    expect(result.captures).toEqual([capture]);
    expect(result.notRun).toBeUndefined();
  });

  it('keeps the parts that are not captures, as written, and drops only what became a capture', () => {
    const script = [
      'pm.test("Status code is 200", function () {',
      '    pm.response.to.have.status(200);',
      '});',
      'var jsonData = pm.response.json();',
      'pm.collectionVariables.set("DeviceId", jsonData.items[0].id);',
      'console.log(jsonData.items.length);',
      'for (var i = 0; i < 3; i++) { console.log(i) }',
    ].join('\n');
    const result = analyzeScript(script);
    expect(result.captures).toEqual([body('DeviceId', 'items[0].id')]);
    // jsonData is still read by the kept console.log, so its declaration stays with it.
    expect(result.notRun).toBe(
      ['pm.test("Status code is 200", function () {', '    pm.response.to.have.status(200);', '});', 'var jsonData = pm.response.json();', 'console.log(jsonData.items.length);', 'for (var i = 0; i < 3; i++) { console.log(i) }'].join('\n'),
    );
  });

  it('reads saves behind a 2xx check and behind "is it there", and keeps the rest of the check', () => {
    const aruba = 'if (pm.response.code === 202) {\n    var jsonData = pm.response.json();\n    if (jsonData.transactionId) {\n        pm.collectionVariables.set("tx", jsonData.transactionId);\n    }\n}';
    expect(analyzeScript(aruba)).toEqual({ captures: [body('tx', 'transactionId')], notRun: undefined, refused: [], widened: true });
    const mixed = 'if (pm.response.code >= 200 && pm.response.code < 300) {\n    pm.collectionVariables.set("id", pm.response.json().id);\n    console.log("saved");\n}';
    const result = analyzeScript(mixed);
    expect(result.captures).toEqual([body('id', 'id')]);
    expect(result.widened).toBe(false);
    expect(result.notRun).toBe('if (pm.response.code >= 200 && pm.response.code < 300) {\n    console.log("saved");\n}');
  });

  it('does not read a save behind any other condition, an else, or a non-2xx status', () => {
    for (const script of [
      'if (pm.response.code === 404) { pm.collectionVariables.set("id", pm.response.json().id); }',
      'if (pm.response.json().count > 1) { pm.collectionVariables.set("id", pm.response.json().id); }',
      'if (pm.response.code === 200) { pm.collectionVariables.set("id", pm.response.json().id); } else { console.log("no") }',
      'if (pm.response.json().id) { pm.collectionVariables.set("id", pm.response.json().id); console.log("x") }',
    ]) {
      const result = analyzeScript(script);
      expect(result.captures, script).toEqual([]);
      expect(result.notRun, script).toBe(script);
    }
  });

  it('keeps as not run: computed values, run-only variables, reassigned names, and token saves', () => {
    for (const script of [
      'pm.collectionVariables.set("noDash", pm.response.json().id.replace(/-/g, ""));',
      'pm.collectionVariables.set("count", pm.response.json().items.length);',
      'pm.collectionVariables.set("fixed", "abc");',
      'pm.variables.set("x", pm.response.json().id);',
      'pm.collectionVariables.set(name, pm.response.json().id);',
      'pm.collectionVariables.set("has space", pm.response.json().id);',
      'var d = pm.response.json();\nd = d.items;\npm.collectionVariables.set("id", d.id);',
    ]) {
      const result = analyzeScript(script);
      expect(result.captures, script).toEqual([]);
      expect(result.notRun, script).toBe(script);
    }
    const token = analyzeScript('var jsonData = JSON.parse(responseBody).access_token;\r\npm.collectionVariables.set("BearerToken",jsonData);\r\nconsole.log(jsonData)');
    expect(token.captures).toEqual([]);
    expect(token.refused[0]).toMatch(/saves a token \("access_token"\)/);
  });

  it('reads a capture turned off from the marked comment the export writes', () => {
    const result = analyzeScript('// Shoreline capture, turned off: pm.environment.set("b", pm.response.code);\nconsole.log(1)');
    expect(result.captures).toEqual([{ variable: 'b', source: 'status', path: '', scope: 'environment', enabled: false }]);
    expect(result.notRun).toBe('console.log(1)');
  });

  it('keeps a whole script when captures are not wanted (pre-request scripts, token requests)', () => {
    const script = 'pm.collectionVariables.set("X", pm.response.json().a);';
    expect(analyzeScript(script, false)).toEqual({ captures: [], notRun: script, refused: [], widened: false });
    expect(analyzeScript('\n\n  ', true).notRun).toBeUndefined();
  });

  it('is not fooled by strings, comments, template literals and regular expressions', () => {
    const script = [
      '// pm.collectionVariables.set("commented", pm.response.json().id);',
      'var s = "pm.collectionVariables.set(\\"inString\\", pm.response.json().id);";',
      'var t = `a ${ {b: "}"}.b } c`; var re = /[}{;]/g;',
      'pm.collectionVariables.set("real", pm.response.json().id)',
    ].join('\n');
    const result = analyzeScript(script);
    expect(result.captures).toEqual([body('real', 'id')]);
    expect(result.notRun).toBe(script.split('\n').slice(0, 3).join('\n'));
  });
});

describe('the script reader underneath', () => {
  it('cuts statements as JavaScript does, with automatic semicolons at line ends', () => {
    const { tokens } = tokenize('a = 1\nb(\n  2\n)\nif (x)\n  y()\nelse z()\nreturn\nfoo');
    expect(parseStatements(tokens).map((s) => s.kind)).toEqual(['other', 'other', 'if', 'other', 'other']);
  });

  it('finds every save from the answer, also inside checks and callbacks (for the token pattern)', () => {
    const script = "if (pm.response.code == 200){\n    const response = pm.response.json()\n    var access_token = response['access_token']\n    pm.collectionVariables.set(\"glp_token\", access_token);\n}";
    expect(findSaves(script)).toEqual([{ variable: 'glp_token', scope: 'collection', ref: { source: 'body', segments: ['access_token'] } }]);
    expect(findSaves('pm.test("t", function () { pm.environment.set("tok", pm.response.json().access_token) })')[0]?.variable).toBe('tok');
  });

  it('says why a script is not run, in words', () => {
    expect(describeScript('pm.test("x", () => {}); console.log(1)', 'test')).toBe(
      'Shoreline runs no JavaScript from a file. This script ran after the answer in Postman and checks the answer with tests, writes to the console and defines functions.',
    );
    expect(describeScript('// only a note', 'prerequest')).toBe('Shoreline runs no JavaScript from a file. This script ran before the request in Postman and holds only comments.');
  });
});

describe('nothing is dropped silently', () => {
  const fragments = [
    'pm.collectionVariables.set("id", pm.response.json().id);',
    'var j = pm.response.json();',
    'pm.environment.set("x", j.items[0].name)',
    'console.log(j)',
    'if (pm.response.code === 200) {',
    'if (x) {',
    '}',
    ' else {',
    '// note',
    '/* block',
    '*/',
    '"str',
    '`tpl ${',
    '/re[}]/g.test(s)',
    'for (;;) {',
    ')',
    '\n',
    '\r\n',
  ];
  const script = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 12 })), { maxLength: 12 }).map((parts) => parts.join('\n'));

  it('never throws, and a script with no captures is kept whole (tidied)', () => {
    fc.assert(
      fc.property(script, (text) => {
        const result = analyzeScript(text);
        if (result.captures.length === 0) expect(result.notRun ?? '').toBe(tidyScript(text));
      }),
      { numRuns: 400 },
    );
  });

  it('keeps every line that is not part of a capture', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('console.log(1)', 'pm.test("t", () => {})', 'let k = 2'), { minLength: 1, maxLength: 5 }), fc.nat({ max: 5 }), (kept, at) => {
        const lines: string[] = [...kept];
        lines.splice(Math.min(at, lines.length), 0, 'pm.globals.set("g", pm.response.json().a[1]);');
        const result = analyzeScript(lines.join('\n'));
        expect(result.captures).toEqual([{ variable: 'g', source: 'body', path: 'a[1]', scope: 'global', enabled: true }]);
        expect(result.notRun).toBe(kept.join('\n'));
      }),
    );
  });
});
