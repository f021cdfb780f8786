/** The line that shows where the request goes, with Send: `GET {{baseUrl}}/api/v1/storage-systems?select=id`. */
import SendOutlined from '@mui/icons-material/SendOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Tooltip from '@mui/material/Tooltip';
import type { ReactNode } from 'react';
import { displayUrl } from '../../../shared/http/display-url';
import { monoFont } from '../../components/theme/tokens';
import { MethodBadge } from '../../components/method-badge';
import { isMac } from '../../components/platform';
import { originWords, type ResolvedVariable } from '../../../shared/model/resolve-scope';

/** Highlights `{{variables}}` in a URL; hovering one shows its value and where it comes from. */
function withVariables(url: string, variables?: Readonly<Record<string, ResolvedVariable>>): ReactNode[] {
  return url.split(/(\{\{[^}]+\}\})/).map((part, i) => {
    if (!/^\{\{.+\}\}$/.test(part)) return part;
    const found = variables?.[part.slice(2, -2).trim()];
    const title = variables === undefined ? undefined : found ? `${found.value} — ${originWords(found.origin)}` : 'Not defined anywhere Shoreline looks';
    return <Box key={i} component="span" title={title} sx={{ color: found || !variables ? 'secondary.main' : 'error.main', fontWeight: 600 }}>{part}</Box>;
  });
}

/** Method, URL (shown decoded — it is encoded only on the wire — or edited in `editor`), Copy as, Send. */
export function UrlBar({ method, url, editor, actions, onSend, sendDisabled, variables }: { method: string; url: string; editor?: ReactNode; actions?: ReactNode; onSend(): void; sendDisabled?: boolean; variables?: Readonly<Record<string, ResolvedVariable>> }) {
  const shown = displayUrl(url);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 1 }}>
      <Box sx={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 1, border: 1, borderColor: 'divider', borderRadius: 1, px: 1.25, minHeight: 38, bgcolor: 'background.default' }}>
        {/* An editor brings its own method picker. */}
        {!editor && <MethodBadge method={method} size="medium" />}
        {editor ?? (
          <Box data-testid="request-url" title={shown} sx={{ fontFamily: monoFont, fontSize: 13, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', py: 1 }}>
            {withVariables(shown, variables)}
          </Box>
        )}
      </Box>
      {actions}
      <Tooltip title={`Send (${isMac ? '⌘' : 'Ctrl'} Enter)`}>
        <span>
          <Button variant="contained" endIcon={<SendOutlined />} onClick={onSend} disabled={sendDisabled} sx={{ px: 2.5, height: 38 }}>Send</Button>
        </span>
      </Tooltip>
    </Box>
  );
}
