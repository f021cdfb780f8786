import { expect, test } from '../fixtures/shoreline';

test('the web host refuses token-less, wrong-token and foreign-origin calls', async ({ shoreline, playwright }) => {
  test.skip(shoreline.host !== 'web', 'The desktop app has no HTTP surface.');
  const { origin, token } = shoreline.web!;
  const api = await playwright.request.newContext();
  const call = (headers: Record<string, string>, name = 'app.info') => api.post(`${origin}/rpc/${name}`, { headers, data: {} });
  expect((await call({})).status()).toBe(401);
  expect((await call({ Authorization: 'Bearer not-the-token' })).status()).toBe(401);
  expect((await call({ Authorization: `Bearer ${token}`, Origin: 'https://attacker.example' })).status()).toBe(403);
  expect((await call({ Authorization: `Bearer ${token}` }, 'no.such')).status()).toBe(404);
  expect((await call({ Authorization: `Bearer ${token}` })).status()).toBe(200);
  await api.dispose();
});

test('a page on another origin cannot call the host from the browser', async ({ shoreline }) => {
  test.skip(shoreline.host !== 'web', 'The desktop app has no HTTP surface.');
  const { origin, token } = shoreline.web!;
  const page = shoreline.page;
  // data: pages have an opaque origin: the browser sends "Origin: null", which the host refuses.
  await page.goto('data:text/html,<title>elsewhere</title>');
  const status = await page.evaluate(
    async ([url, t]) => {
      try {
        const response = await fetch(`${url}/rpc/app.info`, { method: 'POST', headers: { Authorization: `Bearer ${t}`, 'Content-Type': 'application/json' }, body: '{}' });
        return response.status;
      } catch {
        return 'blocked';
      }
    },
    [origin, token] as const,
  );
  // Either the browser blocks it (CORS preflight refused) or the host answers 403 — never 200.
  expect(status === 'blocked' || status === 403).toBe(true);
});
