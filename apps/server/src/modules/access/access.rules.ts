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

/**
 * A partner organisation (samverkanspartner: municipal health care, group home, habilitation) at the
 * unit: sees the network contacts its patients agreed to share, and nothing else of theirs.
 */
export function isPartnerAt(actor: Actor, unitId: string): boolean {
  return hasRoleIn(actor, unitId, ['partner']);
}

export function hasPartnerRole(actor: Actor): boolean {
  return [...actor.unitRoles.values()].some((roles) => roles.includes('partner'));
}

/** A partner account: the partner role somewhere, no care role anywhere, and not a region admin. */
export function isPartnerOnly(actor: Actor): boolean {
  const all = [...actor.unitRoles.values()].flat();
  return !actor.isRegionAdmin && all.includes('partner') && !all.some((r) => CLINICAL_ROLES.includes(r));
}

/** The only API paths a partner account may use; every other route answers 403 (deny by default). */
export const PARTNER_API_PREFIXES = ['/api/auth/', '/api/partner/'] as const;

export function isPartnerPath(path: string): boolean {
  return PARTNER_API_PREFIXES.some((p) => path.startsWith(p));
}

/**
 * The only API paths an account with a temporary password may use until it has chosen its own
 * (me, sign-out, language and the password change itself); every other route answers 403.
 */
export const PASSWORD_CHANGE_API_PREFIXES = ['/api/auth/'] as const;

export function isPasswordChangePath(path: string): boolean {
  return PASSWORD_CHANGE_API_PREFIXES.some((p) => path.startsWith(p));
}

/** Whether the session plugin refuses a request: a password change is due and the path is not one of the above. */
export function isFencedByPasswordChange(mustChangePassword: boolean, path: string): boolean {
  return mustChangePassword && !isPasswordChangePath(path);
}

/** Sign-in throttling: failures in the window that lock a user name or an address. */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_IP = 30;

export function isSignInLocked(failures: { byUser: number; byIp: number }): boolean {
  return failures.byUser >= MAX_FAILURES_PER_USER || failures.byIp >= MAX_FAILURES_PER_IP;
}
