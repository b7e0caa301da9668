import type { Me } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { isPartnerOnly, partnerUnits } from './partner-access.ts';

const me = (units: Me['units'], isRegionAdmin = false): Me => ({
  user: {
    id: '00000000-0000-4000-8000-000000000001',
    username: 'u',
    displayName: 'U',
    locale: 'sv',
    isRegionAdmin,
    regionId: '00000000-0000-4000-8000-000000000002',
    regionName: 'Region',
    mustChangePassword: false,
    totpEnrolled: false,
  },
  units,
  activeUnitId: units[0]?.id ?? null,
  csrfToken: 'x',
  secondFactor: 'none',
});
const kumla = '00000000-0000-4000-8000-000000000003';
const hallsberg = '00000000-0000-4000-8000-000000000004';

describe('partner access in the web client', () => {
  // Where a partner account starts (the partner page) is tested with startPath in access/start-path.test.ts.
  it('knows a partner-only account from one that also has a care role or is a region admin', () => {
    const partner = me([{ id: kumla, name: 'Kumla', roles: ['partner'] }]);
    expect(isPartnerOnly(partner)).toBe(true);
    expect(partnerUnits(partner).map((u) => u.name)).toEqual(['Kumla']);

    const both = me([
      { id: kumla, name: 'Kumla', roles: ['partner'] },
      { id: hallsberg, name: 'Hallsberg', roles: ['nurse'] },
    ]);
    expect(isPartnerOnly(both)).toBe(false);
    expect(isPartnerOnly(me([{ id: kumla, name: 'Kumla', roles: ['partner'] }], true))).toBe(false);
  });
});
