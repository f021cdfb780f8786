/**
 * The plain request editor, for a request with no spec behind it (Ctrl+N, an imported one, one
 * re-opened from history whose endpoint is in no imported spec): a method, an address that can be
 * typed into (its query becomes rows, as in Postman), free query rows, headers and a body, and the
 * request's own auth and variables.
 */
import Box from '@mui/material/Box';
import MenuItem from '@mui/material/MenuItem';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { sendableMethods, type RequestBody, type SavedRequest, type SendableMethod } from '../../../shared/model/request';
import { sendFieldsOf } from '../../../shared/model/request-send';
import { addressLine, withAddressLine } from '../../../shared/model/request-url';
import { CodeEditor } from '../../components/code-editor/code-editor';
import { RowsEditor } from '../../components/rows-editor';
import { monoFont } from '../../components/theme/tokens';
import { WatchButton } from '../watch';
import { useWorkspace, type OpenTab } from '../workspace';
import { AuthTab } from './auth-tab';
import { CopyAsMenu } from './copy-as-menu';
import { HandledByConnectionNotice } from './kept-scripts';
import { RequestLayout } from './request-layout';
import { ScopeBar } from './scope-bar';
import { UrlBar } from './url-bar';
import { sendInput, useSend, useTabEnvironmentId } from './use-send';
import { useSendShortcut } from './use-send-shortcut';
import { useRequestScope } from './use-request-scope';
import { templateTexts, VariablesTab } from './variables-tab';

type Part = 'params' | 'headers' | 'body' | 'auth' | 'variables';
const parts: readonly Part[] = ['params', 'headers', 'body', 'auth', 'variables'];
const bodyKinds: { kind: RequestBody['kind']; label: string }[] = [
  { kind: 'none', label: 'No body' },
  { kind: 'json', label: 'JSON' },
  { kind: 'text', label: 'Text' },
  { kind: 'form-urlencoded', label: 'Form (urlencoded)' },
];

/** The body as another kind, keeping what can be kept. */
function asKind(body: RequestBody, kind: RequestBody['kind']): RequestBody {
  const text = body.kind === 'json' || body.kind === 'text' ? body.text : '';
  switch (kind) {
    case 'none':
      return { kind: 'none' };
    case 'json':
      return { kind: 'json', text, contentType: 'application/json' };
    case 'text':
      return { kind: 'text', text, contentType: 'text/plain' };
    case 'form-urlencoded':
      return { kind: 'form-urlencoded', rows: body.kind === 'form-urlencoded' ? body.rows : [], contentType: 'application/x-www-form-urlencoded' };
  }
}

/** The address box: what was typed stays as typed while it still means the same request. */
function AddressField({ request, onChange }: { request: SavedRequest; onChange(text: string): void }) {
  const line = addressLine(request);
  const [text, setText] = useState(line);
  useEffect(() => {
    // Rows edited elsewhere (the Params tab) change the line; typing that already means it does not.
    setText((typed) => (addressLine(withAddressLine(request, typed)) === line ? typed : line));
  }, [line, request]);
  return (
    <TextField
      variant="standard"
      fullWidth
      placeholder="https://… or {{baseUrl}}/…"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(e.target.value);
      }}
      slotProps={{ input: { disableUnderline: true }, htmlInput: { 'aria-label': 'Request URL', spellCheck: false, 'data-testid': 'request-url-input', style: { fontFamily: monoFont, fontSize: 13 } } }}
    />
  );
}

