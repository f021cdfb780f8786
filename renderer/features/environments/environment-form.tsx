/** The environment's fields: name, variables, linked connection and the read-only switch. */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import InputLabel from '@mui/material/InputLabel';
import MenuItem from '@mui/material/MenuItem';
import Select from '@mui/material/Select';
import Switch from '@mui/material/Switch';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import type { Connection } from '../../../shared/contract/connections';
import type { EnvironmentDraft } from './environment-draft';
import { VariablesTable } from './variables-table';

interface EnvironmentFormProps {
  draft: EnvironmentDraft;
  onChange: (patch: Partial<EnvironmentDraft>) => void;
  connections: Connection[] | undefined;
  problems: { name?: string | undefined; rows: Record<string, string>; variables?: string | undefined };
  readOnly: boolean;
  onManageConnections: (connectionId: string | undefined) => void;
}

function SectionTitle({ children }: { children: string }) {
  return (
    <Typography variant="subtitle2" component="h4" sx={{ mb: 1 }}>
      {children}
    </Typography>
  );
}

/** The form; a built-in environment shows it read-only. */
export function EnvironmentForm({ draft, onChange, connections, problems, readOnly, onManageConnections }: EnvironmentFormProps) {
  const connectionLabel = useId();
  const missing = draft.connectionId !== '' && connections !== undefined && !connections.some((c) => c.id === draft.connectionId);
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 3 }}>
      <TextField
        label="Name"
        value={draft.name}
        onChange={(e) => onChange({ name: e.target.value })}
        required={!readOnly}
        fullWidth
        error={problems.name !== undefined}
        helperText={problems.name}
        slotProps={{ htmlInput: { readOnly } }}
      />
      <Box component="section" aria-label="Variables">
        <SectionTitle>Variables</SectionTitle>
        {problems.variables && (
          <Typography variant="body2" color="error" sx={{ mb: 1 }}>
            {problems.variables}
          </Typography>
        )}
        <VariablesTable rows={draft.rows} onChange={(rows) => onChange({ rows })} problems={problems.rows} readOnly={readOnly} />
      </Box>
      <Box component="section" aria-label="Connection">
        <SectionTitle>Connection</SectionTitle>
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
          <FormControl fullWidth disabled={readOnly} error={missing}>
            <InputLabel id={connectionLabel} shrink>
              Connection
            </InputLabel>
            <Select
              labelId={connectionLabel}
              label="Connection"
              notched
              displayEmpty
              value={missing ? '' : draft.connectionId}
              onChange={(e) => onChange({ connectionId: e.target.value })}
            >
              <MenuItem value="">
                <em>None</em>
              </MenuItem>
              {connections?.map((c) => (
                <MenuItem key={c.id} value={c.id}>
                  {c.name}
                </MenuItem>
              ))}
            </Select>
            <FormHelperText>
              {missing ? 'The linked connection no longer exists. Choose another.' : 'Requests sent in this environment carry this connection’s token.'}
            </FormHelperText>
          </FormControl>
          <Button onClick={() => onManageConnections(draft.connectionId || undefined)} sx={{ mt: 1, flexShrink: 0 }}>
            Manage connections…
          </Button>
        </Box>
      </Box>
      <Box component="section" aria-label="Safety">
        <SectionTitle>Safety</SectionTitle>
        <FormControlLabel
          control={<Switch checked={draft.readOnly} onChange={(e) => onChange({ readOnly: e.target.checked })} disabled={readOnly} />}
          label="Read-only (block POST, PUT, PATCH and DELETE)"
        />
        <Typography variant="caption" color="textSecondary" component="p" sx={{ ml: 6 }}>
          Outside the Sandbox, Shoreline always asks before a request that changes data. Read-only goes further and blocks those requests.
        </Typography>
      </Box>
    </Box>
  );
}
