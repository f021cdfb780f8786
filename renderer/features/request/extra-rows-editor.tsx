/**
 * Under an operation's parameters: the headers (and query parameters) the spec does not list — one a
 * Postman collection brought, or one the user adds, such as `Accept` — kept with the request and sent
 * after the operation's own, as in Postman's Headers tab. Query rows show only when there are some:
 * a parameter the spec does not know is rare, and typing it in the address is how it usually arrives.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { ExtraRows } from '../../../shared/model/operation-draft';
import { RowsEditor } from '../../components/rows-editor';

/** The props of {@link ExtraRowsEditor}. */
export interface ExtraRowsEditorProps {
  extra: ExtraRows;
  onChange(extra: ExtraRows): void;
}

/** The two tables, headed so a screen reader and a reader both know these are not from the spec. */
export function ExtraRowsEditor({ extra, onChange }: ExtraRowsEditorProps) {
  return (
    <Box component="section" aria-labelledby="extra-headers-heading" sx={{ mt: 2 }}>
      <Box sx={{ px: 1.5, pb: 0.5 }}>
        <Typography id="extra-headers-heading" variant="subtitle2" component="h3">Other headers</Typography>
        <Typography variant="caption" color="textSecondary">Headers the spec does not list, sent after its own.</Typography>
      </Box>
      <RowsEditor rows={extra.headers} onChange={(headers) => onChange({ ...extra, headers })} label="Other headers" keyTitle="Header" tickWord="Send" testId="extra-headers" />
      {extra.query.length > 0 && (
        <>
          <Typography variant="subtitle2" component="h3" sx={{ px: 1.5, pt: 1 }}>Other query parameters</Typography>
          <RowsEditor rows={extra.query} onChange={(query) => onChange({ ...extra, query })} label="Other query parameters" keyTitle="Parameter" tickWord="Send" testId="extra-query" />
        </>
      )}
    </Box>
  );
}