/** The editor of a tab whose request has no spec operation behind it. */
export function PlainRequest({ tab, savedIn, notice }: { tab: OpenTab; savedIn?: string | undefined; notice?: ReactNode }) {
  const workspace = useWorkspace();
  const sender = useSend(tab);
  const environmentId = useTabEnvironmentId(tab);
  const { scope, inherited, connectionName } = useRequestScope(tab);
  const { request } = tab;
  const part: Part = parts.find((p) => p === tab.subTab) ?? 'params';
  const setPart = (subTab: Part) => workspace.edit(tab.id, { subTab });
  const edit = (change: (request: SavedRequest) => SavedRequest) => workspace.edit(tab.id, (now) => ({ request: change(now.request) }), { pin: true, dirty: true });

  // TRACE cannot be sent (see traceRefusal): a request that has it goes as GET until the user picks another.
  const method: SendableMethod = request.method === 'TRACE' ? 'GET' : request.method;
  const build = () => sendInput(tab, { ...sendFieldsOf(request), method }, environmentId);
  const send = () => {
    if (request.url.trim() === '') return;
    sender.send(build());
  };
  useSendShortcut(send);
  const enabledQuery = request.query.filter((r) => r.enabled).length;
  const enabledHeaders = request.headers.filter((r) => r.enabled).length;

  const top = (
    <>
      <Box sx={{ px: 2, pt: 1.5 }}>
        <Typography variant="h6" component="h2" noWrap title={tab.title}>{tab.title}</Typography>
      </Box>
      <UrlBar method={method} url={addressLine(request)} onSend={send} sendDisabled={request.url.trim() === ''} actions={<><Suspense fallback={null}><WatchButton method={method} request={build} tab={tab} /></Suspense><CopyAsMenu request={build} /></>}
        editor={
          <Box sx={{ display: 'flex', flex: 1, gap: 1, alignItems: 'center', minWidth: 0 }}>
            <TextField select variant="standard" value={method} onChange={(e) => edit((r) => ({ ...r, method: e.target.value as SendableMethod }))}
              slotProps={{ input: { disableUnderline: true }, htmlInput: { 'aria-label': 'Method' } }} sx={{ width: 96, flexShrink: 0 }}>
              {sendableMethods.map((m) => <MenuItem key={m} value={m}>{m}</MenuItem>)}
            </TextField>
            <AddressField request={request} onChange={(text) => edit((r) => withAddressLine(r, text))} />
          </Box>
        }
      />
      <ScopeBar scope={scope} connectionName={connectionName} savedIn={savedIn} />
      {notice}
      <HandledByConnectionNotice saved={tab.source.kind === 'saved' ? tab.source : undefined} />
      <Tabs value={part} onChange={(_e, next: Part) => setPart(next)} aria-label="Request parts" sx={{ px: 1.5, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="params" id="builder-tab-params" aria-controls="builder-tabpanel" label={`Parameters${request.query.length ? ` (${enabledQuery}/${request.query.length})` : ''}`} />
        <Tab value="headers" id="builder-tab-headers" aria-controls="builder-tabpanel" label={`Headers${request.headers.length ? ` (${enabledHeaders})` : ''}`} />
        <Tab value="body" id="builder-tab-body" aria-controls="builder-tabpanel" label="Body" />
        <Tab value="auth" id="builder-tab-auth" aria-controls="builder-tabpanel" label="Auth" />
        <Tab value="variables" id="builder-tab-variables" aria-controls="builder-tabpanel" label="Variables" />
      </Tabs>
      <Box role="tabpanel" id="builder-tabpanel" aria-labelledby={`builder-tab-${part}`} sx={{ flex: 1, minHeight: 0, overflow: 'auto', display: 'flex', flexDirection: 'column' }}>
        {part === 'params' && (
          <>
            {request.pathParams.length > 0 && (
              <RowsEditor rows={request.pathParams.map((p) => ({ key: p.key, value: p.value, enabled: true }))} label="Path parameters" keyTitle="Path parameter" tickWord="Send"
                onChange={(rows) => edit((r) => ({ ...r, pathParams: r.pathParams.map((p, i) => ({ ...p, value: rows[i]?.value ?? p.value })) }))} testId="path-params" />
            )}
            <RowsEditor rows={request.query} onChange={(query) => edit((r) => ({ ...r, query }))} label="Query parameters" keyTitle="Parameter" tickWord="Send" testId="query-params" />
          </>
        )}
        {part === 'headers' && <RowsEditor rows={request.headers} onChange={(headers) => edit((r) => ({ ...r, headers }))} label="Headers" keyTitle="Header" tickWord="Send" testId="request-headers" />}
        {part === 'body' && (
          <Box sx={{ display: 'flex', flexDirection: 'column', flex: 1, minHeight: 0 }}>
            <Box sx={{ display: 'flex', gap: 2, alignItems: 'center', px: 1.5, py: 1 }}>
              <TextField select size="small" label="Body" value={request.body.kind} onChange={(e) => edit((r) => ({ ...r, body: asKind(r.body, e.target.value as RequestBody['kind']) }))} sx={{ width: 200 }}>
                {bodyKinds.map((k) => <MenuItem key={k.kind} value={k.kind}>{k.label}</MenuItem>)}
              </TextField>
              {request.body.kind !== 'none' && (
                <TextField size="small" label="Content-Type" value={request.body.contentType}
                  onChange={(e) => edit((r) => (r.body.kind === 'none' ? r : { ...r, body: { ...r.body, contentType: e.target.value } }))} sx={{ width: 280 }} />
              )}
            </Box>
            {(request.body.kind === 'json' || request.body.kind === 'text') && (
              <Box sx={{ flex: 1, minHeight: 160, borderTop: 1, borderColor: 'divider' }} data-testid="body-editor">
                <CodeEditor value={request.body.text} language={request.body.kind === 'json' ? 'json' : 'plaintext'} modelPath={`tab-body/${tab.id}.${request.body.kind === 'json' ? 'json' : 'txt'}`} ariaLabel="Request body"
                  onChange={(text) => edit((r) => (r.body.kind === 'json' || r.body.kind === 'text' ? { ...r, body: { ...r.body, text } } : r))} />
              </Box>
            )}
            {request.body.kind === 'form-urlencoded' && (
              <RowsEditor rows={request.body.rows} label="Form fields" keyTitle="Field" tickWord="Send" testId="form-fields"
                onChange={(rows) => edit((r) => (r.body.kind === 'form-urlencoded' ? { ...r, body: { ...r.body, rows } } : r))} />
            )}
            {request.body.kind === 'none' && <Typography color="textSecondary" sx={{ px: 2 }}>This request sends no body.</Typography>}
          </Box>
        )}
        {part === 'auth' && <AuthTab auth={request.auth} inherited={inherited} onChange={(auth) => edit((r) => ({ ...r, auth }))} />}
        {part === 'variables' && <VariablesTab variables={request.variables} onChange={(variables) => edit((r) => ({ ...r, variables }))} captures={request.captures} outcomes={sender.exchange?.response.captured}
          onCaptures={(captures) => edit((r) => ({ ...r, captures }))} scope={scope} texts={templateTexts(request)} saved={tab.source.kind === 'saved' ? tab.source : undefined} />}
      </Box>
    </>
  );
  return <RequestLayout builder={top} sender={sender} />;
}
