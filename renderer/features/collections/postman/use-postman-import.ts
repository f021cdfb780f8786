/**
 * Importing files from the Collections tab: a Postman collection becomes a collection (and its
 * report opens); an OpenAPI file is handed to the Explorer, which imports specs — so whichever
 * panel a file is dropped on, it lands where it belongs.
 */
import { useCallback, useState } from 'react';
import type { AppError } from '../../../../shared/errors';
import { detectTextEncoding } from '../../../../shared/openapi/spec-text-encoding';
import { runWindowCommand } from '../../../components/window-commands';
import { appErrorOf } from '../../../host/app-error';
import { importKindOf } from './file-kind';
import { maxPostmanFileChars, type PostmanActions, type PostmanImportOutcome } from './postman-host';

/** What the panel shows while and after importing. */
export interface PostmanImport {
  /** The file being read or imported. */
  busy: string | undefined;
  error: AppError | undefined;
  clearError(): void;
  /** The last import, for its report (until closed). */
  outcome: PostmanImportOutcome | undefined;
  closeReport(): void;
  importFiles(files: readonly File[]): Promise<void>;
}

/** A file's text, honouring a byte-order mark (Windows tools write UTF-16 with one). */
async function readText(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const guess = detectTextEncoding(bytes);
  if (guess.encoding === 'utf-16-without-bom') throw { code: 'invalid_input', message: 'This file is UTF-16 without a byte-order mark. Save it as UTF-8 and import it again.' } satisfies AppError;
  return new TextDecoder(guess.encoding, { ignoreBOM: true }).decode(bytes.subarray(guess.bomBytes));
}

/** Imports dropped or picked files; Postman ones here, OpenAPI ones through the Explorer. */
export function usePostmanImport(actions: Pick<PostmanActions, 'importText'>, onImported?: (collectionId: string) => void): PostmanImport {
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<AppError>();
  const [outcome, setOutcome] = useState<PostmanImportOutcome>();

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      const specs: File[] = [];
      for (const file of files) {
        setBusy(file.name);
        setError(undefined);
        try {
          // 4 bytes per character at most: a file this big cannot fit, whatever it holds.
          if (file.size > maxPostmanFileChars * 4) throw { code: 'too_large', message: `It is ${Math.round(file.size / 1048576)} MB; Shoreline imports collections of up to 64 MB.` } satisfies AppError;
          const head = await file.slice(0, 64 * 1024).text();
          if (importKindOf(head, file.name) === 'spec') {
            specs.push(file);
            continue;
          }
          const imported = await actions.importText(await readText(file), file.name);
          setOutcome(imported);
          onImported?.(imported.collectionId);
        } catch (thrown) {
          const failure = appErrorOf(thrown);
          setError({ ...failure, message: `${file.name}: ${failure.message}` });
        } finally {
          setBusy(undefined);
        }
      }
      if (specs.length > 0) {
        runWindowCommand('showSidebarTab', { tab: 'explorer' });
        runWindowCommand('importSpecFiles', { files: specs });
      }
    },
    [actions, onImported],
  );

  return { busy, error, clearError: () => setError(undefined), outcome, closeReport: () => setOutcome(undefined), importFiles };
}
