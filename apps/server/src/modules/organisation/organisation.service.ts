import type { Unit } from '@lotsa/contracts';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { badRequest, forbidden, notFound } from '../../lib/errors.ts';
import { countPatientsByUnit } from '../patients/index.ts';
import * as repo from './organisation.repository.ts';

export function requireRegionAdmin(actor: Actor) {
  if (!actor.isRegionAdmin)
    throw forbidden(
      'Bara regionens administratör kan ändra organisationen.',
      "Only the region's administrator can change the organisation.",
    );
}

export async function listUnits(db: Db, actor: Actor, ids?: string[]): Promise<Unit[]> {
  const [rows, counts] = await Promise.all([
    repo.findUnits(db, actor.regionId, ids),
    countPatientsByUnit(db, actor.regionId),
  ]);
  return rows.map((u) => ({ ...u, patientCount: counts.get(u.id) ?? 0 }));
}

export async function getUnit(db: Db, actor: Actor, id: string): Promise<Unit> {
  const [unit] = await listUnits(db, actor, [id]);
  if (!unit) throw notFound({ sv: 'Enheten', en: 'The unit' });
  return unit;
}

export async function checkUnit(db: Db, actor: Actor, unitId: string) {
  if (!(await repo.unitInRegion(db, actor.regionId, unitId)))
    throw badRequest('unknown_unit', 'Enheten finns inte i din region.', 'The unit is not in your region.');
}

export async function saveUnit(db: Db, actor: Actor, id: string | null, v: repo.UnitValues): Promise<Unit> {
  requireRegionAdmin(actor);
  if (v.areaId && !(await repo.areaInRegion(db, actor.regionId, v.areaId)))
    throw badRequest('unknown_area', 'Länsdelen finns inte i din region.', 'The area is not in your region.');
  if (id) {
    if (!(await repo.updateUnit(db, actor.regionId, id, v)))
      throw notFound({ sv: 'Enheten', en: 'The unit' });
    return getUnit(db, actor, id);
  }
  return getUnit(db, actor, await repo.insertUnit(db, actor.regionId, v));
}

export async function checkStaffMembers(db: Db, actor: Actor, ids: string[]) {
  if (!(await repo.staffInRegion(db, actor.regionId, ids)))
    throw badRequest(
      'unknown_staff',
      'Någon av de valda medarbetarna finns inte i din region.',
      'One of the chosen staff members is not in your region.',
    );
}
