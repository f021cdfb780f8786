// The token endpoint: both client-authentication modes, every OAuth error, body limits, and the JWT it signs.
import { createPublicKey, createVerify } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './sandbox';
import { basicHeader, formEncode, getJson, postToken } from './test-support/sandbox-client';

let sandbox: Sandbox;
let form: (fields: Record<string, string>) => string;

beforeAll(async () => {
  sandbox = await startSandbox({ tokenTtlSeconds: 900 });
  form = (fields) => new URLSearchParams(fields).toString();
});
afterAll(() => sandbox.close());

function decodePart(part: string | undefined): Record<string, unknown> {
  return JSON.parse(Buffer.from(part ?? '', 'base64url').toString('utf8')) as Record<string, unknown>;
}

describe('credentials', () => {
  it('are fixed and fake: hex secrets like GreenLake\'s for the demo clients, and two clients whose secrets need encoding', () => {
    expect(sandbox.credentials.clientId).toBe('sandbox-client');
    expect(sandbox.credentials.clientSecret).toMatch(/^[0-9a-f]{32}$/);
    expect(sandbox.credentials.limitedClientSecret).toMatch(/^[0-9a-f]{32}$/);
    for (const secret of [sandbox.credentials.basicClientSecret, sandbox.credentials.bodyClientSecret]) {
      expect(secret).toMatch(/\+/);
      expect(secret).toMatch(/:/);
      expect(secret).toMatch(/%/);
      expect(secret).toMatch(/&/);
      expect(secret).toMatch(/ /);
    }
    expect(sandbox.tokenUrl).toBe(`${sandbox.baseUrl}/as/token.oauth2`);
  });

  it('serve HPE\'s seed-003 scripts with the default client: HTTP Basic without encoding, and an unencoded form body', async () => {
    const { clientId, clientSecret } = sandbox.credentials;
    // Python: requests' HTTPBasicAuth(client_id, client_secret) base64s the raw pair.
    const basic = await postToken(sandbox, 'grant_type=client_credentials', { Authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}` });
    expect(basic.status).toBe(200);
    // PowerShell: "grant_type=client_credentials&client_id=" + $ClientID + "&client_secret=" + $ClientSecret.
    const body = await postToken(sandbox, `grant_type=client_credentials&client_id=${clientId}&client_secret=${clientSecret}`);
    expect(body.status).toBe(200);
  });

  it('can be chosen when the Sandbox starts (for tests of other secrets)', async () => {
    const other = await startSandbox({ credentials: { basicClientSecret: `q'"$HOME\\ +:%&` } });
    try {
      expect(other.credentials.basicClientSecret).toBe(`q'"$HOME\\ +:%&`);
      const response = await postToken(other, 'grant_type=client_credentials', { Authorization: basicHeader(other.credentials.basicClientId, other.credentials.basicClientSecret) });
      expect(response.status).toBe(200);
    } finally {
      await other.close();
    }
  });
});

describe('clients registered for one way of authenticating', () => {
  it('refuse the other way, saying which one the client is registered for', async () => {
    const { basicClientId, basicClientSecret, bodyClientId, bodyClientSecret } = sandbox.credentials;
    const inBody = await postToken(sandbox, form({ grant_type: 'client_credentials', client_id: basicClientId, client_secret: basicClientSecret }));
    expect(inBody.status).toBe(401);
    expect(inBody.body).toMatchObject({ error: 'invalid_client', error_description: expect.stringMatching(/registered for HTTP Basic authentication \(client_secret_basic\)/) });
    const asBasic = await postToken(sandbox, 'grant_type=client_credentials', { Authorization: basicHeader(bodyClientId, bodyClientSecret) });
    expect(asBasic.status).toBe(401);
    expect(asBasic.body).toMatchObject({ error: 'invalid_client', error_description: expect.stringMatching(/registered for credentials in the request body \(client_secret_post\)/) });
  });

  it('accept their own way', async () => {
    const { basicClientId, basicClientSecret, bodyClientId, bodyClientSecret } = sandbox.credentials;
    expect((await postToken(sandbox, 'grant_type=client_credentials', { Authorization: basicHeader(basicClientId, basicClientSecret) })).status).toBe(200);
    expect((await postToken(sandbox, form({ grant_type: 'client_credentials', client_id: bodyClientId, client_secret: bodyClientSecret }))).status).toBe(200);
  });
});

describe('POST /as/token.oauth2', () => {
  it('issues a bearer token for credentials in the form body', async () => {
    const { clientId, clientSecret } = sandbox.credentials;
    const response = await postToken(sandbox, form({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }));
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    expect(typeof response.body.access_token).toBe('string');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('issues a token for HTTP Basic with form-urlencoded id and secret (RFC 6749 2.3.1)', async () => {
    const { clientId, clientSecret } = sandbox.credentials;
    const response = await postToken(sandbox, 'grant_type=client_credentials', { Authorization: basicHeader(clientId, clientSecret) });
    expect(response.status).toBe(200);
    expect(decodePart((response.body.access_token as string).split('.')[1]).client_id).toBe(clientId);
  });

  it('accepts Basic with the client id repeated in the body, as some OAuth libraries send it', async () => {
    const { clientId, clientSecret } = sandbox.credentials;
    const response = await postToken(sandbox, form({ grant_type: 'client_credentials', client_id: clientId }), {
      Authorization: basicHeader(clientId, clientSecret),
    });
    expect(response.status).toBe(200);
  });

  it('refuses Basic credentials that were not form-urlencoded, and says so', async () => {
    const { basicClientId: clientId, basicClientSecret: clientSecret } = sandbox.credentials;
    const raw = `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`;
    const response = await postToken(sandbox, 'grant_type=client_credentials', { Authorization: raw });
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
    expect(response.body.error_description).toMatch(/form-urlencode/);
    expect(response.headers.get('www-authenticate')).toMatch(/^Basic /);
  });

  it('refuses a secret sent unencoded in the body as a malformed body', async () => {
    const { bodyClientId: clientId, bodyClientSecret: clientSecret } = sandbox.credentials;
    const response = await postToken(sandbox, `grant_type=client_credentials&client_id=${clientId}&client_secret=${clientSecret}`);
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_request');
  });

  it.each(['body', 'basic'] as const)('answers 401 invalid_client for a wrong secret (%s)', async (mode) => {
    const { clientId } = sandbox.credentials;
    const response =
      mode === 'body'
        ? await postToken(sandbox, form({ grant_type: 'client_credentials', client_id: clientId, client_secret: 'wrong' }))
        : await postToken(sandbox, 'grant_type=client_credentials', { Authorization: basicHeader(clientId, 'wrong') });
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
    expect(typeof response.body.error_description).toBe('string');
    expect(response.headers.get('www-authenticate') !== null).toBe(mode === 'basic');
  });

  it('answers 401 invalid_client when no client credentials are sent', async () => {
    const response = await postToken(sandbox, 'grant_type=client_credentials');
    expect(response.status).toBe(401);
    expect(response.body.error).toBe('invalid_client');
  });

  it('answers 401 for a secret of another client', async () => {
    const { clientId, limitedClientSecret } = sandbox.credentials;
    const response = await postToken(sandbox, form({ grant_type: 'client_credentials', client_id: clientId, client_secret: limitedClientSecret }));
    expect(response.status).toBe(401);
  });

  it('answers 400 unsupported_grant_type for another grant', async () => {
    const { clientId, clientSecret } = sandbox.credentials;
    const response = await postToken(sandbox, form({ grant_type: 'password', client_id: clientId, client_secret: clientSecret }));
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('unsupported_grant_type');
  });

  it.each([
    ['no grant_type', 'client_id=a&client_secret=b', /grant_type is missing/],
    ['a broken percent escape', 'grant_type=client_credentials&client_secret=%zz', /not valid application\/x-www-form-urlencoded/],
    ['a repeated parameter', 'grant_type=client_credentials&grant_type=client_credentials', /repeated/],
    ['a nameless parameter', 'grant_type=client_credentials&=x', /without a name/],
  ])('answers 400 invalid_request for %s', async (_label, body, description) => {
    const response = await postToken(sandbox, body);
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_request');
    expect(response.body.error_description).toMatch(description);
  });

  it('answers 400 invalid_request for bytes that are not UTF-8', async () => {
    const response = await fetch(sandbox.tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new Uint8Array([0x67, 0x3d, 0xff, 0xfe]),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: string }).error).toBe('invalid_request');
  });

  it('answers 400 invalid_request for JSON instead of a form', async () => {
    const { clientId, clientSecret } = sandbox.credentials;
    const response = await postToken(sandbox, JSON.stringify({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }), {
      'Content-Type': 'application/json',
    });
    expect(response.status).toBe(400);
    expect(response.body.error_description).toMatch(/x-www-form-urlencoded/);
  });

  it('answers 400 when Basic and a body secret are both used', async () => {
    const { clientId, clientSecret } = sandbox.credentials;
    const response = await postToken(sandbox, form({ grant_type: 'client_credentials', client_secret: clientSecret }), {
      Authorization: basicHeader(clientId, clientSecret),
    });
    expect(response.status).toBe(400);
    expect(response.body.error).toBe('invalid_request');
  });

  it('answers 405 to GET', async () => {
    const response = await getJson(sandbox, '/as/token.oauth2');
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
  });

  it('answers 413 to a declared body over 64 KB, and keeps serving', async () => {
    const big = `grant_type=client_credentials&pad=${'x'.repeat(70 * 1024)}`;
    const response = await postToken(sandbox, big);
    expect(response.status).toBe(413);
    expect(response.body.error).toBe('invalid_request');
    expect((await postToken(sandbox, 'grant_type=client_credentials')).status).toBe(401);
  });

  it('answers 413 to a streamed body that grows past 64 KB', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const url = new URL(sandbox.tokenUrl);
      const req = request(
        { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Transfer-Encoding': 'chunked' } },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 20; i += 1) req.write('x'.repeat(8 * 1024));
      req.end();
    });
    expect(status).toBe(413);
  });

  it('counts every request to the token endpoint', async () => {
    const before = sandbox.stats.tokenRequests;
    await postToken(sandbox, 'grant_type=client_credentials');
    await postToken(sandbox, form({ grant_type: 'client_credentials', client_id: sandbox.credentials.clientId, client_secret: sandbox.credentials.clientSecret }));
    expect(sandbox.stats.tokenRequests).toBe(before + 2);
  });
});

