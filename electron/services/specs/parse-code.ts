/**
 * The code that parses and validates specs off the main thread. It runs as the body of a worker
 * (parse-worker.ts, bundled to dist/workers/) or, when no worker can start, in-process through the
 * same {@link CodePort}, so both paths behave alike. The parser packages are imported lazily: a
 * parse worker never pays for loading swagger-parser, a validator never for the YAML readers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { detectSpec } from '../../../shared/openapi/detect-spec';
import { buildSpecIndex, type SpecIndex } from '../../../shared/openapi/operation-index';
import { createRefScanner } from '../../../shared/openapi/ref-scan';
import type { CodePort, ParseRequest, ValidateRequest, WorkerInput, WorkerMessage } from './parse-messages';
import { describeBytes, measureExpansion } from './yaml-expansion';

/** A failure worded for the user, thrown inside the parse code and posted as `failed`. */
class ParseFailure {
  constructor(
    readonly code: string,
    readonly message: string,
    readonly detail?: string,
  ) {}
}

type YamlReader = (text: string) => unknown;

/** The part of js-yaml 4 used here (the package ships no types). */
interface JsYaml {
  CORE_SCHEMA: { extend(types: { implicit: unknown[] }): unknown };
  types: { merge: unknown };
  load(text: string, options: { schema: unknown; json: boolean }): unknown;
}
type Validate = (doc: unknown) => Promise<Extract<WorkerMessage, { type: 'validated' }>['failure']>;

function syntaxFailure(reason: unknown, line: number, column: number, snippet?: string): ParseFailure {
  const where = line ? ` (line ${line}${column ? `, column ${column}` : ''})` : '';
  const clean = String(reason || 'unexpected content').replace(/\s+/g, ' ').trim();
  return new ParseFailure('spec_invalid', `This file is not valid YAML or JSON: ${clean}${where}.`, snippet);
}

/**
 * A JSON file that cannot be read is described in JSON's own words and position, not the YAML
 * parser's (which would complain about flow mappings and indentation the author never wrote).
 */
function jsonSyntaxFailure(error: unknown, text: string): ParseFailure {
  const said = String((error as { message?: string } | undefined)?.message ?? 'unexpected content');
  const at = /at position (\d+)/.exec(said);
  const reason = said.replace(/^JSON\.parse: /, '').replace(/\s*in JSON at position \d+.*$/s, '').replace(/\s*\(line \d+ column \d+\)\s*$/, '').trim();
  if (!at) return new ParseFailure('spec_invalid', `This file is not valid JSON: ${reason}.`);
  const position = Number(at[1]);
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  const lineText = text.split('\n')[line - 1] ?? '';
  return new ParseFailure('spec_invalid', `This file is not valid JSON: ${reason} (line ${line}, column ${column}).`, lineText.slice(Math.max(0, column - 80), column + 80));
}

const aliasBomb = 'This file uses YAML aliases that would make it explode in size (a "billion laughs" file), so Shoreline refused to open it.';

async function loadJsYaml(): Promise<YamlReader> {
  const jsyaml = createRequire(import.meta.url)('js-yaml') as JsYaml;
  const schema = jsyaml.CORE_SCHEMA.extend({ implicit: [jsyaml.types.merge] });
  return (text) => {
    try {
      return jsyaml.load(text, { schema, json: true });
    } catch (e) {
      const error = e as { name?: string; reason?: string; message?: string; mark?: { line?: number; column?: number; snippet?: string } };
      if (error?.name !== 'YAMLException') throw e;
      const mark = error.mark ?? {};
      throw syntaxFailure(error.reason ?? error.message, mark.line === undefined ? 0 : mark.line + 1, mark.column === undefined ? 0 : mark.column + 1, mark.snippet);
    }
  };
}

