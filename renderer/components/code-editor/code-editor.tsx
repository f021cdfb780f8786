/** A code editor that loads Monaco on first use and shows a quiet placeholder meanwhile. */
import Box from '@mui/material/Box';
import LinearProgress from '@mui/material/LinearProgress';
import { lazy, Suspense } from 'react';
import type { CodeEditorProps } from './code-editor-props';

const CodeEditorImpl = lazy(() => import('./code-editor-impl'));

/** Monaco, lazily loaded. */
export function CodeEditor(props: CodeEditorProps) {
  return (
    <Suspense fallback={<Box sx={{ height: props.height ?? '100%' }}><LinearProgress sx={{ opacity: 0.4 }} /></Box>}>
      <CodeEditorImpl {...props} />
    </Suspense>
  );
}

export type { CodeEditorProps };
