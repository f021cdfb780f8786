/** The thin bar above the Pretty and Raw views: a note on the left, Copy on the right. */
import CheckOutlined from '@mui/icons-material/CheckOutlined';
import ContentCopyOutlined from '@mui/icons-material/ContentCopyOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useEffect, useState, type ReactNode } from 'react';

/** A note and a Copy button for `text`. */
export function TextToolbar({ text, note }: { text: string; note?: ReactNode }) {
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1600);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = () => {
    navigator.clipboard.writeText(text).then(() => setCopied(true), () => undefined);
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
