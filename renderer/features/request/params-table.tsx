/** Every parameter of the operation, path ones first; optional ones start unticked. */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { DraftParam, RequestDraft } from '../../../shared/openapi/request-draft';
import type { OperationDetail } from '../../../shared/openapi/types';
import { ParamRow } from './param-row';

const order = { path: 0, query: 1, header: 2, cookie: 3 } as const;

/** The parameter table. */
export function ParamsTable({ operation, draft, onChange }: { operation: OperationDetail; draft: RequestDraft; onChange(row: DraftParam, patch: Partial<Pick<DraftParam, 'enabled' | 'value'>>): void }) {
  const rows = [...draft.params].sort((a, b) => order[a.in] - order[b.in]);
  if (rows.length === 0) return <Typography color="textSecondary" sx={{ p: 2 }}>This endpoint takes no parameters.</Typography>;
  return (
    <Box role="table" aria-label="Parameters" sx={{ display: 'grid', gridTemplateColumns: '40px minmax(140px, 0.8fr) minmax(220px, 1.4fr) minmax(160px, 1.6fr)', px: 1.5 }}>
      {rows.map((row) => {
        const param = operation.parameters.find((p) => p.name === row.name && p.in === row.in);
        return param ? <ParamRow key={`${row.in}:${row.name}`} operation={operation} param={param} row={row} onChange={(patch) => onChange(row, patch)} /> : null;
      })}
    </Box>
  );
}
