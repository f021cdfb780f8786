/**
 * `shoreline import <file|url> [--json]`: an OpenAPI spec becomes a spec, a Postman collection a
 * collection. `--json` prints one object with exactly the keys the issue lists (`operations` in
 * place of `requests` for a spec). The connection a Postman file offers is created when a secret
 * for it is at hand — `CLIENTSECRET` (with `CLIENTID` when the file names no client) — and only said
 * otherwise: the app's import dialog is where one is typed.
 */
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { PostmanImportOutcome } from '../../../shared/contract/postman';
import { toAppError } from '../../../shared/errors';
import { readEnvCredentials } from '../../services/connections/env-offer';
import { fetchSpecText } from '../../services/specs/fetch-spec-text';
import { parseArgs, UsageError } from './args';
import type { CliIo } from './io';
import type { CliServices } from './open-services';

/** True when `text` is a Postman collection rather than an OpenAPI document. */
export function looksLikePostman(text: string): boolean {
  const start = text.trimStart();
  if (!start.startsWith('{')) return false;
  try {
    const value = JSON.parse(start) as { info?: { schema?: unknown }; item?: unknown; openapi?: unknown; swagger?: unknown };
    if (value.openapi !== undefined || value.swagger !== undefined) return false;
    return (typeof value.info?.schema === 'string' && value.info.schema.includes('getpostman.com')) || (value.info !== undefined && Array.isArray(value.item));
  } catch {
    return false;
  }
}

