/**
 * One line under the address: where the request is saved, which token goes with it and which
 * environment it goes to — each with where that came from ("from folder Storage").
 */
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import PublicOutlined from '@mui/icons-material/PublicOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { originWords, type ResolvedScope } from '../../../shared/model/resolve-scope';

interface ScopeBarProps {
  scope: ResolvedScope;
  connectionName(id: string): string;
  /** "DSCC › Storage" for a saved request. */
  savedIn?: string | undefined;
}

/** The line. */
export function ScopeBar({ scope, connectionName, savedIn }: ScopeBarProps) {
  const { auth, environment } = scope;
  const token =
    auth.kind === 'connection' ? (
      <><b>{connectionName(auth.connectionId)}</b> {originWords(auth.origin)}</>
    ) : (
      <>no token{auth.origin ? ` (${originWords(auth.origin)})` : ''}</>
    );
  return (
    <>
      <Box data-testid="scope-bar" sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: 2, rowGap: 0.25, px: 2, pb: 0.75, color: 'text.secondary' }}>
        {savedIn && (
          <Typography variant="caption" data-testid="saved-in">Saved in {savedIn}</Typography>
        )}
        <Typography variant="caption" data-testid="scope-token" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <KeyOutlined sx={{ fontSize: 14 }} aria-hidden /> Token: {token}
        </Typography>
        <Typography variant="caption" data-testid="scope-environment" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
          <PublicOutlined sx={{ fontSize: 14 }} aria-hidden /> Environment:{' '}
          {environment ? <><b>{environment.name}</b> ({originWords(environment.chosenBy)})</> : 'none'}
        </Typography>
      </Box>
      {scope.problem && <Alert severity="warning" sx={{ mx: 1.5, mb: 1 }}>{scope.problem}</Alert>}
    </>
  );
}
