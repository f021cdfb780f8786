/** "Copy as cURL" (bash): fetches the token with curl and jq, then sends the request. */
import { bashQuote } from './quote';
import { headline, noTokenMessage, type PreparedRequest } from './snippet-request';

function tokenLines(request: PreparedRequest): string[] {
  if (request.token.from === 'none') return [];
  if (request.token.from === 'env') return ['# Set TOKEN to your access token first: export TOKEN=...', ''];
  const { auth } = request.token;
  const lines = ['# The client id and secret are read from the CLIENTID and CLIENTSECRET environment variables; jq reads the token.'];
  const args = [`curl -sS -X POST ${bashQuote(auth.tokenUrl)}`];
  if (auth.clientAuth === 'basic') {
    lines.push(
      '# HTTP Basic carries them form-urlencoded (RFC 6749 section 2.3.1), so any character in the secret works.',
      `CLIENTID_ENCODED=$(jq -rn --arg v "$CLIENTID" '$v | @uri')`,
      `CLIENTSECRET_ENCODED=$(jq -rn --arg v "$CLIENTSECRET" '$v | @uri')`,
    );
    args.push('-u "${CLIENTID_ENCODED}:${CLIENTSECRET_ENCODED}"');
  }
  args.push(`-H ${bashQuote('Content-Type: application/x-www-form-urlencoded')}`);
  args.push(`--data-urlencode ${bashQuote('grant_type=client_credentials')}`);
  if (auth.clientAuth === 'body') {
    args.push('--data-urlencode "client_id=${CLIENTID}"');
    args.push('--data-urlencode "client_secret=${CLIENTSECRET}"');
  }
  if (auth.scope) args.push(`--data-urlencode ${bashQuote(`scope=${auth.scope}`)}`);
  // Without an access_token, jq prints the server's reason to stderr and TOKEN stays empty.
  args.push(`| jq -r '.access_token // error("the token server said: \\(.error_description // .error // .)")'`);
  return [...lines, `TOKEN=$(${args.join(' \\\n  ')})`];
}

/** A bash script: token request (when the connection has one) and the request itself. */
export function curlSnippet(request: PreparedRequest): string {
  let first = 'curl -sS';
  if (request.method === 'HEAD') first += ' --head';
  else if (request.method !== 'GET' || request.body !== undefined) first += ` -X ${request.method}`;
  const args = [`${first} ${bashQuote(request.url)}`];
  for (const h of request.headers) args.push(`-H ${bashQuote(`${h.name}: ${h.value}`)}`);
  if (request.token.from === 'fetch') args.push('-H "Authorization: Bearer ${TOKEN}"');
  if (request.token.from === 'env') {
    args.push(request.token.scheme ? `-H "Authorization: ${request.token.scheme} \${TOKEN}"` : '-H "Authorization: ${TOKEN}"');
  }
  if (request.contentType !== undefined) args.push(`-H ${bashQuote(`Content-Type: ${request.contentType}`)}`);
  if (request.body !== undefined) args.push(`--data-raw ${bashQuote(request.body)}`);
  const call = args.join(' \\\n  ');
  if (request.token.from !== 'fetch') return [`# ${headline(request)}`, ...tokenLines(request), call, ''].join('\n');
  // No token, no request: `false` makes a saved script end with a failure; pasted, it only prints.
  const guarded = [
    'if [ -z "$TOKEN" ]; then',
    `  echo ${bashQuote(noTokenMessage(request.token.auth.tokenUrl))} >&2`,
    '  false',
    'else',
    ...call.split('\n').map((line) => `  ${line}`),
    'fi',
  ];
  return [`# ${headline(request)}`, ...tokenLines(request), ...guarded, ''].join('\n');
}
