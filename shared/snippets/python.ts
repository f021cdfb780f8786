/** "Copy as Python": `requests` with a token from `requests_oauthlib`, as in the HPE blog posts. */
import { pythonQuote } from './quote';
import { headline, noTokenMessage, type PreparedRequest } from './snippet-request';

function tokenLines(request: PreparedRequest): { imports: string[]; lines: string[]; header?: string } {
  if (request.token.from === 'none') return { imports: [], lines: [] };
  if (request.token.from === 'env') {
    const prefix = request.token.scheme ? `${pythonQuote(`${request.token.scheme} `)} + ` : '';
    return {
      imports: ['import os'],
      lines: ["# Set the TOKEN environment variable to your access token first.", "access_token = os.environ['TOKEN']", ''],
      header: `${prefix}access_token`,
    };
  }
  const { auth } = request.token;
  const scope = auth.scope ? `, scope=[${auth.scope.split(/\s+/).filter(Boolean).map(pythonQuote).join(', ')}]` : '';
  const fetch =
    auth.clientAuth === 'basic'
      ? `token = oauth.fetch_token(token_url=${pythonQuote(auth.tokenUrl)}, auth=HTTPBasicAuth(quote_plus(client_id), quote_plus(client_secret)))`
      : `token = oauth.fetch_token(token_url=${pythonQuote(auth.tokenUrl)}, client_id=client_id, client_secret=client_secret, include_client_id=True)`;
  const plainHttp = /^http:/i.test(auth.tokenUrl)
    ? ["# oauthlib refuses a token URL without https unless told this is on purpose (a local server).", "os.environ.setdefault('OAUTHLIB_INSECURE_TRANSPORT', '1')", '']
    : [];
  return {
    imports: [
      'import os',
      'import sys',
      ...(auth.clientAuth === 'basic' ? ['from urllib.parse import quote_plus'] : []),
      '',
      'import requests',
      'from oauthlib.oauth2 import BackendApplicationClient',
      ...(auth.clientAuth === 'basic' ? ['from requests.auth import HTTPBasicAuth'] : []),
      'from requests_oauthlib import OAuth2Session',
    ],
    lines: [
      '# The client id and secret are read from the CLIENTID and CLIENTSECRET environment variables.',
      ...(auth.clientAuth === 'basic' ? ['# HTTP Basic carries them form-urlencoded (RFC 6749 section 2.3.1), so any character in the secret works.'] : []),
      "client_id = os.environ['CLIENTID']",
      "client_secret = os.environ['CLIENTSECRET']",
      '',
      ...plainHttp,
      'client = BackendApplicationClient(client_id=client_id)',
      `oauth = OAuth2Session(client=client${scope})`,
      'try:',
      `    ${fetch}`,
      'except Exception as error:',
      `    sys.exit(${pythonQuote(noTokenMessage(auth.tokenUrl))} + f' ({error})')`,
      '',
    ],
    header: "'Bearer ' + token['access_token']",
  };
}

/** A Python 3 script: token with requests_oauthlib (when the connection has one), then the request with requests. */
export function pythonSnippet(request: PreparedRequest): string {
  const token = tokenLines(request);
  const imports = token.imports.includes('import requests') ? token.imports : [...token.imports, ...(token.imports.length ? [''] : []), 'import requests'];
  const headers = request.headers.map((h) => `        ${pythonQuote(h.name)}: ${pythonQuote(h.value)},`);
  if (token.header) headers.push(`        'Authorization': ${token.header},`);
  if (request.contentType !== undefined) headers.push(`        'Content-Type': ${pythonQuote(request.contentType)},`);
  const call = [
    'response = requests.request(',
    `    ${pythonQuote(request.method)},`,
    `    ${pythonQuote(request.url)},`,
    '    headers={',
    ...headers,
    '    },',
    ...(request.body !== undefined ? [`    data=${pythonQuote(request.body)}.encode('utf-8'),`] : []),
    '    timeout=30,',
    ')',
    'print(response.status_code)',
    'print(response.text)',
  ];
  return [`# ${headline(request)}`, '# Needs: pip install requests requests_oauthlib', ...imports, '', ...token.lines, ...call, ''].join('\n');
}
