import { describe, expect, it } from 'vitest';
import { redactUrl, SECRET_LINK_PATHS } from './log-redaction.ts';

describe('redactUrl', () => {
  it('hides the token of every secret link path, the planned questionnaires too', () => {
    for (const prefix of SECRET_LINK_PATHS) {
      expect(redactUrl(`${prefix}s3cr3t-T0ken_x`)).toBe(`${prefix}…`);
      expect(redactUrl(`${prefix}s3cr3t/answers?lang=en`)).toBe(`${prefix}…/answers?lang=en`);
    }
    expect(redactUrl('/api/public/questionnaires/abc')).toBe('/api/public/questionnaires/…');
  });

  it('hides query values (a search for a name or an identity number) but keeps safe keys', () => {
    expect(redactUrl('/api/patients?q=199801019801&limit=20')).toBe('/api/patients?q=…&limit=20');
    expect(redactUrl('/api/patients?q=Svensson')).toBe('/api/patients?q=…');
    expect(redactUrl('/api/audit?from=2025-01-01&patientId=5b1f&action=read')).toBe(
      '/api/audit?from=2025-01-01&patientId=…&action=read',
    );
    expect(redactUrl('/api/x?flag')).toBe('/api/x?flag');
  });

  it('leaves an address without secrets alone', () => {
    expect(redactUrl('/api/bookings/5b1f/letters')).toBe('/api/bookings/5b1f/letters');
    expect(redactUrl('/brev')).toBe('/brev');
  });
});
