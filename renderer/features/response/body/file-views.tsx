/** Bodies that are not text: an image preview, a file to save, an answer too big to keep, or none at all. */
import BlockOutlined from '@mui/icons-material/BlockOutlined';
import InsertDriveFileOutlined from '@mui/icons-material/InsertDriveFileOutlined';
import SaveAltOutlined from '@mui/icons-material/SaveAltOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { EmptyState } from '../../../components/empty-state';
import { formatBytes } from '../../../components/format/quantities';

/** An image the service sent, shown as a picture (never as HTML). */
export function ImageView({ mediaType, base64, size }: { mediaType: string; base64: string; size: number }) {
  return (
    <Box sx={{ flex: 1, minHeight: 0, overflow: 'auto', p: 2, display: 'flex', flexDirection: 'column', alignItems: 'center', gap: 1 }}>
      <Box
        component="img"
        data-testid="response-image"
        src={`data:${mediaType};base64,${base64}`}
        alt={`The image the service sent (${mediaType}, ${formatBytes(size)})`}
        sx={{ maxWidth: '100%', border: 1, borderColor: 'divider', borderRadius: 1, backgroundImage: 'repeating-conic-gradient(#8881 0% 25%, transparent 0% 50%)', backgroundSize: '16px 16px' }}
      />
      <Typography variant="caption" color="textSecondary">{mediaType} · {formatBytes(size)}</Typography>
    </Box>
  );
}

/** A binary answer: offered as a file to save. */
export function FileView({ size, mediaType, onSave, saving, saved }: { size: number; mediaType: string; onSave: () => void; saving: boolean; saved?: string }) {
  return (
    <EmptyState
      icon={<InsertDriveFileOutlined />}
      title={`This answer is a file (${formatBytes(size)})`}
      testId="response-file"
      actions={<Button variant="contained" startIcon={<SaveAltOutlined />} onClick={onSave} disabled={saving}>{saving ? 'Saving…' : 'Save to file'}</Button>}
    >
      It is not text Shoreline can show{mediaType ? ` (${mediaType})` : ''}. Save it and open it with the program made for it.
      {saved && <Box component="span" sx={{ display: 'block', mt: 1, color: 'success.main' }}>{saved}</Box>}
    </EmptyState>
  );
}

/** An answer bigger than Shoreline keeps. */
export function TooLargeView({ size, limit }: { size: number; limit: number }) {
  return (
    <EmptyState icon={<BlockOutlined />} title={`This answer is too large to keep (${formatBytes(size)})`} testId="response-too-large">
      Shoreline keeps answers up to {formatBytes(limit)}. Ask for fewer items at a time (a smaller limit, or a filter), or
      use “Fetch all”, which collects a long list page by page.
    </EmptyState>
  );
}

/** A response without a body, such as 204 No Content. */
export function EmptyBodyView({ status }: { status: number }) {
  return (
    <EmptyState icon={<InsertDriveFileOutlined />} title="No content" testId="response-no-body">
      {status === 204 ? 'The service did what was asked and had nothing to send back.' : 'The service sent an answer without a body.'} The headers are in the Headers tab.
    </EmptyState>
  );
}
