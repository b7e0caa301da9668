import type { Queryable } from '../../db/database.ts';
import { findOwnClosedDays } from './scheduling.calendar.repository.ts';
import { type ClosedDay, type ClosedDays, closedDaysWith } from './search/holidays.ts';

/**
 * The one way to know when a unit is closed (the search, the calendar cache, the unit calendar, series,
 * the closed-days list, the next open day for letters): Swedish public holidays and closed eves, computed
 * for any year by date-holidays, plus the region's and the unit's own closed days from `closed_days`
 * (`unitId` null: the region's only). `range.from`: own days before it are not read.
 */
export async function readClosedDays(
  q: Queryable,
  regionId: string,
  unitId: string | null,
  range: { from: string; to?: string },
): Promise<ClosedDays> {
  const rows = await findOwnClosedDays(q, regionId, unitId, range);
  return closedDaysWith(rows.map((r): ClosedDay => ({ date: r.date, name: r.name, kind: asKind(r.kind) })));
}

const asKind = (kind: string): ClosedDay['kind'] => (kind === 'holiday' || kind === 'eve' ? kind : 'other');
