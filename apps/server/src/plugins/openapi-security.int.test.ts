import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.ts';

/**
 * The OpenAPI document must say what the server does: every operation that declares a security scheme
 * (the `session` cookie, or the survey kiosk's key header) answers a call without any credential 401, and
 * every operation that declares none does not.
 * Walks every operation of the generated document, so a route added later is checked too (issue #21).
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const SAMPLE_PARAM = '00000000-0000-4000-8000-000000000000';
const METHODS = ['get', 'put', 'post', 'patch', 'delete'] as const;

interface Operation {
  security?: Array<Record<string, string[]>>;
}

describe('OpenAPI security matches what the server enforces', () => {
  it('a call without credentials → 401 exactly where the document declares security', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json() as {
      security?: unknown;
      paths: Record<string, Partial<Record<(typeof METHODS)[number], Operation>>>;
    };
    // No document-wide default: each operation says for itself.
    expect(doc.security).toBeUndefined();
    const mismatches: string[] = [];
    let declaredSession = 0;
    let declaredPublic = 0;
    for (const [path, item] of Object.entries(doc.paths)) {
      for (const method of METHODS) {
        const op = item[method];
        if (!op) continue;
        // OpenAPI: an operation without `security` has the document's (none here), i.e. public.
        const needsSession = (op.security ?? []).some((s) => Object.keys(s).length > 0);
        if (needsSession) declaredSession++;
        else declaredPublic++;
        const url = path.replace(/\{[^}]+\}/g, SAMPLE_PARAM);
        const answer = await t.app.inject({
          method: method.toUpperCase() as 'GET',
          url,
          remoteAddress: `10.21.${declaredSession % 250}.${declaredPublic % 250}`,
        });
        const got401 = answer.statusCode === 401;
        if (got401 !== needsSession)
          mismatches.push(
            `${method.toUpperCase()} ${path}: document says ${needsSession ? JSON.stringify(op.security) : 'public'}, anonymous call answered ${answer.statusCode}`,
          );
      }
    }
    expect(mismatches).toEqual([]);
    // The walk really covered both kinds (a document with no operations would pass vacuously).
    expect(declaredSession).toBeGreaterThan(50);
    expect(declaredPublic).toBeGreaterThan(3);
    expect(doc.paths['/api/public/survey-kiosk']?.get?.security).toEqual([{ kiosk: [] }]);
    expect(doc.paths['/api/public/registrations']?.post?.security).toEqual([]);
  });

  it('the session routes outside /api/ (FHIR) hold the same fences: a partner account is refused', async () => {
    const partner = await t.as('kommun.kumla');
    expect((await partner.get('/fhir/R4/Organization')).status).toBe(403);
    expect((await t.anonymous().get('/fhir/R4/metadata')).status).toBe(200);
  });

  it('the routes issue #21 found undeclared now declare the session', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json() as {
      paths: Record<string, Record<string, Operation>>;
    };
    const ops: Array<[string, string]> = [
      ['get', '/api/letters/{id}/pdf'],
      ['post', '/api/letters/batch'],
      ['get', '/api/patients/{id}/my-contacts.pdf'],
      ['get', '/api/staff/{id}/photo'],
      ['put', '/api/staff/{id}/photo'],
      ['get', '/api/units/{id}/entrance-photo'],
      ['put', '/api/units/{id}/entrance-photo'],
    ];
    for (const [method, path] of ops)
      expect(doc.paths[path]?.[method]?.security, `${method} ${path}`).toEqual([{ session: [] }]);
  });
});
