import { EnvHttpProxyAgent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { createDefaultFetch, createDispatcher } from './default-fetch';
import { proxyFor, proxySettingsFrom } from './proxy';
import { startTestProxy, startTestServer, type TestProxy, type TestServer } from './test-server';

describe('proxy selection', () => {
  it('uses HTTPS_PROXY for https and HTTP_PROXY for http, lower case winning', () => {
    const settings = proxySettingsFrom({ HTTPS_PROXY: 'http://proxy.corp:8080', http_proxy: 'http://plain.corp:3128', HTTP_PROXY: 'http://ignored:1' });
    expect(proxyFor('https://eu1.data.cloud.hpe.com/api/v1/volumes', settings)).toBe('http://proxy.corp:8080');
    expect(proxyFor('http://intranet/x', settings)).toBe('http://plain.corp:3128');
    expect(proxyFor('https://x', proxySettingsFrom({}))).toBeUndefined();
  });

  it('skips hosts, parent domains and ports listed in NO_PROXY', () => {
    const settings = proxySettingsFrom({ HTTPS_PROXY: 'http://proxy.corp:8080', NO_PROXY: 'localhost, .internal.example, 127.0.0.1, api.example.com:8443' });
    expect(proxyFor('https://localhost:3000/', settings)).toBeUndefined();
    expect(proxyFor('https://svc.internal.example/', settings)).toBeUndefined();
    expect(proxyFor('https://127.0.0.1:9999/', settings)).toBeUndefined();
    expect(proxyFor('https://api.example.com:8443/', settings)).toBeUndefined();
    expect(proxyFor('https://api.example.com/', settings)).toBe('http://proxy.corp:8080');
    expect(proxyFor('https://global.api.greenlake.hpe.com/', settings)).toBe('http://proxy.corp:8080');
    expect(proxyFor('https://anything/', { ...settings, noProxy: '*' })).toBeUndefined();
  });

  it('builds a proxy agent only when a proxy is set', () => {
    expect(createDispatcher(proxySettingsFrom({ HTTPS_PROXY: 'http://proxy.corp:8080' }))).toBeInstanceOf(EnvHttpProxyAgent);
    expect(createDispatcher(proxySettingsFrom({ NO_PROXY: 'x' }))).not.toBeInstanceOf(EnvHttpProxyAgent);
  });
});

describe('default fetch through a proxy', () => {
  let server: TestServer;
  let proxy: TestProxy;
  afterEach(async () => {
    await server?.close();
    await proxy?.close();
  });

  it('tunnels through HTTP_PROXY, and goes direct for a NO_PROXY host', async () => {
    server = await startTestServer((_req, res) => res.end('ok'));
    proxy = await startTestProxy();
    const signal = new AbortController().signal;
    const init = { method: 'GET', headers: [], signal, redirect: 'follow' as const };
    const proxied = await createDefaultFetch({ HTTP_PROXY: proxy.url, NO_PROXY: '' })(`${server.origin}/via-proxy`, init);
    expect(proxied.status).toBe(200);
    expect(proxy.targets).toEqual([`127.0.0.1:${server.port}`]);
    const direct = await createDefaultFetch({ HTTP_PROXY: proxy.url, NO_PROXY: '127.0.0.1' })(`${server.origin}/direct`, init);
    expect(direct.status).toBe(200);
    expect(proxy.targets).toHaveLength(1);
    expect(server.seen.map((r) => r.url)).toEqual(['/via-proxy', '/direct']);
  });
});
