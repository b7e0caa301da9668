import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { publicBaseUrl, redactTokens } from './public-url.ts';

describe('redactTokens', () => {
  it('hides the secret of letter and survey links, in the web paths and the API', () => {
    expect(redactTokens('/brev/abcDEF123_-x')).toBe('/brev/…');
    expect(redactTokens('/enkat/abc123?lang=en')).toBe('/enkat/…?lang=en');
    expect(redactTokens('/api/public/letters/abc123')).toBe('/api/public/letters/…');
    expect(redactTokens('/api/public/surveys/abc123/responses')).toBe('/api/public/surveys/…/responses');
  });

  it('leaves other addresses alone', () => {
    for (const url of [
      '/api/patients/5b1f?lang=sv',
      '/api/public/survey-kiosk',
      '/brev',
      '/api/letters/123/pdf',
    ]) {
      expect(redactTokens(url)).toBe(url);
    }
  });
});

describe('publicBaseUrl', () => {
  const app = Fastify();
  app.get('/x', async (req) => ({
    configured: publicBaseUrl(req, 'https://lotsa.region.se/'),
    own: publicBaseUrl(req, undefined),
  }));

  it('uses the configured address without a trailing slash, else the request host', async () => {
    const res = await app.inject({ url: '/x', headers: { host: 'intern-server:3000' } });
    expect(res.json()).toEqual({ configured: 'https://lotsa.region.se', own: 'http://intern-server:3000' });
  });
});
