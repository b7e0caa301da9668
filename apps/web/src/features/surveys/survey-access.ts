import type { Me, Role } from '@lotsa/contracts';

/** The roles that may start the kiosk and read the results (the server's CLINICAL_ROLES). */
const SURVEY_ROLES: readonly Role[] = [
  'navigator',
  'doctor',
  'nurse',
  'assistant_nurse',
  'ot',
  'pt',
  'unit_manager',
];

/** A care role or the unit manager's in the active unit. */
export function surveyRights(me: Me): boolean {
  const roles = me.units.find((u) => u.id === me.activeUnitId)?.roles ?? [];
  return roles.some((r) => SURVEY_ROLES.includes(r));
}
