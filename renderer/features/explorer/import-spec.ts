/** Reads a picked or dropped file and imports it; the file's text goes to main, which parses it. */
import type { ImportResult } from '../../../shared/contract/specs';
import type { Host } from '../../host/host';
import { pluralItems } from '../../components/format/quantities';
import { HostError } from '../../host/host';

/** The largest spec file Shoreline accepts (main refuses more too). */
export const maxSpecBytes = 100 * 1024 * 1024;

/** Imports `file`, or rejects with a HostError worded for the user. */
export async function importSpecFile(host: Host, file: File): Promise<ImportResult> {
  if (file.size > maxSpecBytes) {
    // The caller puts the file's name in front of the message, so it is not repeated here.
    throw new HostError({ code: 'too_large', message: `It is ${Math.round(file.size / 1048576)} MB; Shoreline imports API specs of up to 100 MB.` });
  }
  const text = await file.text();
  if (text.length <= pieceChars) return host.invoke('specs.importText', { text, fileName: file.name });
  // Big files go in pieces: the web host takes at most 10 MB per call.
  const { uploadId } = await host.invoke('specs.uploadBegin', { fileName: file.name, size: text.length });
  for (let at = 0; at < text.length; at += pieceChars) {
    await host.invoke('specs.uploadAppend', { uploadId, chunk: text.slice(at, at + pieceChars) });
  }
  return host.invoke('specs.uploadFinish', { uploadId });
}

/** Characters per piece: even three UTF-8 bytes per character plus JSON escaping stays under the 10 MB a call may carry. */
const pieceChars = 2 * 1024 * 1024;

/** A one-line summary of what an import did. */
export function describeImport(result: ImportResult): string {
  const { spec, replaced, previousVersion, changes } = result;
  if (!replaced) return `Imported ${spec.title} — ${pluralItems(spec.operationCount, 'endpoint')}.`;
  const from = previousVersion && previousVersion !== spec.version ? ` from v${previousVersion} to v${spec.version}` : '';
  const diff = [changes.added.length && `${changes.added.length} new`, changes.removed.length && `${changes.removed.length} removed`].filter(Boolean).join(', ');
  return `Updated ${spec.title}${from}${diff ? ` (${diff})` : ''}.`;
}
