/**
 * Imports a picked or dropped file: the web host gets the file's bytes as one streamed body and
 * decodes them itself; the desktop app gets its text in one call (IPC carries any size). Main parses.
 */
import type { ImportOutcome, ImportResult, SpecBrief, UndoneReplacement } from '../../../shared/contract/specs';
import { maxSpecBytes } from '../../../shared/openapi/limits';
import { detectTextEncoding, utf16WithoutBomMessage } from '../../../shared/openapi/spec-text-encoding';
import type { Host } from '../../host/host';
import { pluralItems } from '../../components/format/quantities';
import { HostError } from '../../host/host';

/**
 * The file's text. `File.text()` would read everything as UTF-8 and turn the UTF-16 that Windows
 * PowerShell 5.1 writes into letters separated by zero characters, so the bytes are read instead.
 */
export async function readSpecText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const guess = detectTextEncoding(bytes);
  if (guess.encoding === 'utf-16-without-bom') throw new HostError({ code: 'spec_invalid', message: utf16WithoutBomMessage() });
  return new TextDecoder(guess.encoding, { ignoreBOM: true }).decode(bytes.subarray(guess.bomBytes));
}

/** Imports `file` (or asks, see ImportQuestion), or rejects with a HostError worded for the user. */
export async function importSpecFile(host: Host, file: File): Promise<ImportOutcome> {
  if (file.size > maxSpecBytes) {
    // The caller puts the file's name in front of the message, so it is not repeated here.
    throw new HostError({ code: 'too_large', message: `It is ${Math.round(file.size / 1048576)} MB; Shoreline imports API specs of up to 100 MB.` });
  }
  if (host.uploadSpec) return host.uploadSpec(file, { fileName: file.name });
  const text = await readSpecText(file);
  return host.invoke('specs.importText', { text, fileName: file.name });
}

/** "723 KB, 120 endpoints": the size and contents of a spec, for the import question. */
export function describeSpecBrief(brief: Pick<SpecBrief, 'sizeBytes' | 'operationCount'>): string {
  const size = brief.sizeBytes < 1024 ? `${brief.sizeBytes} B` : brief.sizeBytes < 1024 * 1024 ? `${Math.round(brief.sizeBytes / 1024)} KB` : `${(brief.sizeBytes / 1048576).toFixed(1)} MB`;
  return `${size}, ${brief.operationCount} endpoint${brief.operationCount === 1 ? '' : 's'}`;
}

/** A one-line summary of what an import did. */
export function describeImport(result: ImportResult): string {
  const { spec, replaced, previousVersion, changes } = result;
  if (!replaced) return `Imported ${spec.title} — ${pluralItems(spec.operationCount, 'endpoint')}.`;
  const from = previousVersion && previousVersion !== spec.version ? ` from v${previousVersion} to v${spec.version}` : '';
  const diff = [changes.added.length && `${changes.added.length} new`, changes.removed.length && `${changes.removed.length} removed`].filter(Boolean).join(', ');
  return `Updated ${spec.title}${from}${diff ? ` (${diff})` : ''}.`;
}

/** What Undo of an update did, in one line: the spec put back, and the saved requests that went back with it (or could not). */
export function describeUndo({ spec, requestsPutBack, editedSince }: UndoneReplacement): string {
  const putBack = requestsPutBack > 0 ? ` The review's changes to ${pluralItems(requestsPutBack, 'saved request')} were undone too.` : '';
  const names = editedSince.map((name) => `“${name}”`).join(', ');
  const one = editedSince.length === 1;
  const left = editedSince.length > 0 ? ` ${names} ${one ? 'was edited after the update, so it stays as it is' : 'were edited after the update, so they stay as they are'}.` : '';
  return `Put back ${spec.title}${spec.version ? ` v${spec.version}` : ''} as it was before the update.${putBack}${left}`;
}
