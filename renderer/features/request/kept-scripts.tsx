/**
 * What an imported request brought from Postman that Shoreline does not run: its scripts (apart from
 * the lines that became captures), each with when Postman ran it and why it is not run here; and,
 * for a token request whose job a connection now does, a word that it is handled by the connection.
 * Nothing from a file is dropped silently, so the user can read every line.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useHostQuery } from '../../host/use-host-query';
import { monoFont } from '../../components/theme/tokens';

/** Where the request is saved. */
export interface SavedPlace {
  collectionId: string;
  itemId: string;
}

/** The saved item behind a tab, kept fresh. */
function useSavedItem(saved: SavedPlace | undefined) {
  const { data } = useHostQuery('collections.getRequest', saved ? { collectionId: saved.collectionId, itemId: saved.itemId } : null, { refreshOn: ['collections.changed'] });
  return saved && data && data.item.id === saved.itemId ? data.item : undefined;
}

/** Above an imported token request's editor: the connection does its job now. */
export function HandledByConnectionNotice({ saved }: { saved: SavedPlace | undefined }) {
  const item = useSavedItem(saved);
  if (!item?.handledByConnection) return null;
  return (
    <Alert severity="info" sx={{ mx: 1.5, mb: 1 }} data-testid="handled-by-connection">
      Handled by the connection: in Postman this request fetched the token. The collection’s connection does that now, so a run of
      the collection skips it. You can still send it by hand.
    </Alert>
  );
}

/** The section; renders nothing for a request with no kept scripts. */
export function KeptScripts({ saved }: { saved: SavedPlace | undefined }) {
  const item = useSavedItem(saved);
  if (!item || item.notRun.length === 0) return null;
  const { notRun } = item;
  return (
    <Box component="section" aria-labelledby="kept-scripts-heading" data-testid="kept-scripts" sx={{ px: 2, pb: 2 }}>
      <Typography id="kept-scripts-heading" variant="subtitle2" component="h3">Scripts from the imported file — not run</Typography>
      <Typography variant="body2" color="textSecondary" sx={{ mb: 1 }}>
        Shoreline runs no JavaScript from a file. Lines that saved a value from the answer became the captures above; these are kept so you can read them.
      </Typography>
      {notRun.map((script, index) => (
        <Box key={index} sx={{ mb: 1 }}>
          <Typography variant="caption" color="textSecondary" component="div">
            {script.reason}
          </Typography>
          <Box component="pre" tabIndex={0} aria-label={`Script not run, ${script.event === 'prerequest' ? 'before sending' : 'after the answer'}`}
            sx={{ m: 0, mt: 0.25, p: 1, maxHeight: 160, overflow: 'auto', fontFamily: monoFont, fontSize: 12, bgcolor: 'action.hover', borderRadius: 1, whiteSpace: 'pre-wrap' }}>
            {script.text}
          </Box>
        </Box>
      ))}
    </Box>
  );
}
