/** The bar under a list: where this page sits, Previous / Next, and Fetch all. */
import ChevronLeft from '@mui/icons-material/ChevronLeft';
import ChevronRight from '@mui/icons-material/ChevronRight';
import DownloadingOutlined from '@mui/icons-material/DownloadingOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import type { PageInfo, PageStep } from '../../../shared/http/pagination';
import { pageSummary } from './page-request';

interface PaginationBarProps {
  info: PageInfo;
  /** Fetch all works for GET lists only. */
  canFetchAll: boolean;
  onStep: (step: PageStep) => void;
  onFetchAll: () => void;
}

/** The pagination bar. */
export function PaginationBar({ info, canFetchAll, onStep, onFetchAll }: PaginationBarProps) {
  const wholeList = !info.hasMore && info.previous === undefined;
  const fetchAllReason = !canFetchAll ? 'Only lists read with GET can be fetched page by page.' : wholeList ? 'This page already holds the whole list.' : '';
  return (
    <Box
      component="nav"
      aria-label="Pages"
      data-testid="pagination-bar"
      sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 0.75, borderTop: 1, borderColor: 'divider', bgcolor: 'background.paper' }}
    >
      <Typography variant="body2" data-testid="page-summary" sx={{ flex: 1, fontVariantNumeric: 'tabular-nums' }}>
        {pageSummary(info)}
      </Typography>
      <Button size="small" startIcon={<ChevronLeft />} disabled={!info.previous} onClick={() => info.previous && onStep(info.previous)}>
        Previous
      </Button>
      <Button size="small" endIcon={<ChevronRight />} disabled={!info.next} onClick={() => info.next && onStep(info.next)}>
        Next
      </Button>
      <Tooltip title={fetchAllReason || 'Follow every page and show all items in one table'}>
        <span>
          <Button size="small" variant="outlined" startIcon={<DownloadingOutlined />} disabled={fetchAllReason !== ''} onClick={onFetchAll}>
            Fetch all…
          </Button>
        </span>
      </Tooltip>
    </Box>
  );
}
