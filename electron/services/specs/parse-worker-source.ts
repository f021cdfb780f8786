/**
 * The code that parses and validates specs off the main thread. It is plain JavaScript kept as a
 * string so the same text runs as an `eval` worker from TypeScript sources (vitest, tsx) and from
 * the esbuild bundle in dist/, with no separate worker file to ship. It loads its parsers by
 * absolute path (resolved by main), and talks through a tiny `port` so the very same code can run
 * in-process when a worker cannot start. Two modes:
 *   parse (one text, then exit):   worker → main: ready | parsed { json, syntax } | failed { code, message, detail? }
 *   validator (long-lived):        main → worker: validate { id, json };  worker → main: ready | validated { id, failure? }
 */

/** The function body; its parameters are `port` ({ post, onMessage }), `data` (worker data) and `load` (require by path). */
export const parseWorkerBody = String.raw`
'use strict';
var text = String(data.text).replace(/^\uFEFF/, '');
var modules = data.modules;
var maxExpansion = data.maxExpansion;
var doc;

function fail(code, message, detail) {
  var m = { type: 'failed', code: code, message: message };
  if (detail) m.detail = String(detail).slice(0, 2000);
  port.post(m);
}

function syntaxError(reason, line, column, snippet) {
  var where = line ? ' (line ' + line + (column ? ', column ' + column : '') + ')' : '';
  var clean = String(reason || 'unexpected content').replace(/\s+/g, ' ').trim();
  return { code: 'spec_invalid', message: 'This file is not valid YAML or JSON: ' + clean + where + '.', detail: snippet };
}

// A JSON file that cannot be read is described in JSON's own words and position, not the YAML
// parser's (which would complain about flow mappings and indentation the author never wrote).
function jsonSyntaxError(error) {
  var said = String((error && error.message) || 'unexpected content');
  var at = /at position (\d+)/.exec(said);
  var reason = said.replace(/^JSON\.parse: /, '').replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)\s*$/, '').trim();
  if (!at) return { code: 'spec_invalid', message: 'This file is not valid JSON: ' + reason + '.' };
  var position = Number(at[1]);
  var before = text.slice(0, position);
  var line = before.split('\n').length;
  var column = position - before.lastIndexOf('\n');
  var lineText = text.split('\n')[line - 1] || '';
  return { code: 'spec_invalid', message: 'This file is not valid JSON: ' + reason + ' (line ' + line + ', column ' + column + ').', detail: lineText.slice(Math.max(0, column - 80), column + 80) };
}

// Counts how many values the document would have with every YAML alias expanded (total) and how
// many it really holds (unique), without expanding anything: aliases are shared objects here.
// Also notices aliases that loop back.
function checkExpansion(root) {
  var unique = 0;
  var memo = new Map();
  var open = new Set();
  var stack = [[root, false]];
  while (stack.length > 0) {
    var top = stack.pop();
    var node = top[0];
    if (node === null || typeof node !== 'object') continue;
    var keys = Object.keys(node);
    if (top[1]) {
      var size = 1;
      unique += 1;
      for (var i = 0; i < keys.length; i++) {
        var child = node[keys[i]];
        if (child !== null && typeof child === 'object') size += memo.get(child);
        else {
          size += 1;
          unique += 1;
        }
      }
      memo.set(node, size);
      open.delete(node);
      continue;
    }
    if (memo.has(node)) continue;
    if (open.has(node)) return { cyclic: true };
    open.add(node);
    stack.push([node, true]);
    for (var j = 0; j < keys.length; j++) {
      var c = node[keys[j]];
      if (c !== null && typeof c === 'object' && !memo.has(c)) stack.push([c, false]);
    }
  }
  return { cyclic: false, total: memo.get(root) || 0, unique: unique };
}

function parseYaml() {
  if (modules.jsYaml) {
    var jsyaml = load(modules.jsYaml);
    var schema = jsyaml.CORE_SCHEMA.extend({ implicit: [jsyaml.types.merge] });
    try {
      return jsyaml.load(text, { schema: schema, json: true });
    } catch (e) {
      if (e && e.name === 'YAMLException') {
        var mark = e.mark || {};
        throw syntaxError(e.reason || e.message, mark.line === undefined ? 0 : mark.line + 1, mark.column === undefined ? 0 : mark.column + 1, mark.snippet);
      }
      throw e;
    }
  }
  var YAML = load(modules.yaml);
  try {
    return YAML.parse(text, { maxAliasCount: 100, merge: true, uniqueKeys: false, prettyErrors: true });
  } catch (e) {
    if (e && /alias/i.test(String(e.message)) && !e.linePos) {
      throw { code: 'too_large', message: 'This file uses YAML aliases that would make it explode in size (a "billion laughs" file), so Shoreline refused to open it.' };
    }
    if (e && e.linePos && e.linePos[0]) throw syntaxError(String(e.message).split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''), e.linePos[0].line, e.linePos[0].col, String(e.message));
    throw e;
  }
}

function parse() {
  if (text.trim() === '') throw { code: 'spec_invalid', message: 'The file is empty.' };
  var first = text.trimStart().charAt(0);
  var jsonError;
  if (first === '{' || first === '[') {
    try {
      doc = JSON.parse(text);
      return { json: text, syntax: 'json' };
    } catch (e) {
      // Not strict JSON: YAML is a superset and may still read it; if it cannot, JSON's words explain why.
      jsonError = e;
    }
  }
  try {
    doc = parseYaml();
  } catch (yamlError) {
    if (jsonError && yamlError && yamlError.code === 'spec_invalid') throw jsonSyntaxError(jsonError);
    throw yamlError;
  }
  // Only a file with anchors can have aliases; most specs have none and skip the walk.
  var hasAnchors = /(^|[\s\[{,:-])&[^\s\[\]{},]+/m.test(text);
  var expansion = hasAnchors ? checkExpansion(doc) : { cyclic: false, total: 0, unique: 0 };
  if (expansion.cyclic) {
    throw { code: 'spec_invalid', message: 'This YAML file uses an alias that refers back to itself, so it cannot be read as JSON.' };
  }
  if (expansion.total > maxExpansion && expansion.total > 2 * expansion.unique) {
    throw {
      code: 'too_large',
      message: 'This file uses YAML aliases that would expand it to about ' + expansion.total.toExponential(1) + ' values (a "billion laughs" file), so Shoreline refused to open it.',
    };
  }
  return { json: JSON.stringify(doc === undefined ? null : doc), syntax: 'yaml' };
}

async function validate(target) {
  var SwaggerParser = load(modules.swaggerParser);
  var options = {
    resolve: { external: false },
    dereference: {
      circular: 'ignore',
      excludedPathMatcher: function (path) { return /\/(example|examples)(\/|$)/.test(path); },
    },
  };
  try {
    await SwaggerParser.validate(target, options);
    return undefined;
  } catch (e) {
    var details = e && Array.isArray(e.details)
      ? e.details.slice(0, 2000).map(function (d) { return { instancePath: d.instancePath, keyword: d.keyword, message: d.message, params: d.params }; })
      : undefined;
    return { name: String((e && e.name) || 'Error'), message: String((e && e.message) || e), details: details };
  }
}

if (data.mode === 'validator') {
  var queue = Promise.resolve();
  port.onMessage(function (message) {
    if (!message || message.type !== 'validate') return;
    queue = queue.then(async function () {
      var failure;
      try {
        failure = await validate(JSON.parse(String(message.json).replace(/^\uFEFF/, '')));
      } catch (e) {
        failure = { name: 'Error', message: String((e && e.message) || e) };
      }
      port.post({ type: 'validated', id: message.id, failure: failure });
    });
  });
  try {
    load(modules.swaggerParser);
  } catch (e) {
    port.post({ type: 'cannot-start', message: String(e && e.message) });
    return;
  }
  port.post({ type: 'ready' });
  return;
}

try {
  if (modules.jsYaml) load(modules.jsYaml);
  else load(modules.yaml);
} catch (e) {
  port.post({ type: 'cannot-start', message: String(e && e.message) });
  return;
}
port.post({ type: 'ready' });
try {
  var parsed = parse();
  port.post({ type: 'parsed', json: parsed.json, syntax: parsed.syntax });
} catch (e) {
  if (e && e.code && e.message && !(e instanceof Error)) fail(e.code, e.message, e.detail);
  else if (e instanceof RangeError) fail('too_large', 'This file is too large or too deeply nested to read.');
  else fail('spec_invalid', 'This file could not be read.', e && e.message);
}
`;

/** The complete script of an `eval` worker running {@link parseWorkerBody}. */
export const parseWorkerScript = `
const { parentPort, workerData } = require('node:worker_threads');
(function (port, data, load) {
${parseWorkerBody}
})({ post: (m) => parentPort.postMessage(m), onMessage: (fn) => parentPort.on('message', fn) }, workerData, (p) => require(p));
`;
