import { describe, expect, it } from 'vitest';
import {
  isFencedByPasswordChange,
  isSignInLocked,
  MAX_FAILURES_PER_IP,
  MAX_FAILURES_PER_USER,
} from './access.rules.ts';

describe('the temporary-password fence', () => {
  it('leaves an account that has chosen its own password alone', () => {
    for (const path of ['/api/patients', '/api/access/accounts', '/api/auth/me'])
      expect(isFencedByPasswordChange(false, path)).toBe(false);
  });
  it('lets an account with a temporary password use only /api/auth/*', () => {
    for (const path of ['/api/auth/me', '/api/auth/password', '/api/auth/sign-out', '/api/auth/locale'])
      expect(isFencedByPasswordChange(true, path)).toBe(false);
    for (const path of [
      '/api/patients',
      '/api/access/accounts',
      '/api/authx',
      '/api/auth',
      '/api/partner/patients/lookup',
      '/api/organisation/staff',
    ])
      expect(isFencedByPasswordChange(true, path)).toBe(true);
  });
});

describe('isSignInLocked', () => {
  it('locks at the limits and not below', () => {
    expect(isSignInLocked({ byUser: MAX_FAILURES_PER_USER - 1, byIp: MAX_FAILURES_PER_IP - 1 })).toBe(false);
    expect(isSignInLocked({ byUser: MAX_FAILURES_PER_USER, byIp: 0 })).toBe(true);
    expect(isSignInLocked({ byUser: 0, byIp: MAX_FAILURES_PER_IP })).toBe(true);
  });
});
