import { organisationEndpoints as e, MUNICIPALITIES, type Thing } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import type { Actor } from '../../lib/actor.ts';
import { notFound } from '../../lib/errors.ts';
import { route } from '../../plugins/contract-routes.ts';
import * as repo from './organisation.repository.ts';
import {
  type CountPatientsByUnit,
  checkStaffMembers,
  checkUnit,
  listUnits,
  requireRegionAdmin,
  saveUnit,
} from './organisation.service.ts';

function found<T>(v: T | null, what: Thing): T {
  if (v === null) throw notFound(what);
  return v;
}

export interface OrganisationRouteOptions {
  /** The patients module's count per unit (given by the app: organisation does not import patients). */
  countPatientsByUnit: CountPatientsByUnit;
}

export async function organisationRoutes(app: FastifyInstance, opts: OrganisationRouteOptions) {
  const db = app.db;
  const count = opts.countPatientsByUnit;
  route(app, e.getRegion, async ({ actor }) => found(await repo.findRegion(db, actor.regionId), 'region'));
  route(app, e.createArea, async ({ actor, body }) => {
    requireRegionAdmin(actor);
    return repo.insertArea(db, actor.regionId, body.name);
  });
  route(app, e.updateArea, async ({ actor, params, body }) => {
    requireRegionAdmin(actor);
    return found(await repo.updateArea(db, actor.regionId, params.id, body.name), 'area');
  });

  route(app, e.listUnits, ({ actor }) => listUnits(db, actor, count));
  route(app, e.createUnit, ({ actor, body }) => saveUnit(db, actor, count, null, body));
  route(app, e.updateUnit, ({ actor, params, body }) => saveUnit(db, actor, count, params.id, body));

  route(app, e.listStaff, ({ actor, query }) => repo.findStaff(db, actor.regionId, query.unitId));
  route(app, e.createStaff, async ({ actor, body }) => {
    requireRegionAdmin(actor);
    await checkUnit(db, actor, body.unitId);
    return repo.insertStaff(db, actor.regionId, body);
  });
  route(app, e.updateStaff, async ({ actor, params, body }) => {
    requireRegionAdmin(actor);
    await checkUnit(db, actor, body.unitId);
    return found(await repo.updateStaff(db, actor.regionId, params.id, body), 'staff_member');
  });

  for (const [table, list, create, update, what] of [
    [repo.roomsTable, e.listRooms, e.createRoom, e.updateRoom, 'room'],
    [repo.equipmentTable, e.listEquipment, e.createEquipment, e.updateEquipment, 'equipment'],
  ] as const) {
    route(app, list, ({ actor, query }) => repo.findFeatured(db, table, actor.regionId, query.unitId));
    route(app, create, async ({ actor, body }) => {
      requireRegionAdmin(actor);
      await checkUnit(db, actor, body.unitId);
      return repo.insertFeatured(db, table, actor.regionId, {
        ...body,
        features: [...new Set(body.features)],
      });
    });
    route(app, update, async ({ actor, params, body }) => {
      requireRegionAdmin(actor);
      await checkUnit(db, actor, body.unitId);
      return found(
        await repo.updateFeatured(db, table, actor.regionId, params.id, {
          ...body,
          features: [...new Set(body.features)],
        }),
        what,
      );
    });
  }

  route(app, e.listTeams, ({ actor, query }) => repo.findTeams(db, actor.regionId, query.unitId));
  const saveTeam = async (
    actor: Actor,
    id: string | null,
    body: { unitId: string; name: string; memberIds: string[] },
  ) => {
    requireRegionAdmin(actor);
    await checkUnit(db, actor, body.unitId);
    await checkStaffMembers(db, actor, body.memberIds);
    const teamId = found(await repo.saveTeam(db, actor.regionId, id, body), 'team');
    const team = (await repo.findTeams(db, actor.regionId, body.unitId)).find((t) => t.id === teamId);
    return found(team ?? null, 'team');
  };
  route(app, e.createTeam, ({ actor, body }) => saveTeam(actor, null, body));
  route(app, e.updateTeam, ({ actor, params, body }) => saveTeam(actor, params.id, body));

  route(app, e.listMunicipalities, async () => [...MUNICIPALITIES]);
}
