/** "Copy as PowerShell": Invoke-RestMethod for the token, then for the request. */
import { powershellQuote } from './quote';
import { headline, noTokenMessage, type PreparedRequest } from './snippet-request';

/** `Get`, `Post`, … as PowerShell's -Method spells them. */
function methodName(method: string): string {
  return method.charAt(0) + method.slice(1).toLowerCase();
}

function tokenLines(request: PreparedRequest): string[] {
  if (request.token.from === 'none') return [];
  if (request.token.from === 'env') return ['# Set the TOKEN environment variable to your access token first.', '$token = $Env:TOKEN', ''];
  const { auth } = request.token;
  const body = ['$tokenBody = @{', "    grant_type    = 'client_credentials'"];
  if (auth.clientAuth === 'body') body.push('    client_id     = $Env:CLIENTID', '    client_secret = $Env:CLIENTSECRET');
  if (auth.scope) body.push(`    scope         = ${powershellQuote(auth.scope)}`);
  body.push('}');
  const lines = ['# The client id and secret are read from the CLIENTID and CLIENTSECRET environment variables.', ...body];
  let headers = '';
  if (auth.clientAuth === 'basic') {
    lines.push(
      '# HTTP Basic carries them form-urlencoded (RFC 6749 section 2.3.1), so any character in the secret works.',
      '$basic = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes("$([uri]::EscapeDataString($Env:CLIENTID)):$([uri]::EscapeDataString($Env:CLIENTSECRET))"))',
    );
    headers = ' -Headers @{ Authorization = "Basic $basic" }';
  }
  const refusal = powershellQuote(noTokenMessage(auth.tokenUrl));
  lines.push(
    'try {',
    `    $token = (Invoke-RestMethod -Method Post -Uri ${powershellQuote(auth.tokenUrl)} -ContentType 'application/x-www-form-urlencoded'${headers} -Body $tokenBody).access_token`,
    '} catch {',
    `    throw (${refusal} + " ($($_.Exception.Message))")`,
    '}',
    `if (-not $token) { throw ${refusal} }`,
    '',
  );
  return lines;
}

/** A PowerShell script: token request (when the connection has one) and the request itself. */
export function powershellSnippet(request: PreparedRequest): string {
  const headers = request.headers.map((h) => `    ${powershellQuote(h.name)} = ${powershellQuote(h.value)}`);
  if (request.token.from === 'fetch') headers.push('    \'Authorization\' = "Bearer $token"');
  if (request.token.from === 'env') headers.push(request.token.scheme ? `    'Authorization' = "${request.token.scheme} $token"` : "    'Authorization' = $token");
  const lines = [`# ${headline(request)}`, ...tokenLines(request), '$headers = [ordered]@{', ...headers, '}'];
  let call = `$response = Invoke-RestMethod -Method ${methodName(request.method)} -Uri ${powershellQuote(request.url)} -Headers $headers`;
  if (request.contentType !== undefined) {
    // Windows PowerShell 5.1 encodes a string body as ISO-8859-1 unless the type names a charset.
    const needsCharset = request.body !== undefined && /[^\t\n\r\x20-\x7e]/.test(request.body) && !/charset=/i.test(request.contentType);
    call += ` -ContentType ${powershellQuote(needsCharset ? `${request.contentType}; charset=utf-8` : request.contentType)}`;
  }
  if (request.body !== undefined) {
    lines.push(`$body = ${powershellQuote(request.body)}`);
    call += ' -Body $body';
  }
  lines.push(call, '$response | ConvertTo-Json -Depth 20', '');
  return lines.join('\n');
}
