import type { Me } from '@lotsa/contracts';
import { isUnitManager } from '../../lib/session.ts';

/** The unit manager sees the unit's figures; the region admin the region's (aggregated). */
export function followUpRights(me: Me) {
  return { unit: isUnitManager(me), region: me.user.isRegionAdmin };
}
