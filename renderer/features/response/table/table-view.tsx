/**
 * The Table tab: the response's items with the columns the user picks, sortable, exportable as CSV.
 * Nested fields show as `system.name`; the first columns are the ones an administrator looks for.
 */
import FileDownloadOutlined from '@mui/icons-material/FileDownloadOutlined';
import TableRowsOutlined from '@mui/icons-material/TableRowsOutlined';
import ViewColumnOutlined from '@mui/icons-material/ViewColumnOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { toCsv } from '../../../../shared/http/csv';
import { sortRows, type Table } from '../../../../shared/http/table';
import { EmptyState } from '../../../components/empty-state';
import { downloadText } from '../body/download';
import { csvFileName } from '../file-names';
import { formatCount, pluralItems } from '../../../components/format/quantities';
import { ColumnChooser } from './column-chooser';
import { nextSort, type SortState } from './column-state';
import { TableGrid } from './table-grid';

interface TableViewProps {
  table: Table;
  /** The request URL, for the CSV file's name. */
  url: string;
}

/** The table of items with its toolbar. */
export function TableView({ table, url }: TableViewProps) {
  const [visible, setVisible] = useState<string[]>(() => [...table.columns.defaults]);
  const [sort, setSort] = useState<SortState>();
  const [chooser, setChooser] = useState<HTMLElement | null>(null);
  const rows = useMemo(() => (sort ? sortRows(table.rows, sort.column, sort.direction) : table.rows), [table.rows, sort]);

  if (table.rows.length === 0) {
    return (
      <EmptyState icon={<TableRowsOutlined />} title="The list is empty" testId="table-empty">
        The service answered with a list that has no items. If you used a filter, try a wider one; otherwise there is
        simply nothing of this kind yet.
      </EmptyState>
    );
  }

  const exportCsv = () => {
    // The byte-order mark makes Excel read the file as UTF-8, so names with accents survive.
    downloadText(`\uFEFF${toCsv(rows, visible)}`, csvFileName(url), 'text/csv;charset=utf-8');
  };

  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 2, py: 0.75, borderBottom: 1, borderColor: 'divider' }}>
        <Typography variant="body2" color="textSecondary" sx={{ flex: 1 }} data-testid="table-summary">
          {pluralItems(table.rows.length)} · {formatCount(visible.length)} of {formatCount(table.columns.all.length)} columns
          {sort && ` · sorted by ${sort.column} ${sort.direction === 'asc' ? '(A→Z, 0→9)' : '(Z→A, 9→0)'}`}
        </Typography>
        <Button size="small" startIcon={<ViewColumnOutlined />} onClick={(e) => setChooser(e.currentTarget)} aria-haspopup="dialog">
          Columns
        </Button>
        <Button size="small" variant="outlined" startIcon={<FileDownloadOutlined />} onClick={exportCsv} disabled={visible.length === 0}>
          Export CSV
        </Button>
      </Box>
      {visible.length === 0 ? (
        <EmptyState icon={<ViewColumnOutlined />} title="No columns chosen" actions={<Button variant="outlined" size="small" onClick={() => setVisible([...table.columns.defaults])}>Show the usual columns</Button>}>
          Tick at least one column under Columns to see the items.
        </EmptyState>
      ) : (
        <TableGrid rows={rows} columns={visible} sort={sort} onSort={(column) => setSort((current) => nextSort(current, column))} />
      )}
      <ColumnChooser anchor={chooser} onClose={() => setChooser(null)} all={table.columns.all} defaults={table.columns.defaults} visible={visible} onChange={setVisible} />
    </Box>
  );
}
