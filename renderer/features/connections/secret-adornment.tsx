/** The end of a secret or token field: "Keep stored …" while replacing, and show/hide while typing. */
import VisibilityOffOutlined from '@mui/icons-material/VisibilityOffOutlined';
import VisibilityOutlined from '@mui/icons-material/VisibilityOutlined';
import Button from '@mui/material/Button';
import IconButton from '@mui/material/IconButton';
import InputAdornment from '@mui/material/InputAdornment';
import type { SxProps, Theme } from '@mui/material/styles';

interface SecretAdornmentProps {
  /** What is being typed: "secret" or "token". */
  noun: string;
  value: string;
  visible: boolean;
  onToggleVisible(): void;
  replacing: boolean;
  /** Gives up replacing: clears the typed value and keeps the stored one. */
  onKeepStored(): void;
  sx?: SxProps<Theme>;
}

/** The adornment shared by the client-secret and pasted-token fields. */
export function SecretAdornment({ noun, value, visible, onToggleVisible, replacing, onKeepStored, sx }: SecretAdornmentProps) {
  return (
    <InputAdornment position="end" {...(sx && { sx })}>
      {replacing && <Button size="small" onClick={onKeepStored}>Keep stored {noun}</Button>}
      {value !== '' && (
        <IconButton aria-label={visible ? `Hide ${noun}` : `Show ${noun}`} onClick={onToggleVisible} edge="end" size="small">
          {visible ? <VisibilityOffOutlined fontSize="small" /> : <VisibilityOutlined fontSize="small" />}
        </IconButton>
      )}
    </InputAdornment>
  );
}
