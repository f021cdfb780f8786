/**
 * For a "Paste a token" connection: a masked multi-line field for a token copied from the GreenLake
 * console, with its decoded expiry and claims underneath. A saved token is never shown again.
 */
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { SecretAdornment } from './secret-adornment';
import { monoFont } from '../../components/theme/tokens';
import { PastedTokenPreview } from './pasted-token-preview';
import { KeychainNote } from './secret-field';

interface PastedTokenFieldProps {
  value: string;
  onChange: (value: string) => void;
  stored: boolean;
  replacing: boolean;
  onReplacing: (replacing: boolean) => void;
  error?: string;
  readOnly?: boolean;
}

/** The paste field (or, once saved, the keychain note with "Replace token"). */
export function PastedTokenField({ value, onChange, stored, replacing, onReplacing, error, readOnly }: PastedTokenFieldProps) {
  const [visible, setVisible] = useState(false);
  if (stored && (readOnly || !replacing)) {
    return (
      <Box>
        <Typography variant="caption" color="textSecondary" component="div" sx={{ mb: 0.5, ml: 0.25 }}>
          Access token
        </Typography>
        <KeychainNote text="Stored in your system keychain" action={!readOnly && <Button size="small" onClick={() => onReplacing(true)}>Replace token</Button>} />
      </Box>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <TextField
        label={replacing ? 'New access token' : 'Access token'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        multiline
        minRows={3}
        maxRows={6}
        required
        fullWidth
        autoFocus={replacing}
        error={error !== undefined}
        helperText={error ?? 'Paste the token from the GreenLake console (Manage workspace › API › Generate access token). “Bearer ” and quotes are removed for you.'}
        slotProps={{
          htmlInput: {
            spellCheck: false,
            autoComplete: 'off',
            'data-testid': 'pasted-token',
            style: { fontFamily: monoFont, fontSize: 12, wordBreak: 'break-all', WebkitTextSecurity: visible ? 'none' : 'disc' } as React.CSSProperties,
          },
          input: {
            endAdornment: (
              <SecretAdornment noun="token" value={value} visible={visible} onToggleVisible={() => setVisible((v) => !v)} replacing={replacing}
                onKeepStored={() => { onChange(''); onReplacing(false); }} sx={{ alignSelf: 'flex-start', mt: 1.5 }} />
            ),
          },
        }}
      />
      <PastedTokenPreview text={value} />
    </Box>
  );
}
