/**
 * The token URL: free text with the GreenLake presets one click away, each with a plain label. When
 * the workspace-scoped preset is chosen, a Workspace ID field fills its `{workspaceId}` in.
 */
import Autocomplete from '@mui/material/Autocomplete';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { tokenUrlPresets } from '../../../shared/auth/greenlake-endpoints';
import { monoFont } from '../../components/theme/tokens';
import { useConnections } from './use-connections';

const presetHints: Record<string, string> = {
  'greenlake-sso': 'The classic GreenLake token URL, used by most API clients',
  'greenlake-workspace': 'For API clients created in a workspace; needs your workspace ID',
  sandbox: 'The Sandbox on this computer: practise with its demo client before you have a GreenLake account',
};

/** The GreenLake presets, and the Sandbox's token URL (its port changes at every start, so it is read from the built-in connection). */
function usePresets(): { id: string; label: string; url: string }[] {
  const { connections } = useConnections();
  const sandbox = connections?.find((c) => c.builtIn && c.kind === 'client-credentials')?.tokenUrl;
  return sandbox ? [...tokenUrlPresets, { id: 'sandbox', label: 'Shoreline Sandbox (this computer)', url: sandbox }] : [...tokenUrlPresets];
}

const placeholder = '{workspaceId}';

interface TokenUrlFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  readOnly?: boolean;
  size?: 'small' | 'medium';
}

function WorkspaceIdFiller({ onFill }: { onFill: (id: string) => void }) {
  const [id, setId] = useState('');
  const fill = () => id.trim() && onFill(id.trim());
  return (
    <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mt: 1.5 }}>
      <TextField
        label="Workspace ID"
        size="small"
        value={id}
        onChange={(e) => setId(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), fill())}
        helperText="Shown in the GreenLake console under Manage workspace."
        slotProps={{ htmlInput: { spellCheck: false, autoComplete: 'off' } }}
        sx={{ flex: 1 }}
      />
      <Button variant="outlined" onClick={fill} disabled={!id.trim()} sx={{ mt: 0.25 }}>
        Fill in
      </Button>
    </Box>
  );
}

/** An Autocomplete in free-text mode over the token URL presets. */
export function TokenUrlField({ value, onChange, error, readOnly, size }: TokenUrlFieldProps) {
  const presets = usePresets();
  const preset = presets.find((p) => p.url === value.trim());
  const helper = error ?? (preset ? presetHints[preset.id] ?? preset.label : 'Where Shoreline asks for tokens. Pick a GreenLake address or paste your own.');
  if (readOnly) {
    return (
      <TextField
        label="Token URL"
        value={value}
        fullWidth
        slotProps={{ htmlInput: { readOnly: true, spellCheck: false, style: { fontFamily: monoFont, fontSize: 13 } } }}
      />
    );
  }
  return (
    <Box>
      <Autocomplete
        freeSolo
        options={presets.map((p) => p.url)}
        filterOptions={(options) => options}
        value={value}
        inputValue={value}
        onInputChange={(_event, next) => onChange(next)}
        onChange={(_event, next) => onChange(next ?? '')}
        disableClearable
        size={size}
        renderOption={({ key, ...props }, option) => {
          const p = presets.find((candidate) => candidate.url === option);
          return (
            <Box component="li" key={key} {...props} sx={{ flexDirection: 'column', alignItems: 'flex-start !important' }}>
              <Typography variant="body2" sx={{ fontWeight: 600 }}>
                {p?.label ?? option}
              </Typography>
              <Typography variant="caption" color="textSecondary" sx={{ fontFamily: monoFont, wordBreak: 'break-all' }}>
                {option}
              </Typography>
            </Box>
          );
        }}
        renderInput={(params) => (
          <TextField
            {...params}
            label="Token URL"
            required
            error={error !== undefined}
            helperText={helper}
            slotProps={{ ...params.slotProps, htmlInput: { ...params.slotProps.htmlInput, spellCheck: false, style: { fontFamily: monoFont, fontSize: 13 } } }}
          />
        )}
      />
      {value.includes(placeholder) && <WorkspaceIdFiller onFill={(id) => onChange(value.replace(placeholder, encodeURIComponent(id)))} />}
    </Box>
  );
}
