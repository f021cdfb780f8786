import { describe, expect, it } from 'vitest';
import { adviceForStatus } from './advice';
import { classifyNetworkFailure } from './network-failure';

describe('adviceForStatus', () => {
  it('names the DSCC permission a 403 lacks and says a GreenLake role must grant it', () => {
    const body = { errorCode: '100003', error: 'user is not authorized to perform this action', permission: 'data-services.volume.read', traceId: 'f57dcca3' };
    const advice = adviceForStatus(403, body);
    expect(advice?.permission).toBe('data-services.volume.read');
    expect(advice?.advice).toContain('data-services.volume.read');
    expect(advice?.advice).toMatch(/GreenLake role/);
    expect(advice?.serverMessage).toBe('user is not authorized to perform this action');
  });

  it('finds a permission named only in the message, and words a 403 without one', () => {
    expect(adviceForStatus(403, { message: 'Missing permission "compute-ops.server.edit" for this resource' })?.permission).toBe('compute-ops.server.edit');
    const plain = adviceForStatus(403, { httpStatusCode: 403, errorCode: 'HPE_GL_ERROR_FORBIDDEN', message: 'FORBIDDEN' });
    expect(plain?.permission).toBeUndefined();
    expect(plain?.title).toBe('Not allowed');
  });

  it('tells an expired token from a token of the wrong issuer', () => {
    expect(adviceForStatus(401, { message: 'Jwt is expired' })?.title).toBe('Token expired');
    const wrong = adviceForStatus(401, { message: 'Unauthorized' }, {
      tokenIssuer: 'https://sso.common.cloud.hpe.com',
      requestUrl: 'https://global.api.greenlake.hpe.com/audit-log/v1/logs',
    });
    expect(wrong?.title).toBe('Token from the wrong issuer');
    expect(wrong?.advice).toContain('/authorization/v2/oauth2/');
    expect(adviceForStatus(401, '', { wwwAuthenticate: 'Bearer error="invalid_token", error_description="unknown issuer"' })?.title).toBe('Token from the wrong issuer');
    expect(adviceForStatus(401, {})?.title).toBe('Sign-in refused');
  });

  it('words 404, 429 with Retry-After, and 5xx', () => {
    expect(adviceForStatus(404, { error: 'volume not found' })?.advice).toMatch(/region/);
    const limited = adviceForStatus(429, {}, { retryAfter: '7' });
    expect(limited?.retryAfterSeconds).toBe(7);
    expect(limited?.advice).toContain('7 seconds');
    expect(adviceForStatus(503, '<html>busy</html>')?.title).toBe('Service unavailable');
    expect(adviceForStatus(503, '', { retryAfter: '1' })?.advice).toMatch(/^The service is busy or under maintenance\. Try again in 1 second;/);
    expect(adviceForStatus(503, '', { retryAfter: '90' })?.advice).toMatch(/Try again in 90 seconds;/);
    expect(adviceForStatus(503, '')?.advice).toMatch(/Try again in a few minutes;/);
    expect(adviceForStatus(500, {})?.advice).toMatch(/not something you did/);
    expect(adviceForStatus(502, {})?.title).toBe('Gateway error');
    expect(adviceForStatus(200, {})).toBeUndefined();
  });
});

describe('classifyNetworkFailure', () => {
  it('puts network codes into plain words', () => {
    expect(classifyNetworkFailure(['ENOTFOUND'], 'eu1.data.cloud.hpe.com')).toMatchObject({ code: 'unreachable', title: 'Server not found' });
    expect(classifyNetworkFailure(['ECONNREFUSED'], '127.0.0.1').advice).toContain('nothing is listening');
    expect(classifyNetworkFailure(['CERT_HAS_EXPIRED']).code).toBe('tls');
    expect(classifyNetworkFailure(['SELF_SIGNED_CERT_IN_CHAIN']).title).toBe('Certificate not trusted');
    expect(classifyNetworkFailure(['ERR_TLS_CERT_ALTNAME_INVALID']).title).toBe('Certificate for another name');
    expect(classifyNetworkFailure(['ECONNRESET']).code).toBe('network');
    expect(classifyNetworkFailure(['UND_ERR_CONNECT_TIMEOUT']).code).toBe('unreachable');
    expect(classifyNetworkFailure([]).title).toBe('Network error');
  });
});
