/**
 * What the Collections tab needs for Postman files, as one hook: the hidden file picker, drag and
 * drop, the "Importing…" line and any refusal, the import report (loaded only when an import
 * finishes) and Export. The panel spreads these in a few lines.
 */
import Alert from '@mui/material/Alert';
import { lazy, Suspense, useRef, type DragEvent, type ReactNode } from 'react';
import { useWindowCommand } from '../../../components/window-commands';
import { usePostmanActions } from './postman-host';
import { useExportPostman } from './use-export-postman';
import { usePostmanImport } from './use-postman-import';
import { ImportingLine } from '../../../components/importing-line';

const ImportReportDialog = lazy(() => import('./import-report-dialog'));

/** The pieces the panel places. */
export interface PostmanPanelParts {
  /** Opens the file picker. */
  pick(): void;
  /** Handlers for the panel's drop zone. */
  dropZone: { onDragOver(e: DragEvent): void; onDrop(e: DragEvent): void };
  /** The hidden input, the status line, refusals and the report dialog. */
  elements: ReactNode;
  exportCollection(collectionId: string, name: string): void;
}

/** Postman import and export for the Collections tab; `onImported` opens the new collection's row. */
export function usePostmanPanel(onImported: (collectionId: string) => void): PostmanPanelParts {
  const actions = usePostmanActions();
  const imports = usePostmanImport(actions, onImported);
  const exportCollection = useExportPostman(actions);
  const input = useRef<HTMLInputElement>(null);
  useWindowCommand('importCollectionFiles', ({ files }) => void imports.importFiles(files));

  const elements = (
    <>
      <input ref={input} type="file" hidden accept=".json,application/json,.yaml,.yml" multiple data-testid="collection-file-input"
        onChange={(e) => {
          // Copy the list first: clearing the input (so the same file can be picked again) empties it.
          if (e.target.files) void imports.importFiles([...e.target.files]);
          e.target.value = '';
        }}
      />
      {imports.busy && <ImportingLine name={imports.busy} />}
      {imports.error && (
        <Alert severity="error" onClose={imports.clearError} sx={{ m: 1 }} data-testid="collection-import-error">{imports.error.message}</Alert>
      )}
      {imports.outcome && (
        <Suspense fallback={null}>
          <ImportReportDialog outcome={imports.outcome} actions={actions} onClose={imports.closeReport} />
        </Suspense>
      )}
    </>
  );
  return {
    pick: () => input.current?.click(),
    dropZone: {
      onDragOver: (e) => {
        if (e.dataTransfer.types.includes('Files')) e.preventDefault();
      },
      onDrop: (e) => {
        if (e.dataTransfer.files.length === 0) return;
        e.preventDefault();
        void imports.importFiles([...e.dataTransfer.files]);
      },
    },
    elements,
    exportCollection,
  };
}
