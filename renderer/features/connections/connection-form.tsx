/** The connection's fields: kind, name, token URL, client ID, secret, client authentication and scope. */
import Box from '@mui/material/Box';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import ToggleButton from '@mui/material/ToggleButton';
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup';
import { useId } from 'react';
import type { ClientAuth, Connection, ConnectionKind } from '../../../shared/contract/connections';
import type { ConnectionDraft } from './connection-draft';
import { PastedTokenField } from './pasted-token-field';
import { SecretField } from './secret-field';
import { TokenUrlField } from './token-url-field';

interface ConnectionFormProps {
  draft: ConnectionDraft;
  onChange: (patch: Partial<ConnectionDraft>) => void;
  /** The saved connection being edited; undefined for a new one. */
  saved: Connection | undefined;
  errors: Record<string, string>;
}

/** The form; a built-in connection shows the same fields, read-only. */
export function ConnectionForm({ draft, onChange, saved, errors }: ConnectionFormProps) {
  const readOnly = saved?.builtIn === true;
  const authLabel = useId();
  const ro = readOnly ? { htmlInput: { readOnly: true, spellCheck: false } } : { htmlInput: { spellCheck: false } };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2.5 }}>
      {saved === undefined && (
        <ToggleButtonGroup
          exclusive
          size="small"
          color="primary"
          value={draft.kind}
          onChange={(_e, kind: ConnectionKind | null) => kind && onChange({ kind, secret: '' })}
          aria-label="How this connection gets tokens"
          sx={{ alignSelf: 'flex-start' }}
        >
          <ToggleButton value="client-credentials">Client ID and secret</ToggleButton>
          <ToggleButton value="pasted-token">Paste a token</ToggleButton>
        </ToggleButtonGroup>
      )}
      <TextField
        label="Name"
        value={draft.name}
        onChange={(e) => onChange({ name: e.target.value })}
        required={!readOnly}
        fullWidth
        autoFocus={saved === undefined}
        error={errors.name !== undefined}
        helperText={errors.name ?? (readOnly ? undefined : 'A name you recognise, such as “Production – EU”.')}
        slotProps={readOnly ? { htmlInput: { readOnly: true } } : {}}
      />
      {draft.kind === 'pasted-token' ? (
        <PastedTokenField
          value={draft.secret}
          onChange={(secret) => onChange({ secret })}
          stored={saved?.hasSecret === true}
          replacing={draft.replacingSecret}
          onReplacing={(replacingSecret) => onChange({ replacingSecret })}
          error={errors.secret}
          readOnly={readOnly}
        />
      ) : (
        <>
          <TokenUrlField value={draft.tokenUrl} onChange={(tokenUrl) => onChange({ tokenUrl })} error={errors.tokenUrl} readOnly={readOnly} />
          <TextField
            label="Client ID"
            value={draft.clientId}
            onChange={(e) => onChange({ clientId: e.target.value })}
            required={!readOnly}
            fullWidth
            error={errors.clientId !== undefined}
            helperText={errors.clientId ?? (readOnly ? undefined : 'From the GreenLake console: Manage workspace › API › your API client.')}
            slotProps={ro}
          />
          <SecretField
            demo={saved?.builtIn === true}
            value={draft.secret}
            onChange={(secret) => onChange({ secret })}
            stored={saved?.hasSecret === true}
            replacing={draft.replacingSecret}
            onReplacing={(replacingSecret) => onChange({ replacingSecret })}
            error={errors.secret}
            readOnly={readOnly}
          />
          <FormControl disabled={readOnly}>
            <FormLabel id={authLabel} sx={{ fontSize: 13, mb: 0.25 }}>
              How the client ID and secret are sent
            </FormLabel>
            <RadioGroup aria-labelledby={authLabel} value={draft.clientAuth} onChange={(_e, value) => onChange({ clientAuth: value as ClientAuth })}>
              <FormControlLabel value="body" control={<Radio size="small" />} label="Send in the request body (most GreenLake clients)" />
              <FormControlLabel value="basic" control={<Radio size="small" />} label="HTTP Basic header" />
            </RadioGroup>
          </FormControl>
          {!(readOnly && draft.scope === '') && (
            <TextField
              label="Scope (optional)"
              value={draft.scope}
              onChange={(e) => onChange({ scope: e.target.value })}
              fullWidth
              error={errors.scope !== undefined}
              helperText={errors.scope ?? (readOnly ? undefined : 'Leave empty unless your administrator gave you one.')}
              slotProps={ro}
            />
          )}
        </>
      )}
    </Box>
  );
}
