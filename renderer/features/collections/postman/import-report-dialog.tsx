/**
 * What a Postman import did, in words: the counts, captures made from scripts, the scripts kept but
 * not run (listed per request), the secrets withheld, anything noticed — and the connection the
 * collection offers, which the user can set up here (typing the secret) or leave for later.
 */
import CheckCircleOutlined from '@mui/icons-material/CheckCircleOutlined';
import KeyOutlined from '@mui/icons-material/KeyOutlined';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Typography from '@mui/material/Typography';
import { useId, useState } from 'react';
import { pluralItems } from '../../../components/format/quantities';
import { monoFont } from '../../../components/theme/tokens';
import { useHostQuery } from '../../../host/use-host-query';
import { ConnectionOfferForm } from './connection-offer-form';
import { notRunPlaces, reportFacts, reportHeadline, scriptMoment } from './import-report-words';
import type { AcceptedOffer, PostmanActions, PostmanImportOutcome } from './postman-host';

interface ImportReportDialogProps {
  outcome: PostmanImportOutcome;
  actions: Pick<PostmanActions, 'acceptOffer'>;
  onClose(): void;
}

/** "Tokens from … as HTTP Basic": the offer in one line. */
function offerLine(offer: NonNullable<PostmanImportOutcome['offer']>): string {
  return `${offer.clientAuth === 'basic' ? 'HTTP Basic' : 'Client id and secret in the form body'}`;
}

/** The scripts kept but not run, per request. */
function NotRunList({ collectionId }: { collectionId: string }) {
  const { data: collection } = useHostQuery('collections.get', { id: collectionId });
  if (!collection) return null;
  const places = notRunPlaces(collection);
  if (places.length === 0) return null;
  return (
    <Box component="section" aria-labelledby="not-run-heading" data-testid="import-not-run">
      <Typography id="not-run-heading" variant="subtitle2" component="h3" sx={{ mt: 2, mb: 0.5 }}>Scripts not run</Typography>
      <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
        {places.map((place) => (
          <Box component="li" key={place.id} data-where={place.where} sx={{ mb: 1 }}>
            <Typography variant="body2" sx={{ fontWeight: 500 }}>{place.where}</Typography>
            {place.scripts.map((script, index) => (
              <Box key={index} sx={{ mt: 0.25 }}>
                <Typography variant="caption" color="textSecondary" component="div">{script.reason}</Typography>
                <Box component="pre" tabIndex={0} aria-label={`Script of ${place.where}, ${scriptMoment(script.event)}`}
                  sx={{ m: 0, mt: 0.25, p: 0.75, maxHeight: 96, overflow: 'auto', fontFamily: monoFont, fontSize: 12, bgcolor: 'action.hover', borderRadius: 1, whiteSpace: 'pre-wrap' }}>
                  {script.text}
                </Box>
              </Box>
            ))}
          </Box>
        ))}
      </Box>
    </Box>
  );
}

