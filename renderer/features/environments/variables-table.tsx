/** The environment's `{{variables}}` as an editable name/value table, baseUrl pinned first. */
import AddOutlined from '@mui/icons-material/AddOutlined';
import RemoveCircleOutlineOutlined from '@mui/icons-material/RemoveCircleOutlineOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Tooltip from '@mui/material/Tooltip';
import Typography from '@mui/material/Typography';
import { monoFont } from '../../components/theme/tokens';
import { rowKey, type VariableRow } from './environment-draft';

interface VariablesTableProps {
  rows: VariableRow[];
  onChange: (rows: VariableRow[]) => void;
  problems: Record<string, string>;
  readOnly?: boolean;
}

const mono = { fontFamily: monoFont, fontSize: 13 };

/** Rows of name and value; the first row is always `baseUrl` and cannot be renamed or removed. */
export function VariablesTable({ rows, onChange, problems, readOnly }: VariablesTableProps) {
  const update = (key: string, patch: Partial<VariableRow>) => onChange(rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  return (
    <Box>
      <Table size="small" aria-label="Variables" sx={{ tableLayout: 'fixed', '& td, & th': { borderColor: 'divider', px: 0.75 } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: '34%', pl: '0 !important' }}>Variable</TableCell>
            <TableCell>Value</TableCell>
            <TableCell sx={{ width: 44 }} aria-label="Remove" />
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row, index) => {
            const pinned = index === 0 && row.name === 'baseUrl';
            const problem = problems[row.key];
            const label = row.name.trim() || `variable ${index + 1}`;
            return (
              <TableRow key={row.key} sx={{ '& td': { verticalAlign: 'top', borderBottom: 0, py: 0.5 } }}>
                <TableCell sx={{ pl: '0 !important' }}>
                  <TextField
                    value={row.name}
                    onChange={(e) => update(row.key, { name: e.target.value })}
                    size="small"
                    fullWidth
                    placeholder="name"
                    error={problem !== undefined}
                    helperText={problem}
                    slotProps={{ htmlInput: { 'aria-label': `Name of ${label}`, readOnly: readOnly || pinned, spellCheck: false, style: mono } }}
                  />
                </TableCell>
                <TableCell>
                  <TextField
                    value={row.value}
                    onChange={(e) => update(row.key, { value: e.target.value })}
                    size="small"
                    fullWidth
                    placeholder={pinned ? 'https://…' : 'value'}
                    slotProps={{ htmlInput: { 'aria-label': `Value of ${label}`, readOnly, spellCheck: false, style: mono } }}
                  />
                </TableCell>
                <TableCell>
                  {!pinned && !readOnly && (
                    <Tooltip title="Remove variable">
                      <IconButton aria-label={`Remove ${label}`} size="small" onClick={() => onChange(rows.filter((r) => r.key !== row.key))} sx={{ mt: 0.5 }}>
                        <RemoveCircleOutlineOutlined fontSize="small" />
                      </IconButton>
                    </Tooltip>
                  )}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1, flexWrap: 'wrap' }}>
        {!readOnly && (
          <Button size="small" startIcon={<AddOutlined />} onClick={() => onChange([...rows, { key: rowKey(), name: '', value: '' }])}>
            Add variable
          </Button>
        )}
        <Typography variant="caption" color="textSecondary">
          Use a variable in a URL, header or body as{' '}
          <Box component="code" sx={mono}>
            {'{{name}}'}
          </Box>
          , for example{' '}
          <Box component="code" sx={mono}>
            {'{{baseUrl}}/api/v1/volumes'}
          </Box>
          .
        </Typography>
      </Box>
    </Box>
  );
}
