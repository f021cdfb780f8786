/**
 * The client secret. A new value is typed or pasted into a masked field with a show/hide eye; a
 * saved one is never shown or sent back — only "Stored in your system keychain" and "Replace secret".
 */
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { SecretAdornment } from './secret-adornment';

interface SecretFieldProps {
  value: string;
  onChange: (value: string) => void;
  /** A secret is already in the keychain for this connection. */
  stored: boolean;
  replacing: boolean;
  onReplacing: (replacing: boolean) => void;
  error?: string;
  readOnly?: boolean;
  /** A built-in Sandbox connection: its demo secret lives in memory, not in the keychain. */
  demo?: boolean;
}

/** The "Stored in your system keychain" line, with an optional action. */
export function KeychainNote({ text, action }: { text: string; action?: React.ReactNode }) {
  return (
    <Box
      data-testid="secret-stored"
      sx={{ display: 'flex', alignItems: 'center', gap: 1.25, px: 1.75, py: 1, border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'action.hover', minHeight: 48 }}
    >
      <KeyOutlined fontSize="small" color="primary" />
      <Typography variant="body2" sx={{ flex: 1 }}>
        {text}
      </Typography>
      {action}
    </Box>
  );
}

/** A masked secret input; for a saved connection, the keychain note until "Replace secret". */
export function SecretField({ value, onChange, stored, replacing, onReplacing, error, readOnly, demo }: SecretFieldProps) {
  const [visible, setVisible] = useState(false);
  if (stored && (readOnly || !replacing)) {
    return (
      <Box>
        <Typography variant="caption" color="textSecondary" component="div" sx={{ mb: 0.5, ml: 0.25 }}>
          Client secret
        </Typography>
        <KeychainNote
          text={demo ? 'A demo secret, kept in memory: it only opens the Sandbox on this computer' : 'Stored in your system keychain'}
          action={!readOnly && <Button size="small" onClick={() => onReplacing(true)}>Replace secret</Button>}
        />
      </Box>
    );
  }
  return (
    <TextField
      label={replacing ? 'New client secret' : 'Client secret'}
      type={visible ? 'text' : 'password'}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      required
      fullWidth
      autoFocus={replacing}
      error={error !== undefined}
      helperText={
        error ??
        (replacing ? 'The new secret replaces the stored one when you save.' : 'Shown once when the API client was created. Saved only in your system keychain.')
      }
      slotProps={{
        htmlInput: { autoComplete: 'new-password', spellCheck: false, 'data-testid': 'client-secret' },
        input: {
          endAdornment: (
            <SecretAdornment noun="secret" value={value} visible={visible} onToggleVisible={() => setVisible((v) => !v)} replacing={replacing}
              onKeepStored={() => { onChange(''); onReplacing(false); }} />
          ),
        },
      }}
    />
  );
}
