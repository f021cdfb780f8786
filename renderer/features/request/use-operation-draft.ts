/**
 * Loads a tab's spec operation and keeps its draft. An endpoint opened from the explorer remembers its
 * draft per endpoint, in memory for the session and in main across restarts (as the request model),
 * so going back to it — even after re-importing a newer spec — finds the parameters as they were
 * left. A saved or re-opened request starts from its own request model over the operation as it is
 * now, so its ticks and values come back while docs and helpers follow the spec.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '../../../shared/errors';
import { draftFromRequest, extraRowsOf, requestFromDraft, type ExtraRows } from '../../../shared/model/operation-draft';
import { operationLinkOf, type OperationLink, type RequestRow, type SavedRequest } from '../../../shared/model/request';
import { initialRequestDraft, type RequestDraft } from '../../../shared/openapi/request-draft';
import type { OperationDetail } from '../../../shared/openapi/types';
import { HostError, type Host } from '../../host/host';
import { useHost } from '../../host/host-context';
import { useWorkspace, type OpenTab } from '../workspace';
import { reconcileDraft } from './draft-edits';

/** An explorer draft: the builder's rows, and the headers and query rows the spec does not declare. */
interface Remembered {
  draft: RequestDraft;
  extra: ExtraRows;
}

/** Explorer drafts of this session, per endpoint (`<specId>:<METHOD path>`). */
const drafts = new Map<string, Remembered>();

const noExtra: ExtraRows = { query: [], headers: [] };

/**
 * Extra rows worth showing when a request is opened over the operation as it is now: an unticked, empty
 * row (what a parameter the spec has since dropped leaves behind) carries nothing.
 */
const meaningful = (extra: ExtraRows): ExtraRows => {
  const keep = (row: RequestRow) => row.enabled || row.value !== '';
  return { query: extra.query.filter(keep), headers: extra.headers.filter(keep) };
};

/** `request` with the extra rows after its own. */
const withExtra = (request: SavedRequest, extra: ExtraRows): SavedRequest => ({ ...request, query: [...request.query, ...extra.query], headers: [...request.headers, ...extra.headers] });

/** Saves drafts to main half a second after the last edit (typing does not write on every key). */
function useDebouncedSave(host: Host): (key: string, remembered: Remembered) => void {
  const timers = useRef(new Map<string, ReturnType<typeof setTimeout>>());
  return useCallback(
    (key: string, { draft, extra }: Remembered) => {
      clearTimeout(timers.current.get(key));
      const request = withExtra(requestFromDraft(draft, operationLinkOf(key)), extra);
      timers.current.set(key, setTimeout(() => void host.invoke('drafts.put', { key, request }).catch(() => undefined), 500));
    },
    [host],
  );
}

/**
 * The tab's request made from `draft`: what the builder edits comes from the draft, the rest (auth,
 * variables, captures, notes, the server part of the address, headers and query rows the spec does not
 * declare) from the request as it was.
 */
export function mergedRequest(draft: RequestDraft, link: OperationLink, before: SavedRequest): SavedRequest {
  const base = before.url.endsWith(draft.path) && before.url.length > draft.path.length ? before.url.slice(0, -draft.path.length) : '{{baseUrl}}';
  const made = withExtra(requestFromDraft(draft, link, base), extraRowsOf(before, draft));
  return { ...made, auth: before.auth, variables: before.variables, captures: before.captures, ...(before.description !== undefined && { description: before.description }) };
}

