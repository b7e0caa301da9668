import type { Me } from '@lotsa/contracts';
import { rolesInActiveUnit } from '../../lib/session.ts';

/** Calendar, day list and recall are for the clinical staff of the active unit (any role there). */
export function canSchedule(me: Me): boolean {
  return me.activeUnitId !== null && rolesInActiveUnit(me).some((r) => r !== 'partner');
}
