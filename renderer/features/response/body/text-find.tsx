/**
 * Find in a big text: the browser's own find sees only the rows drawn, so the viewer asks the
 * text (held by the format worker) for the next row holding the words, and scrolls there.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import type { TextLines } from './text-lines';

interface TextFindProps {
  lines: TextLines;
  /** The row found last (-1 before any), where the next search starts after. */
  found: number;
  /** Shows row `row` (or notes that nothing was found, with -1). */
  onFound: (row: number) => void;
  label: string;
}

/** A find field with Find next, and what it found in words. */
export function TextFind({ lines, found, onFound, label }: TextFindProps) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<string>();
  const [busy, setBusy] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (query === '' || busy) return;
    setBusy(true);
    lines.find(query, found + 1).then(
      (row) => {
        setBusy(false);
        onFound(row);
        setStatus(row < 0 ? 'Not found' : `Line ${(row + 1).toLocaleString('en')} of ${lines.rowCount.toLocaleString('en')}`);
      },
      () => {
        setBusy(false);
        setStatus('The search could not run.');
      },
    );
  };
  return (
    <Box component="form" role="search" aria-label={label} onSubmit={submit} sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 0.5, borderBottom: 1, borderColor: 'divider' }}>
      <TextField
        size="small"
        placeholder="Find in the answer"
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setStatus(undefined);
        }}
        slotProps={{ htmlInput: { 'aria-label': label } }}
        sx={{ width: 260 }}
      />
      <Button type="submit" size="small" variant="outlined" disabled={query === '' || busy}>
        {busy ? 'Finding…' : 'Find next'}
      </Button>
      <Typography variant="body2" color="textSecondary" role="status" data-testid="text-find-status">
        {status}
      </Typography>
    </Box>
  );
}
