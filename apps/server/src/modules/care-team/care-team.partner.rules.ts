import type { CareTeamRole, NetworkContact, PartnerPatient, Staff } from '@lotsa/contracts';
import { CARE_TEAM_ROLES } from '@lotsa/contracts';

/**
 * What a partner organisation may see of a patient: name and number, the unit and how to reach it,
 * the fixed contacts' names, and the network contacts with consent to share. Never a note (free
 * text written for the care team), a diagnosis, an adaptation or an address. Pure, so the filter is
 * unit-tested on its own; the repository already selects consented contacts only.
 */
export function toPartnerPatient(v: {
  patient: { givenName: string; familyName: string; identityNumber: string };
  unit: { name: string; phone: string | null };
  current: ReadonlyArray<{ role: string; staffId: string; validTo: Date | null }>;
  shared: readonly NetworkContact[];
  staffById: ReadonlyMap<string, Pick<Staff, 'givenName' | 'familyName'>>;
  displayIdentity: (normalized: string) => string;
}): PartnerPatient {
  const order = (r: string) => CARE_TEAM_ROLES.indexOf(r as CareTeamRole);
  return {
    patient: {
      name: `${v.patient.givenName} ${v.patient.familyName}`,
      identityNumber: v.displayIdentity(v.patient.identityNumber),
    },
    unit: v.unit,
    fixedContacts: v.current
      .filter((a) => a.validTo === null && v.staffById.has(a.staffId))
      .sort((a, b) => order(a.role) - order(b.role))
      .map((a) => {
        const s = v.staffById.get(a.staffId)!;
        return { role: a.role as CareTeamRole, name: `${s.givenName} ${s.familyName}` };
      }),
    sharedNetwork: v.shared
      .filter((n) => n.consentToShare)
      .map((n) => ({
        id: n.id,
        kind: n.kind,
        organisation: n.organisation,
        name: n.name,
        role: n.role,
        phone: n.phone,
        email: n.email,
      })),
  };
}
