import type { Me, Role } from '@lotsa/contracts';

/** The server's care roles (access.rules.ts CLINICAL_ROLES): `partner` is not one of them. */
const CARE_ROLES: readonly Role[] = [
  'navigator',
  'doctor',
  'nurse',
  'assistant_nurse',
  'ot',
  'pt',
  'unit_manager',
];

/** The units where the user is a partner organisation (samverkanspartner). */
export function partnerUnits(me: Me): Me['units'] {
  return me.units.filter((u) => u.roles.includes('partner'));
}

/**
 * A partner account: a partner somewhere, no care role anywhere, not a region admin. It sees only
 * the partner page (the server refuses it everything else).
 */
export function isPartnerOnly(me: Me): boolean {
  return (
    !me.user.isRegionAdmin &&
    partnerUnits(me).length > 0 &&
    !me.units.some((u) => u.roles.some((r) => CARE_ROLES.includes(r)))
  );
}
