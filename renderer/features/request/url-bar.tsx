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

/** Highlights `{{variables}}` in a URL. */
function withVariables(url: string): ReactNode[] {
  return url.split(/(\{\{[^}]+\}\})/).map((part, i) =>
    /^\{\{.+\}\}$/.test(part) ? <Box key={i} component="span" sx={{ color: 'secondary.main', fontWeight: 600 }}>{part}</Box> : part,
  );
}

/** Method, URL (shown decoded — it is encoded only on the wire — or edited in `editor`), Copy as, Send. */
export function UrlBar({ method, url, editor, actions, onSend, sendDisabled }: { method: string; url: string; editor?: ReactNode; actions?: ReactNode; onSend(): void; sendDisabled?: boolean }) {
  const shown = displayUrl(url);
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 1 }}>
      <Box sx={{ flex: 1, minWidth: 0, display: 'flex', alignItems: 'center', gap: 1, border: 1, borderColor: 'divider', borderRadius: 1, px: 1.25, minHeight: 38, bgcolor: 'background.default' }}>
        <MethodBadge method={method} size="medium" />
        {editor ?? (
          <Box data-testid="request-url" title={shown} sx={{ fontFamily: monoFont, fontSize: 13, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', py: 1 }}>
            {withVariables(shown)}
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