/** Reads the file or downloads the URL. A missing file is bad input (exit 2). */
async function readSource(source: string): Promise<{ text: string; fileName: string }> {
  if (/^https?:\/\//i.test(source)) {
    try {
      const fetched = await fetchSpecText(source);
      return { text: fetched.text, fileName: fetched.fileName };
    } catch (error) {
      throw new UsageError(`Could not download ${source}: ${toAppError(error).message}`, 'import');
    }
  }
  const path = resolve(source);
  try {
    return { text: await readFile(path, 'utf8'), fileName: basename(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'you may not read it' : 'it could not be read';
    throw new UsageError(`Cannot import ${source}: ${why}.`, 'import');
  }
}

/** Creates the offered connection when a secret is at hand; says what happened in one line (or nothing). */
async function acceptFromEnvironment(services: CliServices, outcome: PostmanImportOutcome, env: CliIo['env']): Promise<string | undefined> {
  const offer = outcome.offer;
  if (!offer) return undefined;
  const credentials = readEnvCredentials(env);
  const envFits = credentials !== undefined && (offer.clientId === '' || offer.clientId === credentials.clientId);
  if (!envFits && !outcome.offerHasFileSecret) {
    return `To use the connection offered, accept it in the app's import report, or run with CLIENTID and CLIENTSECRET set when importing.`;
  }
  try {
    const accepted = await services.postman.acceptOffer({
      collectionId: outcome.collectionId,
      tokenUrl: offer.tokenUrl,
      clientId: offer.clientId || credentials!.clientId,
      clientAuth: offer.clientAuth,
      ...(offer.scope !== undefined && offer.scope !== '' && { scope: offer.scope }),
      ...(envFits && { secret: credentials!.secret }),
      applyTo: offer.applyTo,
      tokenRequests: offer.tokenRequests,
    });
    const kept = services.secretFromEnvironmentOnly(accepted.connectionId)
      ? 'no keychain could be reached, so the secret was not stored: each command takes it from CLIENTSECRET again'
      : 'the secret is in the keychain';
    return `Created the connection “${accepted.connectionName}” with the client secret from ${envFits ? 'CLIENTSECRET' : 'the file'}; ${kept}, and the collection uses it.`;
  } catch (error) {
    return `The connection offered was not created: ${toAppError(error).message}`;
  }
}

/** The report in words. */
function describeCollection(outcome: PostmanImportOutcome, accepted: string | undefined): string {
  const r = outcome.report;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const lines = [
    `Imported the collection “${r.name}” (${r.id}): ${plural(r.requests, 'request')} in ${plural(r.folders, 'folder')}, ${plural(r.variables, 'variable')}, ${plural(r.captures, 'capture')}.`,
  ];
  if (r.scriptsNotRun > 0) lines.push(`Scripts not run: ${r.scriptsNotRun} (Shoreline runs no JavaScript from a file; each is listed on its request).`);
  if (r.secretsWithheld.length > 0) lines.push(`Secrets withheld (never saved in the collection): ${r.secretsWithheld.join(', ')}.`);
  if (r.connectionOffer) lines.push(`Connection offered: client credentials from ${r.connectionOffer.tokenUrl}${r.connectionOffer.clientId ? ` for client ${r.connectionOffer.clientId}` : ''}.`);
  if (accepted) lines.push(accepted);
  for (const f of r.findings) lines.push(`${f.severity === 'warning' ? 'Warning' : 'Note'}: ${f.location ? `${f.location}: ` : ''}${f.message}`);
  return `${lines.join('\n')}\n`;
}

/** Imports one file or URL. */
export async function importCommand(argv: readonly string[], open: () => CliServices, io: CliIo): Promise<number> {
  const args = parseArgs(argv, { booleans: ['--json'] }, 'import');
  if (args.positionals.length !== 1) throw new UsageError('Give one file or URL to import.', 'import');
  const json = args.booleans.has('--json');
  const { text, fileName } = await readSource(args.positionals[0]!);
  const services = open();
  try {
    if (looksLikePostman(text)) {
      let outcome: PostmanImportOutcome;
      try {
        outcome = await services.postman.importFile({ text, fileName });
      } catch (error) {
        throw asInputError(error);
      }
      const accepted = await acceptFromEnvironment(services, outcome, io.env);
      if (json) {
        io.out(`${JSON.stringify(outcome.report, null, 2)}\n`);
        if (accepted) io.err(`${accepted}\n`);
      } else io.out(describeCollection(outcome, accepted));
      return 0;
    }
    let result;
    try {
      const first = await services.specs.importText({ text, fileName });
      // Resembling a spec already there is not enough to overwrite it unasked: it is imported beside it.
      result = 'question' in first ? await services.specs.resolveImport(first.question.pendingId, 'new') : first;
    } catch (error) {
      throw asInputError(error);
    }
    if (!result) throw new UsageError('The import was cancelled.', 'import');
    await services.specs.whenIdle();
    const spec = result.spec;
    const tree = services.specs.tree().find((node) => node.spec.id === spec.id);
    const findings = services.specs.findings(spec.id).findings.map((f) => ({ severity: f.severity, message: f.message, location: f.location }));
    const report = {
      kind: 'spec' as const,
      id: spec.id,
      name: spec.title,
      operations: spec.operationCount,
      folders: tree?.tags.length ?? 0,
      variables: 0,
      captures: 0,
      scriptsNotRun: 0,
      secretsWithheld: [] as string[],
      connectionOffer: null,
      findings,
    };
    if (json) io.out(`${JSON.stringify(report, null, 2)}\n`);
    else {
      const errors = findings.filter((f) => f.severity === 'error').length;
      const warnings = findings.filter((f) => f.severity === 'warning').length;
      io.out(
        `${result.replaced ? 'Updated' : 'Imported'} the spec “${spec.title}” ${spec.version} (${spec.id}): ${spec.operationCount} operations in ${report.folders} groups.\n` +
          (findings.length > 0 ? `Findings: ${errors} errors, ${warnings} warnings, ${findings.length - errors - warnings} notes (see them in the app).\n` : ''),
      );
    }
    return 0;
  } finally {
    await services.close();
  }
}

/** A refusal of the file's contents is bad input (exit 2); anything else stays an error. */
function asInputError(error: unknown): unknown {
  const appError = toAppError(error);
  if (['invalid_input', 'spec_invalid', 'too_large', 'unsupported'].includes(appError.code)) return new UsageError(appError.message, 'import');
  return error;
}