/** The loaded operation, the tab's draft, and a setter. */
export function useOperationDraft(tab: OpenTab) {
  const host = useHost();
  const workspace = useWorkspace();
  const link = tab.request.operation!;
  const key = `${link.specId}:${link.operationKey}`;
  const fromExplorer = tab.source.kind === 'operation';
  const [state, setState] = useState<{ key: string; operation?: OperationDetail; error?: AppError }>();
  // The tab as it is now, for callbacks that run later.
  const current = useRef(tab);
  useEffect(() => {
    current.current = tab;
  });

  useEffect(() => {
    let live = true;
    const start = current.current;
    Promise.all([
      host.invoke('specs.operation', { specId: link.specId, operationId: link.operationKey }),
      fromExplorer && !drafts.has(key) && !start.draft ? host.invoke('drafts.get', { key }).catch(() => null) : Promise.resolve(null),
    ]).then(
      ([operation, savedDraft]) => {
        if (!live) return;
        const fresh = initialRequestDraft(operation);
        let draft = start.draft;
        let before = start.request;
        if (!draft && fromExplorer) {
          const remembered = drafts.get(key);
          draft = remembered ? reconcileDraft(fresh, remembered.draft) : savedDraft ? draftFromRequest(fresh, savedDraft) : fresh;
          const extra = remembered?.extra ?? (savedDraft ? meaningful(extraRowsOf(savedDraft, draft)) : noExtra);
          drafts.set(key, { draft, extra });
          before = withExtra(start.request, extra);
        }
        // The placeholder the tab opened with becomes the real request; opening is not an edit.
        if (!draft) {
          draft = draftFromRequest(fresh, start.request);
          const extra = meaningful(extraRowsOf(start.request, draft));
          workspace.edit(start.id, { draft, request: mergedRequest(draft, link, withExtra({ ...start.request, query: [], headers: [] }, extra)) });
        } else if (!start.draft) workspace.edit(start.id, { draft, request: mergedRequest(draft, link, before) });
        setState({ key, operation });
      },
      (thrown: unknown) => live && setState({ key, error: thrown instanceof HostError ? thrown.error : { code: 'internal', message: 'This endpoint could not be opened.' } }),
    );
    return () => {
      live = false;
    };
    // Loaded once per tab and operation; edits flow through setDraft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, key, tab.id]);

  const save = useDebouncedSave(host);
  const remember = useCallback(
    (value: Remembered) => {
      drafts.set(key, value);
      save(key, value);
    },
    [key, save],
  );
  const { edit } = workspace;
  const setDraft = useCallback(
    (update: (draft: RequestDraft) => RequestDraft) => {
      // Applied to the tab as it is when the edit lands, so quick edits build on each other.
      edit(
        current.current.id,
        (now) => {
          if (!now.draft) return {};
          const draft = update(now.draft);
          const request = mergedRequest(draft, link, now.request);
          if (fromExplorer) remember({ draft, extra: extraRowsOf(request, draft) });
          return { draft, request };
        },
        // An edit keeps a preview tab; an endpoint's own tab keeps its edits per endpoint, so it is never "unsaved".
        { pin: true, dirty: !fromExplorer },
      );
    },
    [edit, link, fromExplorer, remember],
  );
  /** Replaces the headers and query rows the spec does not declare. */
  const setExtra = useCallback(
    (extra: ExtraRows) => {
      edit(
        current.current.id,
        (now) => {
          if (!now.draft) return {};
          const request = withExtra(mergedRequest(now.draft, link, { ...now.request, query: [], headers: [] }), extra);
          if (fromExplorer) remember({ draft: now.draft, extra });
          return { request };
        },
        { pin: true, dirty: !fromExplorer },
      );
    },
    [edit, link, fromExplorer, remember],
  );
  // A re-import of the spec (a newer version, say) while the tab is open: the tab follows the operation as
  // it is now, keeping every value whose parameter still exists, as reopening it would.
  const shown = useRef<OperationDetail | undefined>(undefined);
  const importedAt = useRef<string | undefined>(undefined);
  useEffect(() => {
    shown.current = state?.key === key ? state.operation : undefined;
  });
  useEffect(
    () =>
      host.on('specs.changed', (specs) => {
        const spec = specs.find((s) => s.id === link.specId);
        // Only an import changes operations (validation and other specs' imports send this too).
        if (!shown.current || !spec || spec.importedAt === importedAt.current) return;
        importedAt.current = spec.importedAt;
        host.invoke('specs.operation', { specId: link.specId, operationId: link.operationKey }).then(
          (operation) => {
            const before = shown.current;
            if (!before || JSON.stringify(before) === JSON.stringify(operation)) return;
            workspace.edit(current.current.id, (now) => {
              if (!now.draft) return {};
              // Extras as they were over the old operation: the rows of parameters the new one dropped go with them.
              const extra = extraRowsOf(now.request, now.draft);
              const draft = reconcileDraft(initialRequestDraft(operation), now.draft);
              const request = withExtra(mergedRequest(draft, link, { ...now.request, query: [], headers: [] }), extra);
              if (fromExplorer) remember({ draft, extra });
              return { draft, request };
            });
            setState({ key, operation });
          },
          // Gone from the new version: the tab keeps what it shows; sending says what the server thinks.
          () => undefined,
        );
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [host, key],
  );

  const ready = state && state.key === key ? state : undefined;
  const operation = ready?.operation;
  return {
    operation,
    draft: ready?.operation ? tab.draft : undefined,
    error: ready?.error,
    extra: ready?.operation && tab.draft ? extraRowsOf(tab.request, tab.draft) : noExtra,
    setDraft,
    setExtra,
    reset: () => operation && setDraft(() => initialRequestDraft(operation)),
  };
}
