import type { Unit } from '@lotsa/contracts';
import type { Db, Queryable } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { badRequest, forbidden, notFound } from '../../lib/errors.ts';
import * as repo from './organisation.repository.ts';

export function requireRegionAdmin(actor: Actor) {
  if (!actor.isRegionAdmin) throw forbidden('change_organisation');
}

/**
 * How many patients each unit of a region has. The patients module knows; the app gives its counter
 * to the organisation routes (organisation cannot import patients: patients' tables name units).
 */
export type CountPatientsByUnit = (db: Db, regionId: string) => Promise<ReadonlyMap<string, number>>;

export async function listUnits(
  db: Db,
  actor: Actor,
  countPatients: CountPatientsByUnit,
  ids?: string[],
): Promise<Unit[]> {
  const [rows, counts] = await Promise.all([
    repo.findUnits(db, actor.regionId, ids),
    countPatients(db, actor.regionId),
  ]);
  return rows.map((u) => ({ ...u, patientCount: counts.get(u.id) ?? 0 }));
}

export async function getUnit(
  db: Db,
  actor: Actor,
  countPatients: CountPatientsByUnit,
  id: string,
): Promise<Unit> {
  const [unit] = await listUnits(db, actor, countPatients, [id]);
  if (!unit) throw notFound('unit');
  return unit;
}

export async function checkUnit(db: Db, actor: Actor, unitId: string) {
  if (!(await repo.unitInRegion(db, actor.regionId, unitId)))
    throw badRequest('unknown_unit', { several: false });
}

export async function saveUnit(
  db: Db,
  actor: Actor,
  countPatients: CountPatientsByUnit,
  id: string | null,
  v: repo.UnitValues,
): Promise<Unit> {
  requireRegionAdmin(actor);
  if (v.areaId && !(await repo.areaInRegion(db, actor.regionId, v.areaId))) throw badRequest('unknown_area');
  if (id) {
    if (!(await repo.updateUnit(db, actor.regionId, id, v))) throw notFound('unit');
    return getUnit(db, actor, countPatients, id);
  }
  return getUnit(db, actor, countPatients, await repo.insertUnit(db, actor.regionId, v));
}

export async function checkStaffMembers(db: Db, actor: Actor, ids: string[]) {
  if (!(await repo.staffInRegion(db, actor.regionId, ids)))
    throw badRequest('unknown_staff', { several: true });
}

// For other modules (through the door): names and membership checks, never another module's SQL.

/** The region's name and the names of the given units, by name (for the signed-in person's "me"). */
export async function describeUnits(db: Queryable, regionId: string, unitIds: readonly string[]) {
  const [region, names] = await Promise.all([
    repo.findRegionName(db, regionId),
    repo.findUnitNames(db, regionId, unitIds),
  ]);
  return { regionName: region ?? '', units: names };
}

/** Whether every id is a unit of the region. */
export async function unitsInRegion(db: Queryable, regionId: string, ids: readonly string[]) {
  if (ids.length === 0) return true;
  const found = await repo.findUnitNames(db, regionId, [...new Set(ids)]);
  return found.length === new Set(ids).size;
}

/** Whether every id is a staff member of the region. */
export const staffInRegion = (db: Queryable, regionId: string, ids: string[]) =>
  repo.staffInRegion(db, regionId, ids);

/** Staff names by id (given and family name), for lists other modules show. */
export async function findStaffNames(db: Queryable, regionId: string, ids: readonly string[]) {
  const rows = ids.length === 0 ? [] : await repo.findStaffByIds(db, regionId, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, `${r.givenName} ${r.familyName}`]));
}
