// The pure access rules every module asks (through the kernel's door): roles per unit, patient
// access, partner accounts. No IO.
import type { CareRelationKind, Role } from '@lotsa/contracts';
import type { Actor } from '../lib/actor.ts';
import { addDaysToLocalDate, endOfLocalDay, localToday } from '../lib/time.ts';

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
 * A staff member reaches only their own unit's patients: the unit rule the kernel's guarded rows ask
 * by default. Within the unit a care relationship is needed too, and outside it an emergency access
 * (`decidePatientAccess` below, asked by the guard with what the database found).
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

// ---- Care relationship (vårdrelation), stated reasons, emergency access — decision 0010 ----

/** One basis the database found: a care relationship, or an emergency / protected-identity grant. */
export interface AccessBasis {
  patientId: string;
  kind: CareRelationKind | 'emergency' | 'protected_confirmed';
  until: Date | null;
}

/** Flags the log review looks for, written on the audit entry of the access they concern. */
export type AccessFlag = 'emergency' | 'no_care_relation' | 'protected_identity';

export type AccessDecision =
  | { allow: true; basis: 'care_relation' | 'reason' | 'emergency' | 'unit'; flags: AccessFlag[] }
  | { allow: false; why: 'out_of_scope' | 'rule' | 'reason_required' | 'confirm_required' };

export interface AccessQuestion {
  /** The guard's unit rule (default `canAccessPatientsOf`) said yes. */
  inUnit: boolean;
  /** The user holds any role at the row's unit (else the row is not theirs to know of). */
  memberOfUnit: boolean;
  /** The row's patients need a care relationship (patient records; not the log extract or intake board). */
  relationRequired: boolean;
  /** Per patient the row names: what the database found for this user. */
  patients: Array<{ bases: AccessBasis['kind'][]; protectedIdentity: boolean }>;
}

/**
 * Pure: may the user use this row of patient data, and on what basis? Staff of the patient's unit
 * need a care relationship (derived, or a reason they stated); without one they are asked for a
 * reason. Outside their units only an active emergency access opens the patient, and outside the
 * region nothing does (the guard never gets that far). A patient with protected identity needs a
 * confirmed opening by anyone outside their care. What is not the user's to know is
 * `out_of_scope`, answered as "not found".
 */
export function decidePatientAccess(q: AccessQuestion): AccessDecision {
  const flags = new Set<AccessFlag>();
  let basis: 'care_relation' | 'reason' | 'emergency' | 'unit' = 'unit';
  if (q.relationRequired && q.patients.length > 0) {
    const each = q.patients.map((p) => {
      const care = p.bases.some((b) => b !== 'reason' && b !== 'emergency' && b !== 'protected_confirmed');
      if (q.inUnit && care) return 'care_relation' as const;
      if (q.inUnit && p.bases.includes('reason')) return 'reason' as const;
      if (!q.memberOfUnit && p.bases.includes('emergency')) return 'emergency' as const;
      return null;
    });
    if (each.some((e) => e === null)) {
      if (!q.inUnit) return { allow: false, why: q.memberOfUnit ? 'rule' : 'out_of_scope' };
      return { allow: false, why: 'reason_required' };
    }
    basis = each.includes('emergency') ? 'emergency' : each.includes('reason') ? 'reason' : 'care_relation';
    if (basis === 'emergency') flags.add('emergency');
    if (basis === 'reason') flags.add('no_care_relation');
  } else if (!q.inUnit) {
    return { allow: false, why: q.memberOfUnit ? 'rule' : 'out_of_scope' };
  }
  for (const p of q.patients) {
    if (!p.protectedIdentity) continue;
    // Those in the patient's care know who they are; anyone else confirms the opening first.
    if (q.relationRequired && basis !== 'care_relation' && !p.bases.includes('protected_confirmed'))
      return { allow: false, why: 'confirm_required' };
    flags.add('protected_identity');
  }
  return { allow: true, basis, flags: [...flags] };
}

export interface AccessSettings {
  /** null: until the end of the local day (Europe/Stockholm). */
  reasonHours: number | null;
  emergencyHours: number;
  reviewSamplePerWeek: number;
  workdayStart: string;
  workdayEnd: string;
  manyPatientsPerDay: number;
  totpRoles: Role[];
}

export const DEFAULT_ACCESS_SETTINGS: AccessSettings = {
  reasonHours: null,
  emergencyHours: 4,
  reviewSamplePerWeek: 20,
  workdayStart: '07:00',
  workdayEnd: '18:00',
  manyPatientsPerDay: 30,
  totpRoles: [],
};

/** The registrar of a new patient record has a care relationship for this many days after. */
export const REGISTERED_DAYS = 7;

export type GrantKind = 'reason' | 'emergency' | 'registered' | 'protected_confirmed';

/** Pure: when a grant made now ends. Local days are Swedish days, DST-safe. */
export function grantExpiry(kind: GrantKind, s: AccessSettings, now: Date): Date {
  const today = localToday(now);
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);
  switch (kind) {
    case 'reason':
      return s.reasonHours ? hours(s.reasonHours) : endOfLocalDay(today);
    case 'emergency':
      return hours(s.emergencyHours);
    case 'registered':
      return endOfLocalDay(addDaysToLocalDate(today, REGISTERED_DAYS));
    case 'protected_confirmed':
      return s.reasonHours ? hours(s.reasonHours) : endOfLocalDay(today);
  }
}
