import type { Me } from '@lotsa/contracts';
import { isPartnerOnly } from '../partner/index.ts';

/** The page where a user with a temporary password chooses their own, and anyone changes theirs. */
export const CHANGE_PASSWORD_PATH = '/nytt-losenord';
/** The sign-in's second step: a code from the authenticator app (or a recovery code). */
export const SECOND_STEP_PATH = '/logga-in/kod';
/** Sign-in and security: two-step sign-in (enrolment) and one's own sessions. */
export const SECURITY_PATH = '/konto/sakerhet';

/**
 * Where a signed-in user starts: the code page while the sign-in owes its second step, the security page
 * while the region requires an authenticator the account has not connected; the new-password page while a temporary password is in use; the
 * patient search; the administration for an admin without units; the partner page (Samverkan) for a
 * partner organisation's account, which may use nothing else.
 */
export function startPath(me: Me): string {
  if (me.secondFactor === 'verify') return SECOND_STEP_PATH;
  if (me.secondFactor === 'enrol') return SECURITY_PATH;
  if (me.user.mustChangePassword) return CHANGE_PASSWORD_PATH;
  if (me.units.length === 0 && me.user.isRegionAdmin) return '/administration';
  if (isPartnerOnly(me)) return '/samverkan';
  return '/patienter';
}
