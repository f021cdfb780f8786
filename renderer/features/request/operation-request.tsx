/** The request builder for an operation from an imported spec, above its response. */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import type { SendRequest } from '../../../shared/contract/http';
import { sendableMethodSchema, traceRefusal } from '../../../shared/model/request';
import { buildParamHeaders, buildRequestUrl } from '../../../shared/openapi/url-builder';
import { useRegionReady } from '../../components/regions';
import { monoFont } from '../../components/theme/tokens';
import { MethodBadge } from '../../components/method-badge';
import { useActiveEnvironment } from '../environments';
import type { OpenRequest } from '../workspace';
import { BodyTab } from './body-tab';
import { CopyAsMenu } from './copy-as-menu';
import { RequestLayout } from './request-layout';
import { DocsTab } from './docs-tab';
import { editParam } from './draft-edits';
import { ParamsTable } from './params-table';
import { UrlBar } from './url-bar';
import { newRequestId, useSend } from './use-send';
import { useSendShortcut } from './use-send-shortcut';
import { useOperationDraft } from './use-operation-draft';

type BuilderTab = 'params' | 'body' | 'docs';

/** Builder and response for `open`. */
export function OperationRequest({ open }: { open: Extract<OpenRequest, { kind: 'operation' }> }) {
  const activeEnvironment = useActiveEnvironment();
  const { operation, draft, error, setDraft, reset } = useOperationDraft(open);
  const sender = useSend();
  const [tab, setTab] = useState<BuilderTab>('params');
  const [missing, setMissing] = useState<string[]>([]);

  const method = sendableMethodSchema.safeParse(operation?.method);
  const request = (): SendRequest | undefined => {
    if (!operation || !draft || !method.success) return undefined;
    const headers = Object.entries(buildParamHeaders(draft)).map(([name, value]) => ({ name, value }));
    const hasBody = operation.requestBody && draft.body !== undefined && draft.body.trim() !== '';
    if (hasBody) headers.push({ name: 'Content-Type', value: draft.contentType ?? 'application/json' });
    return {
      requestId: newRequestId(),
      ...(activeEnvironment && { environmentId: activeEnvironment.id }),
      method: method.data,
      url: buildRequestUrl(draft),
      headers,
      ...(hasBody && { body: draft.body }),
      operationId: `${open.specId}:${operation.id}`,
    };
  };
  const send = () => {
    if (!method.success) return;
    // A path with `{systemId}` still in it can only answer 404: say what is missing instead.
    const empty = draft?.params.filter((p) => p.in === 'path' && (Array.isArray(p.value) ? p.value.length === 0 : p.value.trim() === '')).map((p) => p.name) ?? [];
    setMissing(empty);
    if (empty.length) return setTab('params');
    const next = request();
    if (next) sender.send(next);
  };
  useSendShortcut(send);
  // Opened from the search box with Enter: the keyboard carries on here once the parameters are drawn.
  useRegionReady('request', Boolean(operation && draft));

  if (error) return <Alert severity="error" sx={{ m: 2 }}>{error.message}</Alert>;
  if (!operation || !draft) return <LinearProgress />;
  const ticked = draft.params.filter((p) => p.enabled).length;
  const top = (
    <>
      <Box sx={{ px: 2, pt: 1.5, display: 'flex', alignItems: 'baseline', gap: 1, minWidth: 0 }}>
        <MethodBadge method={operation.method} size="medium" />
        <Typography variant="h6" component="h2" noWrap title={operation.summary}>{operation.summary ?? operation.operationId ?? operation.path}</Typography>
        <Typography variant="caption" color="textSecondary" noWrap sx={{ fontFamily: monoFont }}>{operation.path}</Typography>
      </Box>
      <UrlBar method={operation.method} url={buildRequestUrl(draft)} onSend={send}
        actions={<><CopyAsMenu request={() => request()!} /><Button size="small" onClick={reset}>Reset</Button></>} />
      {missing.length > 0 && (
        <Alert severity="warning" sx={{ mx: 1.5, mb: 1 }} onClose={() => setMissing([])}>
          Fill in {missing.join(', ')} first: {missing.length === 1 ? 'it is' : 'they are'} part of the address.
        </Alert>
      )}
      {!method.success && <Alert severity="info" sx={{ mx: 1.5, mb: 1 }}>{traceRefusal}</Alert>}
      {!activeEnvironment && <Alert severity="info" sx={{ mx: 1.5, mb: 1 }}>Choose an environment at the top right so Shoreline knows which server {'{{baseUrl}}'} is.</Alert>}
      <Tabs value={tab} onChange={(_e, next: BuilderTab) => setTab(next)} aria-label="Request parts" sx={{ px: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="params" id="builder-tab-params" aria-controls="builder-tabpanel" label={`Parameters${draft.params.length ? ` (${ticked}/${draft.params.length})` : ''}`} />
        {operation.requestBody && <Tab value="body" id="builder-tab-body" aria-controls="builder-tabpanel" label="Body" />}
        <Tab value="docs" id="builder-tab-docs" aria-controls="builder-tabpanel" label="Docs" />
      </Tabs>
      {/* The docs hold nothing to focus, so their panel takes focus itself: the keyboard can scroll them. */}
      <Box role="tabpanel" id="builder-tabpanel" aria-labelledby={`builder-tab-${tab}`} tabIndex={tab === 'docs' ? 0 : undefined} sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {tab === 'params' && <ParamsTable operation={operation} draft={draft} onChange={(row, patch) => setDraft((d) => editParam(d, row, patch))} />}
        {tab === 'body' && <BodyTab operation={operation} specId={open.specId} body={draft.body ?? ''} onChange={(body) => setDraft((d) => ({ ...d, body }))} />}
        {tab === 'docs' && <DocsTab operation={operation} />}
      </Box>
    </>
  );
  return <RequestLayout builder={top} sender={sender} />;
}
