/**
 * The connection an imported collection offers: the token URL, client id and client authentication
 * its token request used, shown and correctable; the user types the secret, which goes straight to
 * main and the keychain. The secret box is uncontrolled, so the secret lives in the input element
 * only, is read once at submit and emptied as soon as main has it — it is never held in React state.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState } from 'react';
import type { ConnectionOffer } from '../../../../shared/postman';
import { appErrorOf, fieldIssues } from '../../../host/app-error';
import type { AcceptedOffer, PostmanActions } from './postman-host';

interface OfferFormProps {
  collectionId: string;
  offer: ConnectionOffer;
  /** The file held the client secret (withheld from the collection): an empty box uses it. */
  fileHasSecret: boolean;
  actions: Pick<PostmanActions, 'acceptOffer'>;
  onAccepted(accepted: AcceptedOffer): void;
  onLater(): void;
}

/** The offer as a form; Accept creates the connection and points the collection at it. */
export function ConnectionOfferForm({ collectionId, offer, fileHasSecret, actions, onAccepted, onLater }: OfferFormProps) {
  const formId = useId();
  const [name, setName] = useState(offer.suggestedName);
  const [tokenUrl, setTokenUrl] = useState(offer.tokenUrl);
  const [clientId, setClientId] = useState(offer.clientId);
  const [clientAuth, setClientAuth] = useState(offer.clientAuth);
  const [scope, setScope] = useState(offer.scope ?? '');
  const secret = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<{ message: string; fields: Record<string, string> }>();

  const submit = async () => {
    const typed = secret.current?.value.trim() ?? '';
    if (typed === '' && !fileHasSecret) {
      setProblem({ message: 'Enter the client secret: Shoreline keeps it in your system keychain and uses it to fetch tokens.', fields: { secret: 'Enter the client secret.' } });
      secret.current?.focus();
      return;
    }
    setBusy(true);
    setProblem(undefined);
    try {
      const accepted = await actions.acceptOffer({
        collectionId,
        name: name.trim() || offer.suggestedName,
        tokenUrl: tokenUrl.trim(),
        clientId: clientId.trim(),
        clientAuth,
        ...(scope.trim() !== '' && { scope: scope.trim() }),
        ...(typed !== '' && { secret: typed }),
        applyTo: offer.applyTo,
        tokenRequests: offer.tokenRequests,
      });
      if (secret.current) secret.current.value = '';
      onAccepted(accepted);
    } catch (thrown) {
      const error = appErrorOf(thrown);
      setProblem({ message: error.message, fields: fieldIssues(error) });
    } finally {
      setBusy(false);
    }
  };

  const fields = problem?.fields ?? {};
  const from = (variable: string | null) => (variable ? `From the collection’s {{${variable}}}.` : undefined);
  return (
    <Box component="form" noValidate id={formId} aria-label="Connection offered by the collection" data-testid="connection-offer"
      onSubmit={(e) => { e.preventDefault(); void submit(); }} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography variant="body2">
        In Postman this collection fetched its own token with a request and a script. In Shoreline a <strong>connection</strong> does
        that: it fetches the token, renews it before it runs out, and keeps the secret in your system keychain — never in the collection.
      </Typography>
      {offer.unresolved.length > 0 && (
        <Alert severity="warning">
          The collection does not define {offer.unresolved.map((n) => `{{${n}}}`).join(', ')}. Type the real value into the field below.
        </Alert>
      )}
      <TextField label="Connection name" value={name} onChange={(e) => setName(e.target.value)} error={fields.name !== undefined} helperText={fields.name} required />
      <TextField label="Token URL" value={tokenUrl} onChange={(e) => setTokenUrl(e.target.value)} error={fields.tokenUrl !== undefined}
        helperText={fields.tokenUrl ?? 'Where the collection’s token request went.'} slotProps={{ htmlInput: { spellCheck: false } }} required />
      <TextField label="Client ID" value={clientId} onChange={(e) => setClientId(e.target.value)} error={fields.clientId !== undefined}
        helperText={fields.clientId ?? from(offer.clientIdVariable) ?? 'The API client’s id, from the GreenLake console.'} slotProps={{ htmlInput: { spellCheck: false } }} required />
      <FormControl>
        <FormLabel id={`${formId}-auth`}>The client id and secret are sent</FormLabel>
        <RadioGroup row aria-labelledby={`${formId}-auth`} value={clientAuth} onChange={(e) => setClientAuth(e.target.value as typeof clientAuth)}>
          <FormControlLabel value="body" control={<Radio />} label="In the form body" />
          <FormControlLabel value="basic" control={<Radio />} label="As HTTP Basic" />
        </RadioGroup>
      </FormControl>
      {(offer.scope !== undefined || scope !== '') && <TextField label="Scope (optional)" value={scope} onChange={(e) => setScope(e.target.value)} />}
      <TextField
        label="Client secret"
        type="password"
        inputRef={secret}
        autoComplete="off"
        error={fields.secret !== undefined}
        helperText={fields.secret ?? (fileHasSecret
          ? `The file held a secret in {{${offer.secretName ?? offer.clientSecretVariable ?? 'ClientSecret'}}}. Leave this empty to keep that one in your keychain, or type the current one.`
          : 'Goes straight to your system keychain. Shoreline never shows it again.')}
        slotProps={{ htmlInput: { spellCheck: false, 'data-testid': 'offer-secret' } }}
        required={!fileHasSecret}
      />
      {problem && Object.keys(problem.fields).length === 0 && <Alert severity="error">{problem.message}</Alert>}
      <Box sx={{ display: 'flex', gap: 1, justifyContent: 'flex-end' }}>
        <Button onClick={onLater} disabled={busy}>Not now</Button>
        <Button type="submit" variant="contained" disabled={busy}>Create the connection</Button>
      </Box>
    </Box>
  );
}