describe('the access token', () => {
  let token: string;
  beforeAll(async () => {
    const { clientId, clientSecret } = sandbox.credentials;
    const response = await postToken(sandbox, `grant_type=client_credentials&client_id=${formEncode(clientId)}&client_secret=${formEncode(clientSecret)}`);
    token = response.body.access_token as string;
  });

  it('is an RS256 JWT whose header names the key', () => {
    const header = decodePart(token.split('.')[0]);
    expect(header.alg).toBe('RS256');
    expect(typeof header.kid).toBe('string');
  });

  it('carries the claims seed 000 shows, plus hpe_token_type and permissions', () => {
    const claims = decodePart(token.split('.')[1]);
    for (const claim of ['client_id', 'iss', 'aud', 'sub', 'user_ctx', 'auth_source', 'platform_customer_id', 'iat', 'application_instance_id', 'exp', 'hpe_token_type']) {
      expect(claims, claim).toHaveProperty(claim);
    }
    expect(claims.client_id).toBe('sandbox-client');
    expect(claims.iss).toBe(sandbox.baseUrl);
    expect(claims.aud).toBe('external_api');
    expect((claims.exp as number) - (claims.iat as number)).toBe(900);
    expect(claims.permissions).toContain('data-services.volume.read');
  });

  it('verifies against the key published at /.well-known/jwks.json', async () => {
    const jwks = await getJson(sandbox, '/.well-known/jwks.json');
    const keys = jwks.body.keys as Record<string, unknown>[];
    const header = decodePart(token.split('.')[0]);
    const jwk = keys.find((key) => key.kid === header.kid);
    expect(jwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwk).not.toHaveProperty('d');
    const [h, p, s] = token.split('.') as [string, string, string];
    const publicKey = createPublicKey({ key: jwk as never, format: 'jwk' });
    expect(createVerify('RSA-SHA256').update(`${h}.${p}`).verify(publicKey, Buffer.from(s, 'base64url'))).toBe(true);
    expect(createVerify('RSA-SHA256').update(`${h}.${p}x`).verify(publicKey, Buffer.from(s, 'base64url'))).toBe(false);
  });
});
