/**
 * The settings of a collection or folder: the connection its requests use, the environment they go
 * to, its variables and its notes — each may be left to inherit, and the dialog says what that
 * means here ("Inherit: Sandbox, from the active environment").
 */
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import type { CollectionOutline, OutlineFolder } from '../../../shared/contract/collections';
import type { RequestAuth, RequestRow } from '../../../shared/model/request';
import { originWords, resolveScope } from '../../../shared/model/resolve-scope';
import { RowsEditor } from '../../components/rows-editor';
import { appErrorOf } from '../../host/app-error';
import { useHost } from '../../host/host-context';
import { useConnections } from '../connections';
import { useEnvironments } from '../environments';
import { useGlobals } from './use-collections';

interface ScopeSettingsDialogProps {
  collection: CollectionOutline;
  /** The folder, or none for the collection itself. */
  folder?: OutlineFolder;
  /** The folder holding `folder` (null: the top of the collection). */
  parentId?: string | null;
  onClose(): void;
}

const authValue = (auth: RequestAuth) => (auth.kind === 'connection' ? `connection:${auth.connectionId}` : auth.kind);
const authOf = (value: string): RequestAuth => (value.startsWith('connection:') ? { kind: 'connection', connectionId: value.slice('connection:'.length) } : value === 'none' ? { kind: 'none' } : { kind: 'inherit' });

/** The dialog; mount it to open it. */
export function ScopeSettingsDialog({ collection, folder, parentId, onClose }: ScopeSettingsDialogProps) {
  const host = useHost();
  const titleId = useId();
  const { connections } = useConnections();
  const { environments, activeId } = useEnvironments();
  const globals = useGlobals();
  const target = folder ?? collection;
  const [auth, setAuth] = useState(authValue(target.auth));
  const [environmentId, setEnvironmentId] = useState(target.environmentId ?? '');
  const [variables, setVariables] = useState<RequestRow[]>(target.variables);
  const [description, setDescription] = useState(target.description ?? '');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const what = folder ? `folder ${folder.name}` : `collection ${collection.name}`;

  // What "inherit" means here: what the level above gives.
  const inherited = resolveScope({
    collection: folder ? collection : { ...collection, auth: { kind: 'inherit' }, environmentId: undefined },
    itemId: folder ? (parentId ?? undefined) : undefined,
    environmentId: activeId,
    environments: (environments ?? []).map((e) => ({ id: e.id, name: e.name, variables: e.variables, connectionId: e.connectionId })),
    globals,
  });
  const nameOf = (id: string) => connections?.find((c) => c.id === id)?.name ?? 'a connection that no longer exists';
  const authWords =
    inherited.auth.kind === 'connection' ? `${nameOf(inherited.auth.connectionId)}, ${originWords(inherited.auth.origin)}` : inherited.auth.origin ? `no token, ${originWords(inherited.auth.origin)}` : 'no token';
  const envWords = inherited.environment ? `${inherited.environment.name}, ${originWords(inherited.environment.chosenBy)}` : 'none';

  const save = () => {
    setBusy(true);
    host
      .invoke('collections.updateSettings', {
        collectionId: collection.id,
        ...(folder && { itemId: folder.id }),
        auth: authOf(auth),
        environmentId: environmentId === '' ? null : environmentId,
        variables: variables.filter((row) => row.key.trim() !== '' || row.value !== ''),
        description: description.trim() === '' ? null : description,
      })
      .then(onClose, (error: unknown) => setProblem(appErrorOf(error).message))
      .finally(() => setBusy(false));
  };

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby={titleId} data-testid="scope-settings-dialog">
      <DialogTitle id={titleId}>Settings of {what}</DialogTitle>
      <DialogContent sx={{ display: 'flex', flexDirection: 'column', gap: 2, pt: '8px !important' }}>
        <Typography variant="body2" color="textSecondary">
          Requests in this {folder ? 'folder' : 'collection'} use these unless a folder inside or the request itself says otherwise.
        </Typography>
        <TextField select label="Token from" value={auth} onChange={(e) => setAuth(e.target.value)} fullWidth>
          <MenuItem value="inherit">Inherit ({authWords})</MenuItem>
          <MenuItem value="none">No token</MenuItem>
          {(connections ?? []).map((c) => (
            <MenuItem key={c.id} value={`connection:${c.id}`}>{c.name}</MenuItem>
          ))}
        </TextField>
        <TextField select label="Environment" value={environmentId} onChange={(e) => setEnvironmentId(e.target.value)} fullWidth
          slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}>
          <MenuItem value="">Inherit ({envWords})</MenuItem>
          {(environments ?? []).map((e) => (
            <MenuItem key={e.id} value={e.id}>{e.name}</MenuItem>
          ))}
        </TextField>
        <div>
          <Typography variant="subtitle2" sx={{ mb: 0.5 }}>Variables</Typography>
          <RowsEditor rows={variables} onChange={setVariables} label={`Variables of ${what}`} keyTitle="Variable" tickWord="Use" testId="scope-variables" />
        </div>
        <TextField label="Notes (Markdown)" value={description} onChange={(e) => setDescription(e.target.value)} multiline minRows={2} fullWidth />
        {problem && <Alert severity="error">{problem}</Alert>}
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2 }}>
        <Button onClick={onClose}>Cancel</Button>
        <Button variant="contained" onClick={save} disabled={busy}>Save</Button>
      </DialogActions>
    </Dialog>
  );
}
