/** The `select` helper: tick the fields you want back; nested ones written with the spec's separator. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Checkbox from '@mui/material/Checkbox';
import FormControlLabel from '@mui/material/FormControlLabel';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useMemo, useState } from 'react';
import { parseSelectValue, selectFields, selectInfo, selectValue } from '../../../../shared/openapi/select-fields';
import { successItemSchema } from '../../../../shared/openapi/schema-shape';
import type { OperationDetail, ParameterInfo } from '../../../../shared/openapi/types';
import { HelperPopover } from './helper-popover';

interface SelectHelperProps {
  anchor: HTMLElement | null;
  onClose(): void;
  operation: OperationDetail;
  param: ParameterInfo;
  value: string | string[];
  onChange(value: string | string[]): void;
}

/** The fields of the answer's items as checkboxes. */
export function SelectHelper({ anchor, onClose, operation, param, value, onChange }: SelectHelperProps) {
  const [filter, setFilter] = useState('');
  const info = useMemo(() => selectInfo(param), [param]);
  const fields = useMemo(() => {
    const item = successItemSchema(operation);
    const all = item ? selectFields(item.schema, info.separator, { maxDepth: info.nested ? 3 : 0 }) : [];
    return info.allowedFields ? all.filter((f) => info.allowedFields!.includes(f.path)) : all;
  }, [operation, info]);
  const chosen = parseSelectValue(value);
  const shown = fields.filter((f) => f.path.toLowerCase().includes(filter.trim().toLowerCase()));
  const set = (next: string[]) => onChange(selectValue(next, param));
  const toggle = (path: string) => set(chosen.includes(path) ? chosen.filter((p) => p !== path) : [...chosen, path]);
  // Enter in the find box ticks (or unticks) the field named exactly so, else the first one shown.
  const typed = filter.trim().toLowerCase();
  const best = shown.find((f) => f.path.toLowerCase() === typed) ?? shown.find((f) => f.path.split(info.separator).pop()!.toLowerCase() === typed) ?? shown[0];
  return (
    <HelperPopover anchor={anchor} onClose={onClose} testId="select-helper" title="Choose the fields to get back"
      hint={info.nested && fields.some((f) => f.depth > 0) ? `Nested fields are written with “${info.separator}”, as this API expects.` : 'Only the ticked fields come back, which makes answers smaller and faster.'}
      footer={<Button size="small" onClick={() => set([])} disabled={chosen.length === 0}>Clear</Button>}>
      {fields.length === 0 ? (
        <Typography variant="body2" color="textSecondary" sx={{ py: 2 }}>This API does not describe the fields of its answer, so type the field names in the box instead.</Typography>
      ) : (
        <>
          <TextField size="small" fullWidth placeholder="Find a field" value={filter} onChange={(e) => setFilter(e.target.value)} sx={{ mb: 1 }} autoFocus
            onKeyDown={(e) => {
              if (e.key !== 'Enter' || !best || typed === '') return;
              e.preventDefault();
              toggle(best.path);
            }}
            id="select-helper-find" slotProps={{ htmlInput: { 'aria-label': 'Find a field' } }}
            helperText={best && typed ? `Enter ${chosen.includes(best.path) ? 'unticks' : 'ticks'} ${best.path}` : undefined} />
          {shown.map((field) => (
            <Box key={field.path} sx={{ pl: field.depth * 2.5 }}>
              <FormControlLabel
                control={<Checkbox size="small" checked={chosen.includes(field.path)} onChange={() => toggle(field.path)} />}
                label={
                  <Box component="span" sx={{ display: 'flex', gap: 1, alignItems: 'baseline' }}>
                    <span>{field.path.split(info.separator).pop()}</span>
                    <Typography component="span" variant="caption" color="textSecondary">{field.isArray ? `list of ${field.type ?? 'values'}` : field.type}</Typography>
                  </Box>
                }
                title={field.description}
                sx={{ my: -0.5 }}
              />
            </Box>
          ))}
        </>
      )}
    </HelperPopover>
  );
}
