/**
 * The Pretty tab: formatted JSON (or the text) in a read-only Monaco editor with colours and
 * folding; very large answers use the plain virtualised viewer so the window stays responsive.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { CodeEditor, type CodeEditorProps } from '../../../components/code-editor/code-editor';
import { mediaTypeOf } from '../../../../shared/http/content-kind';
import { TextToolbar } from './text-toolbar';
import type { ShownText } from './use-body-view';
import { VirtualText } from './virtual-text';

/** Above this many characters Monaco's model building would block the window; the plain viewer takes over. */
const editorLimit = 4 * 1024 * 1024;

function languageOf(view: ShownText, contentType: string): CodeEditorProps['language'] {
  if (view.json === 'valid') return 'json';
  const media = mediaTypeOf(contentType);
  if (media === 'text/html') return 'html';
  if (media.endsWith('xml')) return 'xml';
  return 'plaintext';
}

/** The pretty view of a prepared body. */
export function PrettyView({ view, contentType, modelKey }: { view: ShownText; contentType: string; modelKey: string }) {
  const full = view.pretty.text;
  const large = full === undefined || full.length > editorLimit;
  const language = languageOf(view, contentType);
  const note = view.json === 'valid' ? 'Formatted JSON' : view.json === 'invalid' ? 'Shown as text' : 'Text';
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      {view.json === 'invalid' && (
        <Alert severity="info" sx={{ borderRadius: 0 }}>
          The service said this answer is JSON, but it cannot be read as JSON ({view.jsonError}). It is shown as plain text below.
        </Alert>
      )}
      <TextToolbar lines={view.pretty} note={large ? `${note} · large answer, shown without colours and folding so Shoreline stays quick` : note} />
      {large || full === undefined ? (
        <VirtualText lines={view.pretty} ariaLabel="Formatted answer" testId="response-pretty" />
      ) : (
        <Box data-testid="response-pretty" sx={{ flex: 1, minHeight: 0 }}>
          <CodeEditor key={modelKey} value={full} language={language} readOnly modelPath={`response/${modelKey}.${language === 'plaintext' ? 'txt' : language}`} height="100%" ariaLabel="Formatted answer" />
        </Box>
      )}
    </Box>
  );
}
