import type { Me } from '@lotsa/contracts';
import { isPartnerOnly } from '../partner/partner-access.ts';

/**
 * Where a signed-in user starts: the patient search; the administration for an admin without units;
 * the partner page (Samverkan) for a partner organisation's account, which may use nothing else.
 */
export function startPath(me: Me): string {
  if (me.units.length === 0 && me.user.isRegionAdmin) return '/administration';
  if (isPartnerOnly(me)) return '/samverkan';
  return '/patienter';
}
