// The pure access rules every module asks (through the kernel's door): roles per unit, patient
// access, partner accounts. No IO.
import type { Role } from '@lotsa/contracts';
import type { Actor } from '../lib/actor.ts';

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
 * A staff member sees only their own unit's patients. Later rules (care relationships, emergency
 * access) widen this here and nowhere else: the kernel's guarded rows ask it by default.
 */
export function canAccessPatientsOf(actor: Actor, unitId: string): boolean {
  return hasRoleIn(actor, unitId, CLINICAL_ROLES);
}

/** A patient's log extract (every access to their data): the unit manager of the patient's unit. */
export function canTakeLogExtract(actor: Actor, unitId: string): boolean {
  return canAccessPatientsOf(actor, unitId) && hasRoleIn(actor, unitId, ['unit_manager']);
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
