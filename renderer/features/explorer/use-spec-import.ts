/** Importing specs from a file or a URL, with the state the explorer shows while it happens. */
import { useCallback, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { HostError } from '../../host/host';
import { useHost } from '../../host/host-context';
import { useNotify } from '../../components/notifier';
import { describeImport, importSpecFile } from './import-spec';

/** The import state and the two ways to start one. */
export interface SpecImport {
  busy: string | undefined;
  error: AppError | undefined;
  clearError(): void;
  importFiles(files: Iterable<File>): Promise<void>;
  importUrl(url: string): Promise<boolean>;
}

function asAppError(thrown: unknown): AppError {
  return thrown instanceof HostError ? thrown.error : { code: 'internal', message: 'The import failed. Nothing you had was changed.' };
}

/** Imports specs and reports the outcome as a notice (success) or an error (kept on screen). */
export function useSpecImport(onImported?: (specId: string) => void): SpecImport {
  const host = useHost();
  const notify = useNotify();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<AppError>();

  const importFiles = useCallback(
    async (files: Iterable<File>) => {
      for (const file of files) {
        setBusy(file.name);
        setError(undefined);
        try {
          const result = await importSpecFile(host, file);
          notify({ message: describeImport(result) });
          onImported?.(result.spec.id);
        } catch (thrown) {
          setError({ ...asAppError(thrown), message: `${file.name}: ${asAppError(thrown).message}` });
        } finally {
          setBusy(undefined);
        }
      }
    },
    [host, notify, onImported],
  );

  const importUrl = useCallback(
    async (url: string) => {
      setBusy(url);
      setError(undefined);
      try {
        const result = await host.invoke('specs.importUrl', { url });
        notify({ message: describeImport(result) });
        onImported?.(result.spec.id);
        return true;
      } catch (thrown) {
        setError(asAppError(thrown));
        return false;
      } finally {
        setBusy(undefined);
      }
    },
    [host, notify, onImported],
  );

  return { busy, error, clearError: () => setError(undefined), importFiles, importUrl };
}
