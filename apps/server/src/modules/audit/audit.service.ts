import type { AuditEntry } from '@lotsa/contracts';
import { findAuditEntries, hasRoleIn, type Scope, verifyAuditChain } from '../../kernel/index.ts';
import { forbidden } from '../../lib/errors.ts';
import { endOfLocalDay, startOfLocalDay } from '../../lib/time.ts';

export interface LogQuery {
  userId?: string;
  patientId?: string;
  action?: string;
  /** Local dates, both inclusive. */
  from?: string;
  to?: string;
  beforeSeq?: number;
  limit: number;
}

/** The unit manager's log review: the active unit's entries, newest first, a page at a time. */
export async function searchLog(scope: Scope, q: LogQuery) {
  const unitId = scope.actor.activeUnitId;
  if (!unitId || !hasRoleIn(scope.actor, unitId, ['unit_manager'])) throw forbidden('review_log');
  const entries: AuditEntry[] = await findAuditEntries(scope.db, {
    regionId: scope.regionId,
    unitId,
    userId: q.userId,
    patientId: q.patientId,
    action: q.action,
    from: q.from ? startOfLocalDay(q.from) : undefined,
    to: q.to ? endOfLocalDay(q.to) : undefined, // `to` is inclusive
    beforeSeq: q.beforeSeq,
    limit: q.limit,
  });
  const last = entries.at(-1);
  return { entries, nextBeforeSeq: entries.length === q.limit && last ? last.seq : null };
}

/** Recomputes the region's hash chain: for a unit manager or the region admin. */
export function verifyLog(scope: Scope) {
  const { actor } = scope;
  const unitId = actor.activeUnitId;
  const allowed = actor.isRegionAdmin || (unitId !== null && hasRoleIn(actor, unitId, ['unit_manager']));
  if (!allowed) throw forbidden('check_log');
  return verifyAuditChain(scope.db, scope.regionId);
}
