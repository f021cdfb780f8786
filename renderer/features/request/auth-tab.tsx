/** The request's own choice of token: inherit (from its folders, collection or environment), a connection, or none. */
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import type { RequestAuth } from '../../../shared/model/request';
import { originWords, type ResolvedScope } from '../../../shared/model/resolve-scope';
import { useConnections } from '../connections';

interface AuthTabProps {
  auth: RequestAuth;
  /** The scope as resolved when the request inherits (its own choice left out). */
  inherited: ResolvedScope;
  onChange(auth: RequestAuth): void;
}

const valueOf = (auth: RequestAuth) => (auth.kind === 'connection' ? `connection:${auth.connectionId}` : auth.kind);

/** The tab. */
export function AuthTab({ auth, inherited, onChange }: AuthTabProps) {
  const { connections } = useConnections();
  const name = (id: string) => connections?.find((c) => c.id === id)?.name ?? 'a connection that no longer exists';
  const from = inherited.auth;
  const words = from.kind === 'connection' ? `${name(from.connectionId)}, ${originWords(from.origin)}` : from.origin ? `no token, ${originWords(from.origin)}` : 'no token';
  return (
    <Box sx={{ p: 2, display: 'flex', flexDirection: 'column', gap: 1.5, maxWidth: 640 }}>
      <TextField
        select
        label="Token from"
        value={valueOf(auth)}
        onChange={(e) => {
          const value = e.target.value;
          onChange(value.startsWith('connection:') ? { kind: 'connection', connectionId: value.slice('connection:'.length) } : value === 'none' ? { kind: 'none' } : { kind: 'inherit' });
        }}
      >
        <MenuItem value="inherit">Inherit ({words})</MenuItem>
        <MenuItem value="none">No token</MenuItem>
        {(connections ?? []).map((c) => (
          <MenuItem key={c.id} value={`connection:${c.id}`}>{c.name}</MenuItem>
        ))}
      </TextField>
      <Typography variant="body2" color="textSecondary">
        Shoreline adds the connection’s token as <code>Authorization: Bearer …</code> and renews it for you. The secret stays in your
        system keychain; nothing secret is saved with the request.
      </Typography>
    </Box>
  );
}
