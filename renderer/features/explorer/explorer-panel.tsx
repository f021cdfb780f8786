/** The Explorer tab: imported API specs as a searchable tree of endpoints; drop or pick files to import. */
import TravelExploreOutlined from '@mui/icons-material/TravelExploreOutlined';
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { lazy, memo, Suspense, useCallback, useMemo, useRef, useState } from 'react';
import { searchSaved } from '../../../shared/model/collection-outline';
import type { ImportResult } from '../../../shared/contract/specs';
import type { SpecSummary } from '../../../shared/openapi/types';
import { EmptyState } from '../../components/empty-state';
import { useOnceTrue } from '../../components/hooks/use-once-true';
import { focusRegionWhenReady, useRegionReady } from '../../components/regions';
import { useWindowCommand } from '../../components/window-commands';
import { useHost } from '../../host/host-context';
import { useActiveEnvironment } from '../environments';
import { useCollectionsList } from '../collections';
import { SpecReviewOffers, useSpecReview } from '../spec-review';
import { useWorkspace } from '../workspace';
import { ExplorerToolbar } from './explorer-toolbar';
import { ExplorerTree } from './explorer-tree';
import { savedGroupKey, savedRows, specKey } from './explorer-rows';
import { SpecActions } from './spec-actions';
import { useSpecImport } from './use-spec-import';
import { useSpecTree } from './use-spec-tree';
import { ImportingLine } from '../../components/importing-line';

// Memoised with stable props: a keystroke re-renders only the search box at once; the panel follows
// in a transition, which needs to redraw neither the toolbar nor the closed dialogs.
const Toolbar = memo(ExplorerToolbar);
// The dialogs are not on the first screen: each loads when it first opens (see useOnceTrue).
const UrlDialog = lazy(() => import('./import-url-dialog').then((m) => ({ default: memo(m.ImportUrlDialog) })));
const QuestionDialog = lazy(() => import('./import-question-dialog').then((m) => ({ default: memo(m.ImportQuestionDialog) })));
const Findings = lazy(() => import('./findings-dialog').then((m) => ({ default: memo(m.FindingsDialog) })));
const ReviewOffers = memo(SpecReviewOffers);
const Actions = memo(SpecActions);

// A plain element: MUI's sx here was styled again on every keystroke the panel renders.
const panelStyle = { height: '100%', display: 'flex', flexDirection: 'column' } as const;

