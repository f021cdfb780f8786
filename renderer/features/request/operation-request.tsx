/**
 * The request builder for a spec operation — opened from the explorer, from a collection (a saved
 * request keeps its link to the operation) or from history — above its response. Docs and the
 * select/sort/filter helpers work the same whichever way it was opened.
 */
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import LinearProgress from '@mui/material/LinearProgress';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { Suspense, useState } from 'react';
import type { SendRequest } from '../../../shared/contract/http';
import { sendableMethodSchema, traceRefusal } from '../../../shared/model/request';
import { headersOf } from '../../../shared/model/request-send';
import { addressLine } from '../../../shared/model/request-url';
import { buildParamHeaders, buildRequestUrl } from '../../../shared/openapi/url-builder';
import { useRegionReady } from '../../components/regions';
import { monoFont } from '../../components/theme/tokens';
import { MethodBadge } from '../../components/method-badge';
import { useActiveEnvironment } from '../environments';
import { WatchButton } from '../watch';
import { useWorkspace, type OpenTab } from '../workspace';
import { AuthTab } from './auth-tab';
import { BodyTab } from './body-tab';
import { CopyAsMenu } from './copy-as-menu';
import { RequestLayout } from './request-layout';
import { DocsTab } from './docs-tab';
import { editParam } from './draft-edits';
import { ExtraRowsEditor } from './extra-rows-editor';
import { ParamsTable } from './params-table';
import { ScopeBar } from './scope-bar';
import { UrlBar } from './url-bar';
import { sendInput, useSend, useTabEnvironmentId } from './use-send';
import { useSendShortcut } from './use-send-shortcut';
import { useOperationDraft } from './use-operation-draft';
import { useRequestScope } from './use-request-scope';
import { templateTexts, VariablesTab } from './variables-tab';

type BuilderTab = 'params' | 'body' | 'auth' | 'variables' | 'docs';
const builderTabs: readonly BuilderTab[] = ['params', 'body', 'auth', 'variables', 'docs'];

