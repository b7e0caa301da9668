import {
  CARE_TEAM_ROLES,
  type CareTeamAssignment,
  type CareTeamRole,
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

/** The roles as the messages name them ("… cannot be the fixed doctor"). */
export const ROLE_NAMES: Record<CareTeamRole, { sv: string; en: string }> = {
  fixed_doctor: { sv: 'fast läkarkontakt', en: 'the fixed doctor' },
  fixed_nurse: { sv: 'fast vårdkontakt (sjuksköterska)', en: 'the fixed nurse' },
  navigator: { sv: 'vårdlots', en: 'the navigator' },
};

export const PROFESSION_NAMES: Record<Profession, { sv: string; en: string }> = {
  navigator: { sv: 'vårdlots', en: 'navigator' },
  doctor: { sv: 'läkare', en: 'doctor' },
  nurse: { sv: 'sjuksköterska', en: 'nurse' },
  assistant_nurse: { sv: 'undersköterska', en: 'assistant nurse' },
  ot: { sv: 'arbetsterapeut', en: 'occupational therapist' },
  pt: { sv: 'fysioterapeut', en: 'physiotherapist' },
  unit_manager: { sv: 'verksamhetschef', en: 'unit manager' },
  other: { sv: 'annan yrkesroll', en: 'other profession' },
};

export interface Problem {
  code: string;
  sv: string;
  en: string;
}

const fullName = (s: Pick<Staff, 'givenName' | 'familyName'>) => `${s.givenName} ${s.familyName}`;

function checkOne(
  role: CareTeamRole,
  who: { sv: string; en: string },
  staffId: string,
  staffById: ReadonlyMap<string, Staff>,
  patientUnitId: string,
): Problem | null {
  const s = staffById.get(staffId);
  if (!s)
    return {
      code: 'unknown_staff',
      sv: `${who.sv} finns inte bland medarbetarna i din region.`,
      en: `${who.en} is not a staff member in your region.`,
    };
  if (s.unitId !== patientUnitId)
    return {
      code: 'staff_other_unit',
      sv: `${fullName(s)} arbetar inte på patientens enhet. Välj någon som arbetar där.`,
      en: `${fullName(s)} does not work at the patient's unit. Choose someone who works there.`,
    };
  if (!s.active)
    return {
      code: 'staff_inactive',
      sv: `${fullName(s)} är inte längre aktiv. Välj någon annan.`,
      en: `${fullName(s)} is no longer active. Choose someone else.`,
    };
  const needed = PROFESSION_FOR_ROLE[role];
  if (s.profession !== needed) {
    const is = PROFESSION_NAMES[s.profession] ?? PROFESSION_NAMES.other;
    const article = (word: string) => (/^[aeiou]/.test(word) ? 'an' : 'a');
    return {
      code: 'wrong_profession',
      sv: `${fullName(s)} är ${is.sv} och kan inte vara ${ROLE_NAMES[role].sv}. Välj en ${PROFESSION_NAMES[needed].sv}.`,
      en: `${fullName(s)} is ${article(is.en)} ${is.en} and cannot be ${ROLE_NAMES[role].en}. Choose ${article(PROFESSION_NAMES[needed].en)} ${PROFESSION_NAMES[needed].en}.`,
    };
  }
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
  const main = checkOne(
    a.role,
    { sv: 'Den valda medarbetaren', en: 'The chosen staff member' },
    a.staffId,
    a.staffById,
    a.patientUnitId,
  );
  if (main) return main;
  if (a.standInStaffId === null) return null;
  if (a.standInStaffId === a.staffId)
    return {
      code: 'stand_in_same',
      sv: 'Ersättaren kan inte vara samma person som den fasta kontakten.',
      en: 'The stand-in cannot be the same person as the fixed contact.',
    };
  const standIn = checkOne(
    a.role,
    { sv: 'Den valda ersättaren', en: 'The chosen stand-in' },
    a.standInStaffId,
    a.staffById,
    a.patientUnitId,
  );
  return standIn ? { ...standIn, sv: `Ersättare: ${standIn.sv}`, en: `Stand-in: ${standIn.en}` } : null;
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
