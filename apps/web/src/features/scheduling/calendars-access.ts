import type { Me } from '@lotsa/contracts';
import { isUnitManager } from '../../lib/session.ts';

/**
 * Working hours, date overrides and external participants are changed by the unit manager (or a region
 * admin), as the server decides; everyone else with a role at the unit sees them read-only.
 */
export function canEditCalendars(me: Me): boolean {
  return me.user.isRegionAdmin || isUnitManager(me);
}
