import { describe, expect, it } from 'vitest';
import { bashQuote, powershellQuote, pythonQuote } from './quote';
import { buildSnippet, snippetLanguages, type SnippetRequest } from './snippet';

const tokenUrl = 'https://sso.common.cloud.hpe.com/as/token.oauth2';
const secret = 'FAKE-typed-token-not-real-0000';
const tricky: SnippetRequest = {
  method: 'POST',
  url: "https://us-west2-api.compute.cloud.hpe.com/compute-ops/v1beta2/servers?filter=id eq 'P06760-B21+2M212504P8'&note=it's here",
  headers: [
    { name: 'X-Note', value: `O'Brien says "hi" $HOME ‘quoted’` },
    { name: 'Authorization', value: `Bearer ${secret}` },
  ],
  body: `{"name": "it's a \\"vol\\"", "path": "C:\\\\tmp"}`,
};

describe('quoting', () => {
  it('quotes bash, PowerShell and Python strings so nothing inside is interpreted', () => {
    expect(bashQuote("it's $HOME")).toBe(`'it'\\''s $HOME'`);
    expect(powershellQuote("it's ‘x’ $env:X")).toBe(`'it''s ‘‘x’’ $env:X'`);
    expect(pythonQuote("it's\\ \n\t\u0001")).toBe(`'it\\'s\\\\ \\n\\t\\x01'`);
  });
});

