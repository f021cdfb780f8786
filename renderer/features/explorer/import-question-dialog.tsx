/**
 * "This looks like Netlify API — update it, or import as new?": asked when an import resembles a
 * spec already there without clearly being the same API, or would replace it with a much smaller
 * file. Nothing was saved before the answer.
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import type { ImportQuestion, SpecBrief } from '../../../shared/contract/specs';
import { describeSpecBrief } from './import-spec';

interface ImportQuestionDialogProps {
  question: ImportQuestion | undefined;
  busy: boolean;
  onAnswer(choice: 'update' | 'new' | 'cancel'): void;
}

function versioned(brief: SpecBrief): string {
  return brief.version ? `${brief.title} v${brief.version}` : brief.title;
}

/** Asks whether an import updates the spec it resembles or comes in beside it. */
export function ImportQuestionDialog({ question, busy, onAnswer }: ImportQuestionDialogProps) {
  const { existing, incoming, smaller } = question ?? { existing: undefined, incoming: undefined, smaller: false };
  return (
    <Dialog open={question !== undefined} onClose={() => !busy && onAnswer('cancel')} maxWidth="sm" fullWidth aria-labelledby="import-question-title" data-testid="import-question">
      <DialogTitle id="import-question-title">Update {existing?.title ?? 'this spec'}, or import as new?</DialogTitle>
      {existing && incoming && (
        <DialogContent>
          <DialogContentText sx={{ mb: 1.5 }}>
            This looks like <strong>{versioned(existing)}</strong> ({describeSpecBrief(existing)}) — the new file is <strong>{versioned(incoming)}</strong> ({describeSpecBrief(incoming)}).
          </DialogContentText>
          {smaller && (
            <Alert severity="warning" sx={{ mb: 1.5 }}>
              The new file is much smaller than the spec it would replace. If it is a download that was cut short, choose Cancel and fetch it again.
            </Alert>
          )}
          <DialogContentText variant="body2">
            Update replaces {existing.title} and keeps your saved parameter choices wherever its endpoints still exist; you can undo it once. Import as new keeps both side by side.
          </DialogContentText>
        </DialogContent>
      )}
      <DialogActions>
        <Button onClick={() => onAnswer('cancel')} disabled={busy}>Cancel</Button>
        <Button onClick={() => onAnswer('new')} disabled={busy}>Import as new</Button>
        <Button variant="contained" color={smaller ? 'warning' : 'primary'} onClick={() => onAnswer('update')} disabled={busy}>
          Update {existing?.title ?? ''}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
