import { afterAll, beforeAll } from 'vitest';
import { startTestApp, type TestApp } from '../../server/test/harness.ts';
// The template folder the int-pglite setup provides (its `declare module 'vitest'`).
import type {} from '../../server/test/setup-pglite.ts';
import { setCsrfToken } from '../src/lib/api.ts';

/**
 * The real server for a page's component test: a private copy of the demo database (the int-pglite
 * template) and the whole Fastify app, reached through `fetch` as the browser would, by `app.inject()`
 * with one session cookie. Nothing is faked: the page gets the server's real, audited answers.
 */
export function withRealServer(username: string) {
  const state: { app?: TestApp } = {};
  const realFetch = globalThis.fetch;
  beforeAll(async () => {
    const test = await startTestApp();
    const client = await test.as(username);
    state.app = test;
    setCsrfToken(client.csrf);
    globalThis.fetch = async (input, init) => {
      const url = new URL(
        typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
        'http://localhost',
      );
      const headers = new Headers(init?.headers);
      const res = await test.app.inject({
        method: (init?.method ?? 'GET') as 'GET',
        url: url.pathname + url.search,
        headers: { ...Object.fromEntries(headers), ...(client.cookie ? { cookie: client.cookie } : {}) },
        ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
      });
      return new Response(res.statusCode === 204 ? null : res.body, {
        status: res.statusCode,
        headers: { 'content-type': String(res.headers['content-type'] ?? 'application/json') },
      });
    };
  }, 60_000);
  afterAll(async () => {
    globalThis.fetch = realFetch;
    setCsrfToken(null);
    await state.app?.close();
  });
  return state;
}
