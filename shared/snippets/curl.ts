/** "Copy as cURL" (bash): fetches the token with curl and jq, then sends the request. */
import { bashQuote } from './quote';
import { headline, type PreparedRequest } from './snippet-request';

function tokenLines(request: PreparedRequest): string[] {
  if (request.token.from === 'none') return [];
  if (request.token.from === 'env') return ['# Set TOKEN to your access token first: export TOKEN=...', ''];
  const { auth } = request.token;
  const args = [`curl -sS -X POST ${bashQuote(auth.tokenUrl)}`];
  if (auth.clientAuth === 'basic') args.push('-u "${CLIENTID}:${CLIENTSECRET}"');
  args.push(`-H ${bashQuote('Content-Type: application/x-www-form-urlencoded')}`);
  args.push(`--data-urlencode ${bashQuote('grant_type=client_credentials')}`);
  if (auth.clientAuth === 'body') {
    args.push('--data-urlencode "client_id=${CLIENTID}"');
    args.push('--data-urlencode "client_secret=${CLIENTSECRET}"');
  }
  if (auth.scope) args.push(`--data-urlencode ${bashQuote(`scope=${auth.scope}`)}`);
  return [
    '# The client id and secret are read from the CLIENTID and CLIENTSECRET environment variables; jq reads the token.',
    `TOKEN=$(${args.join(' \\\n  ')} \\\n  | jq -r .access_token)`,
    '',
  ];
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
  return [`# ${headline(request)}`, ...tokenLines(request), args.join(' \\\n  '), ''].join('\n');
}
