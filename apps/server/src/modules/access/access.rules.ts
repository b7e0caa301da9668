import type { Role } from '@lotsa/contracts';
import type { Actor } from '../../lib/actor.ts';

/** Roles that give access to the patients of a unit. */
export const CLINICAL_ROLES: readonly Role[] = [
  'navigator',
  'doctor',
  'nurse',
  'assistant_nurse',
  'ot',
  'pt',
  'unit_manager',
];

export function rolesIn(actor: Actor, unitId: string): readonly Role[] {
  return actor.unitRoles.get(unitId) ?? [];
}

export function hasRoleIn(actor: Actor, unitId: string, roles: readonly Role[]): boolean {
  return rolesIn(actor, unitId).some((r) => roles.includes(r));
}

/**
 * A staff member sees only their own unit's patients. Later modules (care relationships, partner
 * access, emergency access) widen this here and nowhere else.
 */
export function canAccessPatientsOf(actor: Actor, unitId: string): boolean {
  return hasRoleIn(actor, unitId, CLINICAL_ROLES);
}

/** Sign-in throttling: failures in the window that lock a user name or an address. */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_IP = 30;

export function isSignInLocked(failures: { byUser: number; byIp: number }): boolean {
  return failures.byUser >= MAX_FAILURES_PER_USER || failures.byIp >= MAX_FAILURES_PER_IP;
}
