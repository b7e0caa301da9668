import type { Me } from '@lotsa/contracts';

/** Where a signed-in user starts: the patient search, or the administration for an admin without units. */
export function startPath(me: Me): string {
  if (me.units.length === 0 && me.user.isRegionAdmin) return '/administration';
  return '/patienter';
}
