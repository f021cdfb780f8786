/**
 * The thin bar above the Pretty and Raw views: a note on the left, Copy on the right. A big text
 * the window does not hold is copied as a Blob straight from the format worker, so copying 100 MB
 * does not bring it into the window's heap.
 */
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type ReactNode } from 'react';
import type { TextLines } from './text-lines';

function copyLines(lines: TextLines): Promise<void> {
  if (lines.text !== undefined) return navigator.clipboard.writeText(lines.text);
  // The promise is handed over at once, inside the click, as the clipboard asks; the Blob follows.
  return navigator.clipboard.write([new ClipboardItem({ 'text/plain': lines.blob() })]);
}

/** A note and a Copy button for the text of `lines`. */
export function TextToolbar({ lines, note }: { lines: TextLines; note?: ReactNode }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1600);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = () => {
    copyLines(lines).then(() => setCopied(true), () => undefined);
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 0.5, minHeight: 40, borderBottom: 1, borderColor: 'divider' }}>
      <Typography variant="body2" color="textSecondary" sx={{ flex: 1 }}>
        {note}
      </Typography>
      <Button size="small" onClick={copy} startIcon={copied ? <CheckOutlined /> : <ContentCopyOutlined />}>
        {copied ? 'Copied' : 'Copy'}
      </Button>
    </Box>
  );
}
