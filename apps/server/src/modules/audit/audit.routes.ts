import { auditEndpoints as e } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { forbidden } from '../../lib/errors.ts';
import { endOfLocalDay, startOfLocalDay } from '../../lib/time.ts';
import { route } from '../../plugins/contract-routes.ts';
import { hasRoleIn } from '../access/index.ts';
import { findAuditEntries, verifyAuditChain } from './audit.repository.ts';

export async function auditRoutes(app: FastifyInstance) {
  route(app, e.searchAudit, async ({ actor, query }) => {
    const unitId = actor.activeUnitId;
    if (!unitId || !hasRoleIn(actor, unitId, ['unit_manager']))
      throw forbidden(
        'Bara verksamhetschefen kan granska loggen.',
        'Only the unit manager can review the log.',
      );
    const entries = await findAuditEntries(app.db, {
      regionId: actor.regionId,
      unitId,
      userId: query.userId,
      patientId: query.patientId,
      action: query.action,
      from: query.from ? startOfLocalDay(query.from) : undefined,
      to: query.to ? endOfLocalDay(query.to) : undefined, // `to` is inclusive
      beforeSeq: query.beforeSeq,
      limit: query.limit,
    });
    const last = entries.at(-1);
    return { entries, nextBeforeSeq: entries.length === query.limit && last ? last.seq : null };
  });

  route(app, e.verifyAudit, async ({ actor }) => {
    const unitId = actor.activeUnitId;
    const allowed = actor.isRegionAdmin || (unitId !== null && hasRoleIn(actor, unitId, ['unit_manager']));
    if (!allowed)
      throw forbidden(
        'Bara verksamhetschef eller regionadministratör kan kontrollera loggen.',
        'Only a unit manager or region admin can check the log.',
      );
    return verifyAuditChain(app.db, actor.regionId);
  });
}
