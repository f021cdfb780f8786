/** The props of the code editor, shared by the lazy wrapper and the implementation. */
export interface CodeEditorProps {
  value: string;
  onChange?: (value: string) => void;
  language?: 'json' | 'html' | 'xml' | 'plaintext';
  readOnly?: boolean;
  /** A JSON schema the editor completes and validates against. */
  schema?: unknown;
  /** A stable, unique model path, e.g. `request-body/<operation>.json`. */
  modelPath: string;
  height?: string | number;
  ariaLabel?: string;
}