describe('buildSnippet', () => {
  it('never contains a secret or a typed token, in any language', () => {
    for (const language of snippetLanguages) {
      const text = buildSnippet(language, tricky, { tokenUrl, clientAuth: 'body' });
      expect(text).not.toContain(secret);
      expect(text).toContain('CLIENTSECRET');
      expect(text).toContain(tokenUrl);
    }
    for (const language of snippetLanguages) expect(buildSnippet(language, tricky)).not.toContain(secret);
  });

  it('writes cURL with the token fetched first and every value single-quoted', () => {
    const text = buildSnippet('curl', tricky, { tokenUrl, clientAuth: 'body', scope: 'read write' });
    expect(text).toContain(`TOKEN=$(curl -sS -X POST '${tokenUrl}'`);
    expect(text).toContain('--data-urlencode "client_secret=${CLIENTSECRET}"');
    expect(text).toContain("--data-urlencode 'scope=read write'");
    expect(text).toContain(`| jq -r '.access_token // error("the token server said: \\(.error_description // .error // .)")')`);
    expect(text).toContain(`if [ -z "$TOKEN" ]; then\n  echo 'No access token from ${tokenUrl}, so the request was not sent. Check CLIENTID, CLIENTSECRET and the token URL.' >&2\n  false\nelse\n  curl -sS -X POST`);
    expect(text).toContain("'https://us-west2-api.compute.cloud.hpe.com/compute-ops/v1beta2/servers?filter=id%20eq%20'\\''P06760-B21%2B2M212504P8'\\''&note=it'\\''s%20here'");
    expect(text).toContain(`-H 'X-Note: O'\\''Brien says "hi" $HOME ‘quoted’'`);
    expect(text).toContain('-H "Authorization: Bearer ${TOKEN}"');
    expect(text).toContain(`--data-raw '{"name": "it'\\''s a \\"vol\\"", "path": "C:\\\\tmp"}'`);
    expect(text).toContain("-H 'Content-Type: application/json'");
    const basic = buildSnippet('curl', tricky, { tokenUrl, clientAuth: 'basic' });
    expect(basic).toContain(`CLIENTSECRET_ENCODED=$(jq -rn --arg v "$CLIENTSECRET" '$v | @uri')`);
    expect(basic).toContain('-u "${CLIENTID_ENCODED}:${CLIENTSECRET_ENCODED}"');
  });

  it('writes Python with requests_oauthlib as in the HPE posts', () => {
    const basic = buildSnippet('python', tricky, { tokenUrl, clientAuth: 'basic' });
    expect(basic).toContain('from oauthlib.oauth2 import BackendApplicationClient');
    expect(basic).toContain('from requests_oauthlib import OAuth2Session');
    expect(basic).toContain("client_secret = os.environ['CLIENTSECRET']");
    expect(basic).toContain(`    token = oauth.fetch_token(token_url='${tokenUrl}', auth=HTTPBasicAuth(quote_plus(client_id), quote_plus(client_secret)))`);
    expect(basic).toContain(`except Exception as error:\n    sys.exit('No access token from ${tokenUrl}, so the request was not sent.`);
    expect(basic).toContain(`'X-Note': 'O\\'Brien says "hi" $HOME ‘quoted’',`);
    expect(basic).toContain("'Authorization': 'Bearer ' + token['access_token'],");
    expect(basic).toContain(`data='{"name": "it\\'s a \\\\"vol\\\\"", "path": "C:\\\\\\\\tmp"}'.encode('utf-8'),`);
    const body = buildSnippet('python', tricky, { tokenUrl, clientAuth: 'body' });
    expect(body).toContain('client_id=client_id, client_secret=client_secret, include_client_id=True');
    expect(body).not.toContain('HTTPBasicAuth');
  });

  it('writes PowerShell that fetches the token with Invoke-RestMethod first', () => {
    const text = buildSnippet('powershell', tricky, { tokenUrl, clientAuth: 'body' });
    expect(text).toContain('client_secret = $Env:CLIENTSECRET');
    expect(text).toContain(`$token = (Invoke-RestMethod -Method Post -Uri '${tokenUrl}' -ContentType 'application/x-www-form-urlencoded' -Body $tokenBody).access_token`);
    expect(text).toContain(`'X-Note' = 'O''Brien says "hi" $HOME ‘‘quoted’’'`);
    expect(text).toContain(`'Authorization' = "Bearer $token"`);
    expect(text).toContain(`$body = '{"name": "it''s a \\"vol\\"", "path": "C:\\\\tmp"}'`);
    expect(text).toContain("-Method Post -Uri 'https://us-west2-api.compute.cloud.hpe.com/compute-ops/v1beta2/servers?filter=id%20eq%20''P06760-B21%2B2M212504P8''&note=it''s%20here'");
    const basic = buildSnippet('powershell', tricky, { tokenUrl, clientAuth: 'basic' });
    expect(basic).toContain('-Headers @{ Authorization = "Basic $basic" }');
    expect(basic).toContain('[uri]::EscapeDataString($Env:CLIENTSECRET)');
    expect(text).toContain(`if (-not $token) { throw 'No access token from ${tokenUrl}, so the request was not sent.`);
  });

  it('reads a hand-typed token from TOKEN when there is no connection', () => {
    expect(buildSnippet('curl', tricky)).toContain('-H "Authorization: Bearer ${TOKEN}"');
    expect(buildSnippet('python', tricky)).toContain("access_token = os.environ['TOKEN']");
    expect(buildSnippet('powershell', tricky)).toContain('$token = $Env:TOKEN');
    const get = buildSnippet('curl', { method: 'GET', url: 'https://h/x', headers: [] });
    expect(get).not.toContain('-X');
    expect(get).not.toContain('Authorization');
  });

  it('says the URL decoded in its first line, and sends it encoded exactly as Shoreline does', () => {
    // curl's own --data-urlencode would send spaces as "+", which RFC 3986 servers read as a plus: the command keeps the wire form.
    const text = buildSnippet('curl', { method: 'GET', url: 'https://eu1.data.cloud.hpe.com/api/v1/storage-systems?sort=id%20asc,name%20desc&select=id', headers: [] });
    expect(text.split('\n')[0]).toBe('# Shoreline: GET https://eu1.data.cloud.hpe.com/api/v1/storage-systems?sort=id asc,name desc&select=id');
    expect(text).toContain("curl -sS 'https://eu1.data.cloud.hpe.com/api/v1/storage-systems?sort=id%20asc%2Cname%20desc&select=id'");
  });

  it('keeps a line break in the URL out of the comment line', () => {
    const text = buildSnippet('curl', { method: 'GET', url: 'https://h/x\nrm -rf ~', headers: [] });
    expect(text.split('\n')[0]).toBe('# Shoreline: GET https://h/x rm -rf ~');
  });
});
