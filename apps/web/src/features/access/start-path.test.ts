import type { Me } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { CHANGE_PASSWORD_PATH, startPath } from './start-path.ts';

const me = (mustChangePassword: boolean, isRegionAdmin = false): Me => ({
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'u',
    displayName: 'U',
    locale: 'sv',
    isRegionAdmin,
    regionId: '00000000-0000-4000-8000-000000000002',
    regionName: 'Region',
    mustChangePassword,
  },
  units: [],
  activeUnitId: null,
  csrfToken: 'x',
});

describe('startPath', () => {
  it('sends a user with a temporary password to choose a new one, whatever else they are', () => {
    expect(startPath(me(true))).toBe(CHANGE_PASSWORD_PATH);
    expect(startPath(me(true, true))).toBe(CHANGE_PASSWORD_PATH);
    expect(startPath(me(false, true))).toBe('/administration');
    expect(startPath(me(false))).toBe('/patienter');
  });
});
