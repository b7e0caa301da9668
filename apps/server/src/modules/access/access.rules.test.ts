import { describe, expect, it } from 'vitest';
import {
  isFencedByPasswordChange,
  isSignInLocked,
  isTotpRequired,
  MAX_FAILURES_PER_IP,
  MAX_FAILURES_PER_USER,
  secondFactorFence,
  slidingExpiry,
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

describe('the second-step fence', () => {
  it('leaves a session that owes nothing alone', () => {
    expect(secondFactorFence('none', '/api/patients')).toBeNull();
  });
  it('lets a session owing a code reach only me, sign-out, language and the code itself', () => {
    for (const path of [
      '/api/auth/me',
      '/api/auth/sign-out',
      '/api/auth/totp/verify',
      '/api/auth/totp/recovery',
    ])
      expect(secondFactorFence('verify', path)).toBeNull();
    for (const path of [
      '/api/patients',
      '/api/auth/password',
      '/api/auth/sessions',
      '/api/auth/totp/enrolment',
    ])
      expect(secondFactorFence('verify', path)).toBe('second_factor_required');
  });
  it('lets a session owing enrolment reach only the enrolment (and me, sign-out, language)', () => {
    for (const path of ['/api/auth/totp/enrolment', '/api/auth/totp/enrolment/confirm', '/api/auth/totp'])
      expect(secondFactorFence('enrol', path)).toBeNull();
    for (const path of ['/api/patients', '/api/auth/totp/verify', '/api/auth/active-unit'])
      expect(secondFactorFence('enrol', path)).toBe('totp_enrolment_required');
  });
  it('requires TOTP when a held role is one the region chose', () => {
    expect(isTotpRequired(['nurse'], ['doctor', 'nurse'])).toBe(true);
    expect(isTotpRequired(['navigator'], ['doctor'])).toBe(false);
    expect(isTotpRequired([], ['doctor'])).toBe(false);
  });
});

describe('slidingExpiry', () => {
  const signedIn = new Date('2026-12-07T08:00:00Z');
  it('ends an idle session after the idle timeout, and a busy one at its lifetime from sign-in', () => {
    const s = { sessionHours: 10, idleMinutes: 30 };
    expect(slidingExpiry(signedIn, new Date('2026-12-07T09:00:00Z'), s).toISOString()).toBe(
      '2026-12-07T09:30:00.000Z',
    );
    expect(slidingExpiry(signedIn, new Date('2026-12-07T17:50:00Z'), s).toISOString()).toBe(
      '2026-12-07T18:00:00.000Z',
    );
  });
  it('without an idle timeout, only the lifetime', () => {
    expect(
      slidingExpiry(signedIn, new Date('2026-12-07T09:00:00Z'), { sessionHours: 10 }).toISOString(),
    ).toBe('2026-12-07T18:00:00.000Z');
  });
});
