/** The Monaco editor itself; loaded lazily (see code-editor.tsx) so the first paint never waits for it. */
import Editor from '@monaco-editor/react';
import { useTheme } from '@mui/material/styles';
import { useEffect } from 'react';
import { monoFont } from '../theme/tokens';
import { attachJsonSchema } from './monaco-setup';
import type { CodeEditorProps } from './code-editor-props';

/** Monaco with Shoreline's theme, optional JSON schema and read-only mode. */
export default function CodeEditorImpl({ value, onChange, language = 'json', readOnly = false, schema, modelPath, height = '100%', ariaLabel }: CodeEditorProps) {
  const theme = useTheme();
  useEffect(() => {
    if (language !== 'json') return;
    attachJsonSchema(modelPath, schema);
    return () => attachJsonSchema(modelPath, undefined);
  }, [modelPath, schema, language]);
  return (
    <Editor
      height={height}
      path={modelPath}
      language={language}
      value={value}
      theme={theme.palette.mode === 'dark' ? 'vs-dark' : 'vs'}
      onChange={(text) => onChange?.(text ?? '')}
      options={{
        readOnly,
        domReadOnly: readOnly,
        minimap: { enabled: false },
        fontFamily: monoFont,
        fontSize: 13,
        scrollBeyondLastLine: false,
        automaticLayout: true,
        wordWrap: 'on',
        tabSize: 2,
        renderLineHighlight: readOnly ? 'none' : 'line',
        folding: true,
        ariaLabel,
        fixedOverflowWidgets: true,
        // A read-only view has nothing to indent: Tab moves on, so the keyboard is never trapped here.
        tabFocusMode: readOnly,
      }}
    />
  );
}
