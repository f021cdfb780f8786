/** Importing specs from a file or a URL, with the state the explorer shows while it happens. */
import { useCallback, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { HostError } from '../../host/host';
import { useHost } from '../../host/host-context';
import { useNotify } from '../../components/notifier';
import type { ImportOutcome, ImportQuestion, ImportResult } from '../../../shared/contract/specs';
import type { Host } from '../../host/host';
import { runWindowCommand } from '../../components/window-commands';
import { importKindOf } from '../collections';
import { describeImport, describeUndo, importSpecFile } from './import-spec';
import { serverEnvironments, type ServerEnvironment } from './spec-server-environments';

/** The import state and the two ways to start one. */
export interface SpecImport {
  busy: string | undefined;
  error: AppError | undefined;
  clearError(): void;
  importFiles(files: Iterable<File>): Promise<void>;
  /**
   * Imports from a URL; resolves to the error (undefined when it worked). The error shows in the panel
   * unless `inPanel` is false — the URL dialog shows it itself, where the user is looking.
   */
  importUrl(url: string, options?: { inPanel?: boolean }): Promise<AppError | undefined>;
  /** An import waiting for "update, or import as new?". */
  question: ImportQuestion | undefined;
  answer(choice: 'update' | 'new' | 'cancel'): Promise<void>;
  /** Puts back the spec the last update replaced. */
  undoReplace(): Promise<void>;
}

function asAppError(thrown: unknown): AppError {
  return thrown instanceof HostError ? thrown.error : { code: 'internal', message: 'The import failed. Nothing you had was changed.' };
}

/** The environments the spec's own servers would add: well named, linked to a connection that fits (see spec-server-environments.ts). */
async function newServers(host: Host, result: ImportResult): Promise<ServerEnvironment[]> {
  const [environments, connections] = await Promise.all([host.invoke('environments.list', {}), host.invoke('connections.list', {})]);
  return serverEnvironments(result.spec.title, result.spec.servers, environments, connections);
}

/** Imports specs and reports the outcome as a notice (success) or an error (kept on screen). */
export function useSpecImport(onImported?: (result: ImportResult) => void): SpecImport {
  const host = useHost();
  const notify = useNotify();
  const [busy, setBusy] = useState<string>();
  const [error, setError] = useState<AppError>();
  const [question, setQuestion] = useState<ImportQuestion>();

  const undoReplace = useCallback(async () => {
    try {
      notify({ message: describeUndo(await host.invoke('specs.undoReplace', {})) });
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
        for (const server of servers) await host.invoke('environments.create', server.input);
        notify({ message: `Added ${servers.length} environment${servers.length === 1 ? '' : 's'} from ${result.spec.title}: ${servers.map((s) => s.name).join(', ')}.` });
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
      // The spec is drawn first (from the answer), then announced: the notice waits for the environments.
      onImported?.(outcome);
      await announce(outcome);
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
      const collections: File[] = [];
      for (const file of files) {
        setError(undefined);
        try {
          // A Postman collection dropped here goes to the Collections tab, as Postman's own Import would take it.
          if (importKindOf(await file.slice(0, 64 * 1024).text(), file.name) === 'postman') {
            collections.push(file);
            continue;
          }
          // The upload leaves first and the "Importing…" line is drawn while the host reads the file:
          // drawing it first held the upload back by a render of the whole panel.
          const outcome = importSpecFile(host, file);
          setBusy(file.name);
          await settle(await outcome);
        } catch (thrown) {
          const error = asAppError(thrown);
          setError({ ...error, message: `${file.name}: ${error.message}` });
        } finally {
          setBusy(undefined);
        }
      }
      if (collections.length > 0) {
        runWindowCommand('showSidebarTab', { tab: 'collections' });
        runWindowCommand('importCollectionFiles', { files: collections });
      }
    },
    [host, settle],
  );

  const importUrl = useCallback(
    async (url: string, options: { inPanel?: boolean } = {}) => {
      setBusy(url);
      setError(undefined);
      try {
        await settle(await host.invoke('specs.importUrl', { url }));
        return undefined;
      } catch (thrown) {
        const failure = asAppError(thrown);
        if (options.inPanel !== false) setError(failure);
        return failure;
      } finally {
        setBusy(undefined);
      }
    },
    [host, settle],
  );

  return { busy, error, clearError: () => setError(undefined), importFiles, importUrl, question, answer, undoReplace };
}
