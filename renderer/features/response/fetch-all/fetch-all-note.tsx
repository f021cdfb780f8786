/** The note above combined items: how many were fetched, or why fetching stopped, and the way back to the page. */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import type { FetchAllResult } from '../../../../shared/contract/http';
import { resultWords } from './fetch-all-words';

/** The fetch-all outcome, with "Back to this page". */
export function FetchAllNote({ result, cap, onBack }: { result: FetchAllResult; cap: number; onBack: () => void }) {
  const words = resultWords(result, cap);
  return (
    <Alert
      severity={words.severity}
      data-testid="fetch-all-note"
      sx={{ borderRadius: 0, py: 0.25, alignItems: 'center' }}
      action={<Button color="inherit" size="small" onClick={onBack}>Back to the single page</Button>}
    >
      <span data-testid="fetch-all-note-text">{words.text}</span>
    </Alert>
  );
}
