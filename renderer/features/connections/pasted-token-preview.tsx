/** What a pasted token says, decoded on the spot with the shared JWT reader: its expiry and who issued it. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import { cleanPastedToken, decodeJwt, numericClaim } from '../../../shared/auth/jwt';
import { claimRows } from './claim-rows';
import { formatClock, formatDateTime, formatDuration } from '../../components/format/countdown';
import { TokenPartTable } from './token-part-table';
import { useRemaining } from '../../components/hooks/use-remaining';

const previewClaims = new Set(['client_id', 'iss', 'aud', 'sub', 'exp', 'platform_customer_id']);

/** A short preview under the paste field; nothing while it is empty. */
export function PastedTokenPreview({ text }: { text: string }) {
  const token = cleanPastedToken(text);
  const decoded = token ? decodeJwt(token) : undefined;
  const exp = numericClaim(decoded?.claims, 'exp');
  const remaining = useRemaining(exp === undefined ? undefined : exp * 1000);
  if (!token) return null;
  if (!decoded) {
    return (
      <Alert severity="info" data-testid="pasted-token-preview">
        This is not a JSON Web Token, so Shoreline cannot read when it expires. It is used until an API refuses it.
      </Alert>
    );
  }
  const rows = claimRows(decoded.claims).filter((r) => previewClaims.has(r.name));
  let summary;
  if (exp === undefined || remaining === undefined) summary = <Alert severity="info">This token states no expiry.</Alert>;
  else if (remaining <= 0)
    summary = (
      <Alert severity="warning">
        This token expired on {formatDateTime(exp * 1000)}. Generate a new one in the GreenLake console (Manage workspace › API) and paste it here.
      </Alert>
    );
  else
    summary = (
      <Alert severity="success">
        Readable token · valid for another {formatDuration(remaining)} (until {formatClock(exp * 1000)})
      </Alert>
    );
  return (
    <Box data-testid="pasted-token-preview" sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
      {summary}
      {rows.length > 0 && <TokenPartTable rows={rows} label="Pasted token claims" />}
    </Box>
  );
}
