/** "Copy as" cURL, Python or PowerShell: the secret is read from CLIENTID/CLIENTSECRET, never inlined. */
import ContentCopy from '@mui/icons-material/ContentCopy';
import Button from '@mui/material/Button';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useState } from 'react';
import type { SendRequest } from '../../../shared/contract/http';
import { HostError } from '../../host/host';
import { useHost } from '../../host/host-context';
import { useNotify } from '../../components/notifier';

const languages = [
  { language: 'curl', label: 'cURL (bash)' },
  { language: 'python', label: 'Python (requests)' },
  { language: 'powershell', label: 'PowerShell' },
] as const;

/** The Copy as button; `request()` gives the request as it would be sent now. */
export function CopyAsMenu({ request }: { request: () => SendRequest }) {
  const host = useHost();
  const notify = useNotify();
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const copy = async (language: (typeof languages)[number]['language']) => {
    setAnchor(null);
    const { method, url, headers, body, environmentId, connectionId } = request();
    try {
      const snippet = await host.invoke('http.snippet', { language, method, url, headers: headers ?? [], ...(body !== undefined && { body }), ...(environmentId && { environmentId }), ...(connectionId !== undefined && { connectionId }) });
      await navigator.clipboard.writeText(snippet.text);
      notify({ message: 'Copied. Set CLIENTID and CLIENTSECRET in your shell before running it.' });
    } catch (thrown) {
      notify({ severity: 'error', message: thrown instanceof HostError ? thrown.error.message : 'Copying did not work in this window.' });
    }
  };
  return (
    <>
      <Button size="small" startIcon={<ContentCopy fontSize="small" />} onClick={(e) => setAnchor(e.currentTarget)}>Copy as</Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {languages.map((l) => (
          <MenuItem key={l.language} onClick={() => void copy(l.language)}>
            <ListItemText primary={l.label} secondary="Reads the secret from CLIENTID / CLIENTSECRET" />
          </MenuItem>
        ))}
      </Menu>
    </>
  );
}
