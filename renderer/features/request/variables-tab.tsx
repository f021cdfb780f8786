/**
 * The request's own variables (the nearest place a `{{name}}` is looked up), and every variable the
 * request uses with the value it will get and where that value comes from.
 */
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import type { CaptureOutcome } from '../../../shared/model/capture';
import type { Capture, RequestRow } from '../../../shared/model/request';
import { originWords, variableUses, type ResolvedScope } from '../../../shared/model/resolve-scope';
import { RowsEditor } from '../../components/rows-editor';
import { monoFont } from '../../components/theme/tokens';
import { CapturesEditor } from './captures-editor';
import { KeptScripts, type SavedPlace } from './kept-scripts';

interface VariablesTabProps {
  variables: RequestRow[];
  onChange(variables: RequestRow[]): void;
  captures: Capture[];
  /** What the captures did with the last answer. */
  outcomes?: readonly CaptureOutcome[] | undefined;
  onCaptures(captures: Capture[]): void;
  scope: ResolvedScope;
  /** The texts of the request that may hold `{{names}}`: address, values, body. */
  texts: readonly string[];
  /** Where the request is saved, for the scripts an import kept but does not run. */
  saved?: SavedPlace | undefined;
}

const columns = 'minmax(120px, 1fr) minmax(160px, 2fr) minmax(160px, 1.5fr)';

/** The tab. */
export function VariablesTab({ variables, onChange, captures, outcomes, onCaptures, scope, texts, saved }: VariablesTabProps) {
  const uses = variableUses(texts, scope);
  return (
    <Box sx={{ py: 1 }}>
      <Typography variant="subtitle2" component="h3" sx={{ px: 2, pb: 0.5 }}>Used in this request</Typography>
      {uses.length === 0 ? (
        <Typography variant="body2" color="textSecondary" sx={{ px: 2, pb: 1 }}>This request uses no {'{{variables}}'}.</Typography>
      ) : (
        <Box role="table" aria-label="Variables used in this request" data-testid="variable-uses" sx={{ px: 1.5, pb: 2 }}>
          <Box role="row" sx={{ display: 'grid', gridTemplateColumns: columns, borderBottom: 1, borderColor: 'divider', '& > *': { py: 0.5, px: 1, typography: 'caption', color: 'text.secondary', fontWeight: 600 } }}>
            <Box role="columnheader">Variable</Box>
            <Box role="columnheader">Value</Box>
            <Box role="columnheader">Comes from</Box>
          </Box>
          {uses.map((use) => (
            <Box role="row" key={use.name} data-variable={use.name} sx={{ display: 'grid', gridTemplateColumns: columns, borderBottom: 1, borderColor: 'divider', '& > *': { py: 0.75, px: 1, minWidth: 0 } }}>
              <Box role="cell" sx={{ fontFamily: monoFont, fontSize: 13 }}>{`{{${use.name}}}`}</Box>
              <Box role="cell" sx={{ fontFamily: monoFont, fontSize: 13, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={use.resolved?.value}>
                {use.resolved ? use.resolved.value : <Typography component="span" variant="body2" color="error">not defined</Typography>}
              </Box>
              <Box role="cell" sx={{ typography: 'body2' }}>{use.resolved ? originWords(use.resolved.origin).replace(/^from /, '') : 'Define it in the request, a folder, the environment, the collection or the globals.'}</Box>
            </Box>
          ))}
        </Box>
      )}
      <Typography variant="subtitle2" component="h3" sx={{ px: 2, pb: 0.5 }}>This request’s own variables</Typography>
      <RowsEditor rows={variables} onChange={onChange} label="Request variables" keyTitle="Variable" testId="request-variables" />
      <CapturesEditor captures={captures} outcomes={outcomes} onChange={onCaptures} />
      <KeptScripts saved={saved} />
    </Box>
  );
}

/** Every text of a request that may hold `{{names}}`. */
export function templateTexts(request: { url: string; pathParams: readonly { value: string }[]; query: readonly RequestRow[]; headers: readonly RequestRow[]; body: { kind: string; text?: string; rows?: readonly RequestRow[] } }): string[] {
  const rows = (list: readonly RequestRow[]) => list.filter((r) => r.enabled).flatMap((r) => [r.key, r.value]);
  return [
    request.url,
    ...request.pathParams.map((p) => p.value),
    ...rows(request.query),
    ...rows(request.headers),
    ...(request.body.text !== undefined ? [request.body.text] : []),
    ...(request.body.rows ? rows(request.body.rows) : []),
  ];
}