async function loadYamlPackage(): Promise<YamlReader> {
  const YAML = await import('yaml');
  return (text) => {
    try {
      return YAML.parse(text, { maxAliasCount: 100, merge: true, uniqueKeys: false, prettyErrors: true });
    } catch (e) {
      const error = e as { message?: string; linePos?: { line: number; col: number }[] };
      const message = String(error?.message);
      const at = error?.linePos?.[0];
      if (/alias/i.test(message) && !at) throw new ParseFailure('too_large', aliasBomb);
      if (at) throw syntaxFailure(message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, ''), at.line, at.col, message);
      throw e;
    }
  };
}

/** Parses `raw` into JSON text and the document: JSON stays as written, YAML is read and checked for alias bombs. */
export function parseText(raw: string, readYaml: YamlReader, maxExpandedBytes: number): { json: string; syntax: 'json' | 'yaml'; doc: unknown } {
  const text = raw.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new ParseFailure('spec_invalid', 'The file is empty.');
  const first = text.trimStart().charAt(0);
  let jsonError: unknown;
  if (first === '{' || first === '[') {
    try {
      return { json: text, syntax: 'json', doc: JSON.parse(text) as unknown };
    } catch (error) {
      // Not strict JSON: YAML is a superset and may still read it; if it cannot, JSON's words explain why.
      jsonError = error;
    }
  }
  let doc: unknown;
  try {
    doc = readYaml(text);
  } catch (yamlError) {
    if (jsonError !== undefined && yamlError instanceof ParseFailure && yamlError.code === 'spec_invalid') throw jsonSyntaxFailure(jsonError, text);
    throw yamlError;
  }
  // Only a file with anchors can have aliases; most specs have none and skip the walk.
  if (/(^|[\s[{,:-])&[^\s[\]{},]+/m.test(text)) {
    const expansion = measureExpansion(doc);
    if (expansion.cyclic) {
      throw new ParseFailure('spec_invalid', 'This YAML file uses an alias that refers back to itself, so it cannot be read as JSON.');
    }
    // A file without aliases is about as big as JSON as it is as YAML; twice its size means aliases did it.
    if (expansion.bytes > maxExpandedBytes && expansion.bytes > 2 * text.length) {
      throw new ParseFailure(
        'too_large',
        `This file uses YAML aliases that make it expand to more than ${describeBytes(maxExpandedBytes)} (about ${describeBytes(expansion.bytes)}, a "billion laughs" file), so Shoreline refused to open it.`,
      );
    }
  }
  const read = doc === undefined ? null : doc;
  return { json: JSON.stringify(read), syntax: 'yaml', doc: read };
}

async function loadValidator(): Promise<Validate> {
  const SwaggerParser = (await import('@apidevtools/swagger-parser')).default;
  const options = {
    resolve: { external: false },
    dereference: { circular: 'ignore' as const, excludedPathMatcher: (path: string) => /\/(example|examples)(\/|$)/.test(path) },
  };
  return async (doc) => {
    try {
      await SwaggerParser.validate(doc as Parameters<typeof SwaggerParser.validate>[0], options);
      return undefined;
    } catch (e) {
      const error = e as { name?: unknown; message?: unknown; details?: unknown };
      const details = Array.isArray(error?.details)
        ? (error.details as Record<string, unknown>[]).slice(0, 2000).map((d) => ({ instancePath: d.instancePath, keyword: d.keyword, message: d.message, params: d.params }))
        : undefined;
      return { name: String(error?.name ?? 'Error'), message: String(error?.message ?? e), ...(details ? { details } : {}) };
    }
  };
}

function runValidator(port: CodePort): void {
  const validate = loadValidator();
  let queue = Promise.resolve();
  port.onMessage((message) => {
    const request = message as ValidateRequest | undefined;
    if (request?.type !== 'validate') return;
    queue = queue.then(async () => {
      let failure: Extract<WorkerMessage, { type: 'validated' }>['failure'];
      try {
        // A path is read here, so main never holds the text of a big document for its validation.
        const json = request.json ?? readFileSync(request.path ?? '', 'utf8');
        failure = await (await validate)(JSON.parse(json.replace(/^\uFEFF/, '')));
      } catch (e) {
        failure = { name: 'Error', message: String((e as Error)?.message ?? e) };
      }
      port.post({ type: 'validated', id: request.id, ...(failure ? { failure } : {}) });
    });
  });
  validate.then(
    () => port.post({ type: 'ready' }),
    (e: unknown) => port.post({ type: 'cannot-start', message: String((e as Error)?.message ?? e) }),
  );
}

/**
 * The document's kind and lean index, built where it was parsed: main then never parses an 11 MB
 * document a second time on its own thread, and receives only the index and the JSON text.
 */
function indexDocument(doc: unknown): SpecIndex {
  const detected = detectSpec(doc);
  if (!detected.ok) throw new ParseFailure('spec_invalid', detected.message);
  const scanner = createRefScanner(doc, detected.format);
  while (!scanner.step(100_000)) {
    // nothing else runs on this thread: scan in big steps
  }
  const built = buildSpecIndex(doc, detected, scanner.result());
  if (!built.ok) throw new ParseFailure('spec_invalid', built.message, built.detail);
  return built.index;
}

/** A text to parse: from `workerData`, or, for a warm spare, the first `parse` message. */
function textToParse(port: CodePort, data: WorkerInput): Promise<Omit<ParseRequest, 'type'>> {
  if (data.text !== undefined || data.bytes !== undefined) {
    return Promise.resolve({ ...(data.text !== undefined ? { text: data.text } : { bytes: data.bytes }), maxExpandedBytes: data.maxExpandedBytes, index: data.index === true });
  }
  return new Promise((resolve) => {
    port.onMessage((message) => {
      const request = message as ParseRequest | undefined;
      if (request?.type === 'parse') resolve(request);
    });
  });
}

async function runParse(port: CodePort, data: WorkerInput): Promise<void> {
  let readYaml: YamlReader;
  try {
    readYaml = data.yamlLibrary === 'yaml' ? await loadYamlPackage() : await loadJsYaml();
  } catch (e) {
    port.post({ type: 'cannot-start', message: String((e as Error)?.message ?? e) });
    return;
  }
  port.post({ type: 'ready' });
  const request = await textToParse(port, data);
  try {
    const { bytes } = request;
    // Bytes come without a byte-order mark; a broken UTF-8 sequence reads as U+FFFD, as it would in the window.
    const text = bytes ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) : String(request.text);
    const parsed = parseText(text, readYaml, request.maxExpandedBytes);
    const index = request.index ? indexDocument(parsed.doc) : undefined;
    // A JSON file's text is its JSON: main has it already, so it is not copied back. Bytes go back by transfer, to be saved.
    const message: WorkerMessage = { type: 'parsed', syntax: parsed.syntax, ...(parsed.syntax === 'yaml' ? { json: parsed.json } : {}), ...(bytes ? { bytes } : {}), ...(index ? { index } : {}) };
    port.post(message, bytes ? [bytes.buffer as ArrayBuffer] : []);
  } catch (e) {
    if (e instanceof ParseFailure) port.post({ type: 'failed', code: e.code, message: e.message, ...(e.detail ? { detail: e.detail.slice(0, 2000) } : {}) });
    else if (e instanceof RangeError) port.post({ type: 'failed', code: 'too_large', message: 'This file is too large or too deeply nested to read.' });
    else port.post({ type: 'failed', code: 'spec_invalid', message: 'This file could not be read.', detail: String((e as Error)?.message ?? e).slice(0, 2000) });
  }
}

/** Runs the parse code for `data`, talking through `port`. */
export function runParseCode(port: CodePort, data: WorkerInput): void {
  if (data.mode === 'validator') runValidator(port);
  else void runParse(port, data);
}
