import {
  CARE_TEAM_ROLES,
  type CareTeamAssignment,
  type CareTeamRole,
  type Message,
  type NetworkContact,
  type Profession,
  type Staff,
} from '@lotsa/contracts';

/** Which profession each fixed contact must have. */
export const PROFESSION_FOR_ROLE: Record<CareTeamRole, Profession> = {
  fixed_doctor: 'doctor',
  fixed_nurse: 'nurse',
  navigator: 'navigator',
};

/** A refusal of an assignment: the catalogue code and params of its message. */
export type Problem = Extract<
  Message,
  { code: 'unknown_staff' | 'staff_other_unit' | 'staff_inactive' | 'wrong_profession' | 'stand_in_same' }
>;

const fullName = (s: Pick<Staff, 'givenName' | 'familyName'>) => `${s.givenName} ${s.familyName}`;

function checkOne(
  role: CareTeamRole,
  standIn: boolean,
  staffId: string,
  staffById: ReadonlyMap<string, Staff>,
  patientUnitId: string,
): Problem | null {
  const s = staffById.get(staffId);
  if (!s) return { code: 'unknown_staff', params: { who: standIn ? 'stand_in' : 'chosen' } };
  const name = fullName(s);
  if (s.unitId !== patientUnitId) return { code: 'staff_other_unit', params: { name, standIn } };
  if (!s.active) return { code: 'staff_inactive', params: { name, standIn } };
  const needed = PROFESSION_FOR_ROLE[role];
  if (s.profession !== needed)
    return { code: 'wrong_profession', params: { name, is: s.profession ?? 'other', role, needed, standIn } };
  return null;
}

/**
 * Pure: may this staff member (and stand-in) become the patient's fixed contact in this role? Both
 * must work at the patient's unit, be active and have the role's profession; the stand-in must be
 * someone else. Returns the problem to show, or null.
 */
export function checkAssignment(a: {
  role: CareTeamRole;
  staffId: string;
  standInStaffId: string | null;
  patientUnitId: string;
  staffById: ReadonlyMap<string, Staff>;
}): Problem | null {
  const main = checkOne(a.role, false, a.staffId, a.staffById, a.patientUnitId);
  if (main) return main;
  if (a.standInStaffId === null) return null;
  if (a.standInStaffId === a.staffId) return { code: 'stand_in_same', params: {} };
  return checkOne(a.role, true, a.standInStaffId, a.staffById, a.patientUnitId);
}

export interface AssignmentLike {
  role: string;
  staffId: string;
  standInStaffId: string | null;
  validFrom: Date;
  validTo: Date | null;
  assignedByName: string;
}

const roleOrder = (r: string) => CARE_TEAM_ROLES.indexOf(r as CareTeamRole);

export function toAssignment(a: AssignmentLike, staffById: ReadonlyMap<string, Staff>): CareTeamAssignment {
  const s = staffById.get(a.staffId);
  const standIn = a.standInStaffId ? staffById.get(a.standInStaffId) : undefined;
  return {
    role: a.role as CareTeamRole,
    staffId: a.staffId,
    staffName: s ? fullName(s) : '?',
    staffPhone: s?.phone ?? null,
    standInStaffId: a.standInStaffId,
    standInName: standIn ? fullName(standIn) : null,
    validFrom: a.validFrom.toISOString(),
    validTo: a.validTo ? a.validTo.toISOString() : null,
    assignedBy: a.assignedByName,
  };
}

/** Current contacts in role order; history (ended assignments) newest first. */
export function toCareTeam(
  needsGroup: string | null,
  rows: readonly AssignmentLike[],
  staffById: ReadonlyMap<string, Staff>,
) {
  const current = rows
    .filter((r) => r.validTo === null)
    .sort((a, b) => roleOrder(a.role) - roleOrder(b.role))
    .map((r) => toAssignment(r, staffById));
  const history = rows
    .filter((r) => r.validTo !== null)
    .sort((a, b) => b.validTo!.getTime() - a.validTo!.getTime() || roleOrder(a.role) - roleOrder(b.role))
    .map((r) => toAssignment(r, staffById));
  return {
    needsGroup: (needsGroup ?? null) as 'simple' | 'complicated' | 'chronic' | 'complex' | null,
    current,
    history,
  };
}

/** The easy-read sheet: the fixed contacts, and only the network contacts the patient agreed to share. */
export function toMyContacts(a: {
  patient: { givenName: string; familyName: string };
  unit: { name: string; phone: string | null };
  current: readonly AssignmentLike[];
  network: readonly NetworkContact[];
  staffById: ReadonlyMap<string, Staff>;
}) {
  return {
    patientName: `${a.patient.givenName} ${a.patient.familyName}`,
    unitName: a.unit.name,
    unitPhone: a.unit.phone,
    people: [...a.current]
      .filter((r) => r.validTo === null && a.staffById.has(r.staffId))
      .sort((x, y) => roleOrder(x.role) - roleOrder(y.role))
      .map((r) => {
        const s = a.staffById.get(r.staffId)!;
        return {
          role: r.role as CareTeamRole,
          name: fullName(s),
          profession: s.profession,
          phone: s.phone,
          // The letters module serves it (404 when there is none: the page shows initials instead).
          photoUrl: `/api/staff/${s.id}/photo`,
        };
      }),
    network: a.network
      .filter((n) => n.consentToShare)
      .map((n) => ({ kind: n.kind, organisation: n.organisation, name: n.name, phone: n.phone })),
  };
}