/** The report, then (on request) the connection offer as a form. */
export default function ImportReportDialog({ outcome, actions, onClose }: ImportReportDialogProps) {
  const titleId = useId();
  const { report, offer } = outcome;
  const [step, setStep] = useState<'report' | 'offer'>('report');
  const [accepted, setAccepted] = useState<AcceptedOffer>();
  // Once accepted, the offer line says what became of it.
  const facts = reportFacts(report).map((fact) =>
    fact.key === 'connection' && accepted ? { ...fact, title: 'Connection created', detail: `“${accepted.connectionName}” fetches and renews the tokens; its secret is in your system keychain.` } : fact,
  );
  const warnings = report.findings.filter((f) => f.severity === 'warning');
  const notes = report.findings.filter((f) => f.severity === 'info');

  return (
    <Dialog open onClose={onClose} maxWidth="md" fullWidth aria-labelledby={titleId} slotProps={{ paper: { 'data-testid': 'postman-import-report' } as object }}>
      <DialogTitle id={titleId}>{step === 'offer' ? 'Set up the connection' : 'Collection imported'}</DialogTitle>
      <DialogContent dividers>
        {step === 'offer' && offer ? (
          <ConnectionOfferForm collectionId={outcome.collectionId} offer={offer} fileHasSecret={outcome.offerHasFileSecret} actions={actions}
            onAccepted={(done) => { setAccepted(done); setStep('report'); }} onLater={() => setStep('report')} />
        ) : (
          <>
            <Typography variant="body1" sx={{ mb: 1.5 }} data-testid="import-headline">{reportHeadline(outcome.name, report)}</Typography>
            {accepted && (
              <Alert severity="success" icon={<CheckCircleOutlined />} sx={{ mb: 2 }} data-testid="offer-accepted">
                Connection “{accepted.connectionName}” created; its secret is in your system keychain. The collection uses it
                {accepted.tokenRequests > 0 ? `, and ${pluralItems(accepted.tokenRequests, 'token request')} ${accepted.tokenRequests === 1 ? 'is' : 'are'} now handled by the connection (the runner skips ${accepted.tokenRequests === 1 ? 'it' : 'them'})` : ''}.
              </Alert>
            )}
            {offer && !accepted && (
              <Box data-testid="offer-summary" sx={{ border: 1, borderColor: 'primary.main', borderRadius: 1, p: 2, mb: 2, display: 'flex', gap: 1.5, alignItems: 'flex-start' }}>
                <KeyOutlined color="primary" aria-hidden />
                <Box sx={{ flex: 1, minWidth: 0 }}>
                  <Typography variant="subtitle2" component="h3">This collection can use a connection</Typography>
                  <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.25, m: 0, mt: 1, '& dt': { color: 'text.secondary', typography: 'body2' }, '& dd': { m: 0, typography: 'body2', fontFamily: monoFont, overflowWrap: 'anywhere' } }}>
                    <dt>Token URL</dt><dd>{offer.tokenUrl}</dd>
                    <dt>Client ID</dt><dd>{offer.clientId || (offer.clientIdVariable ? `not in the file ({{${offer.clientIdVariable}}})` : 'not in the file')}</dd>
                    <dt>Client authentication</dt><dd>{offerLine(offer)}</dd>
                  </Box>
                  <Button variant="contained" sx={{ mt: 1.5 }} onClick={() => setStep('offer')}>Set up the connection…</Button>
                </Box>
              </Box>
            )}
            <Box component="ul" aria-label="What was imported" data-testid="import-facts" sx={{ m: 0, pl: 2.5 }}>
              {facts.map((fact) => (
                <Box component="li" key={fact.key} data-fact={fact.key} sx={{ mb: 0.75 }}>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>{fact.title}</Typography>
                  {fact.detail && <Typography variant="body2" color="textSecondary">{fact.detail}</Typography>}
                </Box>
              ))}
              {outcome.hints.length > 0 && (
                <Box component="li" data-fact="placeholders" sx={{ mb: 0.75 }}>
                  <Typography variant="body2" sx={{ fontWeight: 500 }}>{pluralItems(outcome.hints.length, 'placeholder')} emptied</Typography>
                  <Typography variant="body2" color="textSecondary">Values such as {'<string>'} or {'<uuid>'} from Postman’s OpenAPI importer are empty, with the type shown as a hint.</Typography>
                </Box>
              )}
            </Box>
            {warnings.length > 0 && (
              <Alert severity="warning" sx={{ mt: 2 }} data-testid="import-warnings">
                <Box component="ul" sx={{ m: 0, pl: 2 }}>
                  {warnings.map((w, i) => <li key={i}>{w.location ? `${w.location}: ` : ''}{w.message}</li>)}
                </Box>
              </Alert>
            )}
            <NotRunList collectionId={outcome.collectionId} />
            {notes.length > 0 && (
              <Box component="section" aria-labelledby="notes-heading">
                <Typography id="notes-heading" variant="subtitle2" component="h3" sx={{ mt: 2, mb: 0.5 }}>Also noticed</Typography>
                <Box component="ul" sx={{ m: 0, pl: 2.5 }}>
                  {notes.map((n, i) => <Typography component="li" variant="body2" key={i}>{n.location ? `${n.location}: ` : ''}{n.message}</Typography>)}
                </Box>
              </Box>
            )}
          </>
        )}
      </DialogContent>
      {step === 'report' && (
        <DialogActions sx={{ px: 3, py: 1.5 }}>
          {offer && !accepted && <Typography variant="caption" color="textSecondary" sx={{ flex: 1 }}>Without the connection, choose one later in the collection’s settings.</Typography>}
          <Button variant={offer && !accepted ? 'text' : 'contained'} onClick={onClose}>Done</Button>
        </DialogActions>
      )}
    </Dialog>
  );
}