/** Builder and response for a tab whose request is linked to a spec operation. */
export function OperationRequest({ tab, savedIn, onUnavailable }: { tab: OpenTab; savedIn?: string | undefined; onUnavailable?: (message: string) => React.ReactNode }) {
  const activeEnvironment = useActiveEnvironment();
  const workspace = useWorkspace();
  const link = tab.request.operation!;
  const { operation, draft, extra, error, setDraft, setExtra, reset } = useOperationDraft(tab);
  const sender = useSend(tab);
  const environmentId = useTabEnvironmentId(tab);
  const { scope, inherited, connectionName } = useRequestScope(tab);
  const part: BuilderTab = builderTabs.find((t) => t === tab.subTab) ?? 'params';
  const setPart = (subTab: BuilderTab) => workspace.edit(tab.id, { subTab });
  const [missing, setMissing] = useState<string[]>([]);

  const method = sendableMethodSchema.safeParse(operation?.method);
  const shownUrl = draft ? addressLine({ url: buildRequestUrl(draft), query: extra.query }) : '';
  const request = (): SendRequest | undefined => {
    if (!operation || !draft || !method.success) return undefined;
    // The operation's parameters first, then the rows the spec does not declare, as the address bar shows them.
    const headers = [...Object.entries(buildParamHeaders(draft)).map(([name, value]) => ({ name, value })), ...headersOf(extra.headers)];
    const hasBody = operation.requestBody && draft.body !== undefined && draft.body.trim() !== '';
    if (hasBody) headers.push({ name: 'Content-Type', value: draft.contentType ?? 'application/json' });
    const base = tab.request.url.endsWith(draft.path) ? tab.request.url.slice(0, -draft.path.length) : '{{baseUrl}}';
    const url = base === '{{baseUrl}}' ? shownUrl : `${base}${shownUrl.slice('{{baseUrl}}'.length)}`;
    return sendInput(tab, { method: method.data, url, headers, ...(hasBody && draft.body !== undefined && { body: draft.body }), operationId: `${link.specId}:${operation.id}` }, environmentId);
  };
  const send = () => {
    if (!method.success) return;
    // A path with `{systemId}` still in it can only answer 404: say what is missing instead.
    const empty = draft?.params.filter((p) => p.in === 'path' && (Array.isArray(p.value) ? p.value.length === 0 : p.value.trim() === '')).map((p) => p.name) ?? [];
    setMissing(empty);
    if (empty.length) return setPart('params');
    const next = request();
    if (next) sender.send(next);
  };
  useSendShortcut(send);
  // Opened from the search box with Enter: the keyboard carries on here once the parameters are drawn.
  useRegionReady('request', Boolean(operation && draft));

  if (error) {
    if (error.code === 'not_found' && onUnavailable) return <>{onUnavailable(error.message)}</>;
    return <Alert severity="error" sx={{ m: 2 }}>{error.message}</Alert>;
  }
  if (!operation || !draft) return <LinearProgress />;
  const ticked = draft.params.filter((p) => p.enabled).length;
  const heading = tab.source.kind === 'saved' ? tab.title : (operation.summary ?? operation.operationId ?? operation.path);
  const editRequest = (patch: Partial<Pick<OpenTab['request'], 'auth' | 'variables' | 'captures'>>) => workspace.edit(tab.id, (now) => ({ request: { ...now.request, ...patch } }), { pin: true, dirty: true });
  const top = (
    <>
      <Box sx={{ px: 2, pt: 1.5, display: 'flex', alignItems: 'baseline', gap: 1, minWidth: 0 }}>
        <MethodBadge method={operation.method} size="medium" />
        <Typography variant="h6" component="h2" noWrap title={heading}>{heading}</Typography>
        <Typography variant="caption" color="textSecondary" noWrap sx={{ fontFamily: monoFont }}>{operation.path}</Typography>
      </Box>
      <UrlBar method={operation.method} url={shownUrl} onSend={send} variables={scope.variables}
        actions={<><Suspense fallback={null}><WatchButton method={operation.method} request={request} tab={tab} /></Suspense><CopyAsMenu request={() => request()!} /><Button size="small" onClick={reset}>Reset</Button></>} />
      <ScopeBar scope={scope} connectionName={connectionName} savedIn={savedIn} />
      {missing.length > 0 && (
        <Alert severity="warning" sx={{ mx: 1.5, mb: 1 }} onClose={() => setMissing([])}>
          Fill in {missing.join(', ')} first: {missing.length === 1 ? 'it is' : 'they are'} part of the address.
        </Alert>
      )}
      {!method.success && <Alert severity="info" sx={{ mx: 1.5, mb: 1 }}>{traceRefusal}</Alert>}
      {!activeEnvironment && !scope.environment && <Alert severity="info" sx={{ mx: 1.5, mb: 1 }}>Choose an environment at the top right so Shoreline knows which server {'{{baseUrl}}'} is.</Alert>}
      <Tabs value={part === 'body' && !operation.requestBody ? 'params' : part} onChange={(_e, next: BuilderTab) => setPart(next)} aria-label="Request parts" sx={{ px: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="params" id="builder-tab-params" aria-controls="builder-tabpanel" label={`Parameters${draft.params.length ? ` (${ticked}/${draft.params.length})` : ''}`} />
        {operation.requestBody && <Tab value="body" id="builder-tab-body" aria-controls="builder-tabpanel" label="Body" />}
        <Tab value="auth" id="builder-tab-auth" aria-controls="builder-tabpanel" label="Auth" />
        <Tab value="variables" id="builder-tab-variables" aria-controls="builder-tabpanel" label="Variables" />
        <Tab value="docs" id="builder-tab-docs" aria-controls="builder-tabpanel" label="Docs" />
      </Tabs>
      {/* The docs hold nothing to focus, so their panel takes focus itself: the keyboard can scroll them. */}
      <Box role="tabpanel" id="builder-tabpanel" aria-labelledby={`builder-tab-${part}`} tabIndex={part === 'docs' ? 0 : undefined} sx={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
        {(part === 'params' || (part === 'body' && !operation.requestBody)) && (
          <>
            <ParamsTable operation={operation} draft={draft} onChange={(row, patch) => setDraft((d) => editParam(d, row, patch))} />
            <ExtraRowsEditor extra={extra} onChange={setExtra} />
          </>
        )}
        {part === 'body' && operation.requestBody && (
          <BodyTab operation={operation} specId={link.specId} modelKey={tab.id} body={draft.body ?? ''} onChange={(body) => setDraft((d) => ({ ...d, body }))} />
        )}
        {part === 'auth' && <AuthTab auth={tab.request.auth} inherited={inherited} onChange={(auth) => editRequest({ auth })} />}
        {part === 'variables' && <VariablesTab variables={tab.request.variables} onChange={(variables) => editRequest({ variables })} captures={tab.request.captures} outcomes={sender.exchange?.response.captured} onCaptures={(captures) => editRequest({ captures })} scope={scope} texts={templateTexts(tab.request)} saved={tab.source.kind === 'saved' ? tab.source : undefined} />}
        {part === 'docs' && <DocsTab operation={operation} />}
      </Box>
    </>
  );
  return <RequestLayout builder={top} sender={sender} />;
}
