import type { Me, Role } from '@lotsa/contracts';
import { rolesInActiveUnit } from '../../lib/session.ts';

/** The server's rules (intake.service.ts), to show only what the user may do; the server still decides. */
const READ_ROLES: readonly Role[] = ['navigator', 'unit_manager', 'doctor', 'nurse'];
const STEP_ROLES: readonly Role[] = ['navigator', 'unit_manager'];

export interface IntakeRights {
  /** See the board and registrations; record a first call's needs mapping. */
  read: boolean;
  /** Register, and take every other step. */
  step: boolean;
}

export function intakeRights(me: Me): IntakeRights {
  const roles = rolesInActiveUnit(me);
  return {
    read: roles.some((r) => READ_ROLES.includes(r)),
    step: roles.some((r) => STEP_ROLES.includes(r)),
  };
}
