/** A request re-opened from history whose endpoint is not in an imported spec: method, URL and body as sent. */
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { HistoryEntry } from '../../../shared/contract/history';
import type { SendRequest } from '../../../shared/contract/http';
import { displayUrl } from '../../../shared/http/display-url';
import { sendableMethods } from '../../../shared/model/request';
import { monoFont } from '../../components/theme/tokens';
import { CodeEditor } from '../../components/code-editor/code-editor';
import { useActiveEnvironment } from '../environments';
import { CopyAsMenu } from './copy-as-menu';
import { RequestLayout } from './request-layout';
import { UrlBar } from './url-bar';
import { newRequestId, useSend } from './use-send';
import { useSendShortcut } from './use-send-shortcut';

type Method = SendRequest['method'];

/** A plain request editor seeded from a history entry. */
export function FreeRequest({ entry }: { entry: HistoryEntry }) {
  const activeEnvironment = useActiveEnvironment();
  const sender = useSend();
  const [method, setMethod] = useState<Method>(entry.method);
  // Shown and edited decoded; main encodes the query when it sends.
  const [url, setUrl] = useState(() => displayUrl(entry.urlTemplate ?? entry.url));
  const [body, setBody] = useState(entry.requestBody ?? '');
  const request = (): SendRequest => ({
    requestId: newRequestId(),
    ...(activeEnvironment && { environmentId: activeEnvironment.id }),
    method,
    url,
    headers: entry.requestHeaders,
    ...(body.trim() && method !== 'GET' && method !== 'HEAD' && { body }),
  });
  useSendShortcut(() => sender.send(request()));
  const top = (
    <>
      <Typography variant="caption" color="textSecondary" sx={{ px: 2, pt: 1.5 }}>
        Re-opened from history ({new Date(entry.time).toLocaleString()}).
      </Typography>
      <UrlBar method={method} url={url} onSend={() => sender.send(request())} actions={<CopyAsMenu request={request} />}
        editor={
          <Box sx={{ display: 'flex', flex: 1, gap: 1, alignItems: 'center' }}>
            <TextField select variant="standard" value={method} onChange={(e) => setMethod(e.target.value as Method)} slotProps={{ input: { disableUnderline: true } }} sx={{ width: 90 }}>
              {sendableMethods.map((m) => <MenuItem key={m} value={m}>{m}</MenuItem>)}
            </TextField>
            <TextField variant="standard" fullWidth value={url} onChange={(e) => setUrl(e.target.value)} slotProps={{ input: { disableUnderline: true }, htmlInput: { 'aria-label': 'Request URL', spellCheck: false, style: { fontFamily: monoFont, fontSize: 13 } } }} />
          </Box>
        }
      />
      {method !== 'GET' && method !== 'HEAD' && (
        <Box sx={{ flex: 1, minHeight: 120, borderTop: 1, borderColor: 'divider' }}>
          <CodeEditor value={body} onChange={setBody} modelPath={`history-body/${entry.id}.json`} ariaLabel="Request body" />
        </Box>
      )}
    </>
  );
  return <RequestLayout builder={top} sender={sender} />;
}
