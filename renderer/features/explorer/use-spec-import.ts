/** Importing specs from a file or a URL, with the state the explorer shows while it happens. */
import { useCallback, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { HostError } from '../../host/host';
import { useHost } from '../../host/host-context';
import { useNotify } from '../../components/notifier';
import type { ImportOutcome, ImportQuestion, ImportResult } from '../../../shared/contract/specs';
import type { Host } from '../../host/host';
import { describeImport, importSpecFile } from './import-spec';

/** The import state and the two ways to start one. */
export interface SpecImport {
  busy: string | undefined;
  error: AppError | undefined;
  clearError(): void;
  importFiles(files: Iterable<File>): Promise<void>;
  importUrl(url: string): Promise<boolean>;
  /** An import waiting for "update, or import as new?". */
  question: ImportQuestion | undefined;
  answer(choice: 'update' | 'new' | 'cancel'): Promise<void>;
  /** Puts back the spec the last update replaced. */
  undoReplace(): Promise<void>;
}

function asAppError(thrown: unknown): AppError {
  return thrown instanceof HostError ? thrown.error : { code: 'internal', message: 'The import failed. Nothing you had was changed.' };
}

/** The spec's absolute server URLs that no environment has as its baseUrl yet. */
async function newServers(host: Host, result: ImportResult): Promise<{ url: string; name: string }[]> {
  const known = new Set((await host.invoke('environments.list', {})).map((e) => e.variables.baseUrl?.replace(/\/+$/, '')));
  return result.spec.servers
    .filter((s) => /^https?:\/\//.test(s.url) && !known.has(s.url.replace(/\/+$/, '')))
    .map((s) => ({ url: s.url.replace(/\/+$/, ''), name: `${result.spec.title} · ${s.description ?? new URL(s.url).host}`.slice(0, 100) }));
}

/** Imports specs and reports the outcome as a notice (success) or an error (kept on screen). */
export function useSpecImport(onImported?: (specId: string) => void): SpecImport {
  const host = useHost();
  const notify = useNotify();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<AppError>();
  const [question, setQuestion] = useState<ImportQuestion>();

  const undoReplace = useCallback(async () => {
    try {
      const spec = await host.invoke('specs.undoReplace', {});
      notify({ message: `Put back ${spec.title}${spec.version ? ` v${spec.version}` : ''} as it was before the update.` });
    } catch (thrown) {
      setError(asAppError(thrown));
    }
  }, [host, notify]);

  // The spec's own `servers` become environments on request, as Postman's import offers; an update can be undone.
  const announce = useCallback(
    async (result: ImportResult) => {
      if (result.replaced) {
        notify({ message: describeImport(result), action: { label: 'Undo', onClick: () => void undoReplace() } });
        return;
      }
      const servers = await newServers(host, result).catch(() => []);
      const add = async () => {
        for (const server of servers) await host.invoke('environments.create', { kind: 'spec', name: server.name, variables: { baseUrl: server.url } });
        notify({ message: `Added ${servers.length} environment${servers.length === 1 ? '' : 's'} from ${result.spec.title}.` });
      };
      notify({ message: describeImport(result), ...(servers.length > 0 && { action: { label: `Add its ${servers.length === 1 ? 'server' : `${servers.length} servers`} as environments`, onClick: () => void add().catch(() => undefined) } }) });
    },
    [host, notify, undoReplace],
  );

  /** Announces a finished import, or keeps the question for the dialog. */
  const settle = useCallback(
    async (outcome: ImportOutcome) => {
      if ('question' in outcome) {
        setQuestion(outcome.question);
        return;
      }
      await announce(outcome);
      onImported?.(outcome.spec.id);
    },
    [announce, onImported],
  );

  const answer = useCallback(
    async (choice: 'update' | 'new' | 'cancel') => {
      const asked = question;
      if (!asked) return;
      setBusy(asked.incoming.title);
      try {
        const result = await host.invoke('specs.resolveImport', { pendingId: asked.pendingId, choice });
        setQuestion(undefined);
        if (result) await settle(result);
      } catch (thrown) {
        setQuestion(undefined);
        setError(asAppError(thrown));
      } finally {
        setBusy(undefined);
      }
    },
    [host, question, settle],
  );

  const importFiles = useCallback(
    async (files: Iterable<File>) => {
      for (const file of files) {
        setBusy(file.name);
        setError(undefined);
        try {
          await settle(await importSpecFile(host, file));
        } catch (thrown) {
          const error = asAppError(thrown);
          setError({ ...error, message: `${file.name}: ${error.message}` });
        } finally {
          setBusy(undefined);
        }
      }
    },
    [host, settle],
  );

  const importUrl = useCallback(
    async (url: string) => {
      setBusy(url);
      setError(undefined);
      try {
        await settle(await host.invoke('specs.importUrl', { url }));
        return true;
      } catch (thrown) {
        setError(asAppError(thrown));
        return false;
      } finally {
        setBusy(undefined);
      }
    },
    [host, settle],
  );

  return { busy, error, clearError: () => setError(undefined), importFiles, importUrl, question, answer, undoReplace };
}