/** The Explorer sidebar tab. */
export function ExplorerPanel() {
  const host = useHost();
  const { active, openOperation, openSaved } = useWorkspace();
  const { collections } = useCollectionsList();
  const activeEnvironment = useActiveEnvironment();
  // Set by the search box inside a transition: the list, its count and the saved matches follow together.
  const [query, setQuery] = useState('');
  const [urlOpen, setUrlOpen] = useState(false);
  const [findingsOf, setFindingsOf] = useState<SpecSummary>();
  const fileInput = useRef<HTMLInputElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const treeElement = useRef<HTMLDivElement>(null);
  const { tree, rows: specRows, matchCount, toggle, expand, showImported, firstOperation } = useSpecTree(query);
  // Saved requests that match the search (by name and address) come first, in their own group.
  const searched = query.trim();
  const saved = useMemo(() => searchSaved(collections ?? [], searched), [collections, searched]);
  const [savedOpen, setSavedOpen] = useState(true);
  // Without saved matches the spec rows are handed on as they are (no copy of up to 2,000 rows per keystroke).
  const rows = useMemo(() => (saved.length === 0 ? specRows : [...savedRows(saved, savedOpen), ...specRows]), [saved, savedOpen, specRows]);
  const toggleRow = useCallback((key: string) => (key === savedGroupKey ? setSavedOpen((open) => !open) : toggle(key)), [toggle]);
  // After an update, saved requests that use the spec are offered for review (see features/spec-review).
  const { offer: offerReview } = useSpecReview();
  const onImported = useCallback(
    (result: ImportResult) => {
      showImported(result.node);
      expand([specKey(result.spec.id)]);
      void offerReview(result.spec.id).catch(() => undefined);
    },
    [showImported, expand, offerReview],
  );
  const imports = useSpecImport(onImported);
  // Ctrl K (the app's shortcut) from another sidebar tab switches here and asks for the search box.
  useRegionReady('sidebar', true);

  const { importUrl, undoReplace, answer } = imports;
  // Stable callbacks let a spec's menu button skip the redraw of its row (a search that ends redraws every spec header).
  const reimport = useCallback((url: string) => void importUrl(url), [importUrl]);
  const removeSpec = useCallback((spec: SpecSummary) => void host.invoke('specs.remove', { id: spec.id }), [host]);
  const undoLastReplace = useCallback(() => void undoReplace(), [undoReplace]);
  const specActions = useCallback(
    (specId: string) => {
      const spec = tree?.find((n) => n.spec.id === specId)?.spec;
      return spec && <Actions spec={spec} onShowFindings={setFindingsOf} onReimport={reimport} onRemove={removeSpec} onUndoReplace={undoLastReplace} />;
    },
    [tree, reimport, removeSpec, undoLastReplace],
  );
  const operationCount = tree?.reduce((sum, node) => sum + node.spec.operationCount, 0) ?? 0;
  // Stable props let the memoised tree skip a keystroke's urgent render (its rows follow at a lower priority).
  const selectedSpecId = active?.source.kind === 'operation' ? active.source.specId : undefined;
  const selectedOperationId = active?.source.kind === 'operation' ? active.source.operationId : undefined;
  const selected = useMemo(
    () => (selectedSpecId !== undefined && selectedOperationId !== undefined ? { specId: selectedSpecId, operationId: selectedOperationId } : undefined),
    [selectedSpecId, selectedOperationId],
  );
  const onOpenSaved = useCallback((collectionId: string, itemId: string, pin: boolean) => void openSaved(collectionId, itemId, { pin }).catch(() => undefined), [openSaved]);
  const sandboxUrl = activeEnvironment?.isSandbox ? activeEnvironment.variables.baseUrl : undefined;
  // The first-run guide's Import buttons.
  useWindowCommand('importSpecFile', () => fileInput.current?.click());
  // OpenAPI files dropped on the Collections tab come here.
  useWindowCommand('importSpecFiles', ({ files }) => void imports.importFiles(files));
  useWindowCommand('importSandboxSpec', () => sandboxUrl && void imports.importUrl(`${sandboxUrl}/openapi.json`));
  // Enter in the search box opens the first match and takes the keyboard on to its parameters.
  const openFirstMatch = useCallback(
    (typed: string) => {
      const first = firstOperation(typed);
      if (first?.kind !== 'operation') return;
      focusRegionWhenReady('request');
      openOperation(first.specId, first.operation.id, { title: first.label });
    },
    [firstOperation, openOperation],
  );
  const pickFile = useCallback(() => fileInput.current?.click(), []);
  const pickUrl = useCallback(() => setUrlOpen(true), []);
  const closeUrl = useCallback(() => setUrlOpen(false), []);
  const toTree = useCallback(() => treeElement.current?.focus(), []);
  const importFromDialog = useCallback((url: string) => importUrl(url, { inPanel: false }), [importUrl]);
  const answerQuestion = useCallback((choice: Parameters<typeof answer>[0]) => void answer(choice), [answer]);
  const closeFindings = useCallback(() => setFindingsOf(undefined), []);
  const urlDialogUsed = useOnceTrue(urlOpen);
  const questionUsed = useOnceTrue(imports.question !== undefined);
  const findingsUsed = useOnceTrue(findingsOf !== undefined);

  return (
    <div
      style={panelStyle}
      onDragOver={(e) => e.dataTransfer.types.includes('Files') && e.preventDefault()}
      onDrop={(e) => {
        if (e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        void imports.importFiles([...e.dataTransfer.files]);
      }}
    >
      <input ref={fileInput} type="file" hidden accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml" multiple data-testid="spec-file-input"
        onChange={(e) => {
          // Copy the list first: clearing the input (so the same file can be picked again) empties it.
          if (e.target.files) void imports.importFiles([...e.target.files]);
          e.target.value = '';
        }}
      />
      <Toolbar ref={search} onQuery={setQuery} operationCount={operationCount} onPickFile={pickFile} onPickUrl={pickUrl} onEnter={openFirstMatch} onArrowDown={toTree} />
      {imports.busy && <ImportingLine name={imports.busy} />}
      {imports.error && (
        <Alert severity="error" onClose={imports.clearError} sx={{ m: 1 }} data-testid="import-error">
          {imports.error.message}
        </Alert>
      )}
      <ReviewOffers />
      {tree && tree.length === 0 && !imports.busy && (
        <EmptyState icon={<TravelExploreOutlined />} title="No API specs yet" testId="explorer-empty"
          actions={
            <>
              <Button variant="contained" onClick={() => fileInput.current?.click()}>Import an OpenAPI file</Button>
              {sandboxUrl && <Button onClick={() => void imports.importUrl(`${sandboxUrl}/openapi.json`)}>Explore the Sandbox API</Button>}
            </>
          }
        >
          Import an OpenAPI file — for example the storage-api.yaml you downloaded from the Data Services Cloud Console — and its endpoints appear here, grouped by topic. You can also drop files here.
        </EmptyState>
      )}
      {/* The count follows the list it counts (both from the same transition): a keystroke's urgent render changes nothing below the box. */}
      {searched && tree && tree.length > 0 && (
        <Typography variant="caption" color="textSecondary" sx={{ px: 1.5, py: 0.5 }} role="status">
          {matchCount === 0 ? 'No endpoint matches that search.' : `${matchCount.toLocaleString()} matching endpoint${matchCount === 1 ? '' : 's'}`}
          {saved.length > 0 && ` · ${saved.length} saved request${saved.length === 1 ? '' : 's'}`}
        </Typography>
      )}
      {rows.length > 0 && (
        <ExplorerTree rows={rows} selected={selected} onToggle={toggleRow} onOpen={openOperation} onOpenSaved={onOpenSaved} treeRef={treeElement}
          specActions={specActions}
        />
      )}
      <Suspense fallback={null}>{urlDialogUsed && <UrlDialog open={urlOpen} onClose={closeUrl} onImport={importFromDialog} busy={imports.busy !== undefined} />}</Suspense>
      <Suspense fallback={null}>{questionUsed && <QuestionDialog question={imports.question} busy={imports.busy !== undefined} onAnswer={answerQuestion} />}</Suspense>
      <Suspense fallback={null}>{findingsUsed && <Findings specId={findingsOf?.id} title={findingsOf?.title ?? ''} onClose={closeFindings} />}</Suspense>
    </div>
  );
}
