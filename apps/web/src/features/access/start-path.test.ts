import type { Me } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { CHANGE_PASSWORD_PATH, SECOND_STEP_PATH, SECURITY_PATH, startPath } from './start-path.ts';

const me = (mustChangePassword: boolean, isRegionAdmin = false, units: Me['units'] = []): Me => ({
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'u',
    displayName: 'U',
    locale: 'sv',
    isRegionAdmin,
    regionId: '00000000-0000-4000-8000-000000000002',
    regionName: 'Region',
    mustChangePassword,
    totpEnrolled: false,
  },
  units,
  activeUnitId: units[0]?.id ?? null,
  csrfToken: 'x',
  secondFactor: 'none',
});

describe('startPath', () => {
  it('sends a user with a temporary password to choose a new one, whatever else they are', () => {
    expect(startPath(me(true))).toBe(CHANGE_PASSWORD_PATH);
    expect(startPath(me(true, true))).toBe(CHANGE_PASSWORD_PATH);
    expect(startPath(me(false, true))).toBe('/administration');
    expect(startPath(me(false))).toBe('/patienter');
  });
  it('sends a sign-in that owes its second step to the code page, or to connect an app first', () => {
    expect(startPath({ ...me(true), secondFactor: 'verify' })).toBe(SECOND_STEP_PATH);
    expect(startPath({ ...me(true), secondFactor: 'enrol' })).toBe(SECURITY_PATH);
  });
});

describe('startPath for partner organisations', () => {
  const kumla = '00000000-0000-4000-8000-000000000003';
  const hallsberg = '00000000-0000-4000-8000-000000000004';

  it('sends a partner account to the partner page, everyone else where they were', () => {
    expect(startPath(me(false, false, [{ id: kumla, name: 'Kumla', roles: ['partner'] }]))).toBe(
      '/samverkan',
    );
    const both: Me['units'] = [
      { id: kumla, name: 'Kumla', roles: ['partner'] },
      { id: hallsberg, name: 'Hallsberg', roles: ['nurse'] },
    ];
    expect(startPath(me(false, false, both))).toBe('/patienter');
    expect(startPath(me(false, false, [{ id: kumla, name: 'Kumla', roles: ['nurse'] }]))).toBe('/patienter');
    expect(startPath(me(false, true))).toBe('/administration');
  });
});
