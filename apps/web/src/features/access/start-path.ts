import type { Me } from '@lotsa/contracts';
import { isPartnerOnly } from '../partner/index.ts';

/** The page where a user with a temporary password chooses their own, and anyone changes theirs. */
export const CHANGE_PASSWORD_PATH = '/nytt-losenord';

/**
 * Where a signed-in user starts: the new-password page while a temporary password is in use; the
 * patient search; the administration for an admin without units; the partner page (Samverkan) for a
 * partner organisation's account, which may use nothing else.
 */
export function startPath(me: Me): string {
  if (me.user.mustChangePassword) return CHANGE_PASSWORD_PATH;
  if (me.units.length === 0 && me.user.isRegionAdmin) return '/administration';
  if (isPartnerOnly(me)) return '/samverkan';
  return '/patienter';
}
