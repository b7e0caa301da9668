import type { Feature, Profession, Room, Staff, Team, Unit } from '@lotsa/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/database.ts';
import {
  areas,
  equipment,
  regions,
  rooms,
  staff,
  teamMembers,
  teams,
  unitMunicipalities,
  units,
} from './organisation.tables.ts';

/** Organisation data is not patient data; every query is still bound to one region (tenant). */

export async function findRegion(db: Queryable, regionId: string) {
  const [region] = await db.select().from(regions).where(eq(regions.id, regionId));
  if (!region) return null;
  const areaRows = await db
    .select({ id: areas.id, name: areas.name })
    .from(areas)
    .where(eq(areas.regionId, regionId))
    .orderBy(asc(areas.name));
  return { id: region.id, code: region.code, name: region.name, areas: areaRows };
}

export async function findRegionName(db: Queryable, regionId: string): Promise<string | null> {
  const [region] = await db.select({ name: regions.name }).from(regions).where(eq(regions.id, regionId));
  return region?.name ?? null;
}

export async function findRegionCode(db: Queryable, regionId: string): Promise<string | null> {
  const [region] = await db.select({ code: regions.code }).from(regions).where(eq(regions.id, regionId));
  return region?.code ?? null;
}

/** The regions there are (every tenant: for the first-run setup, which refuses when there is one). */
export async function listRegionNames(db: Queryable): Promise<string[]> {
  const rows = await db.select({ name: regions.name }).from(regions).orderBy(asc(regions.name));
  return rows.map((r) => r.name);
}

export async function insertRegion(db: Queryable, code: string, name: string) {
  const [row] = await db.insert(regions).values({ code, name }).returning({ id: regions.id });
  return row!.id;
}

export async function insertArea(db: Queryable, regionId: string, name: string) {
  const [row] = await db
    .insert(areas)
    .values({ regionId, name })
    .returning({ id: areas.id, name: areas.name });
  return row!;
}

export async function updateArea(db: Queryable, regionId: string, id: string, name: string) {
  const [row] = await db
    .update(areas)
    .set({ name })
    .where(and(eq(areas.id, id), eq(areas.regionId, regionId)))
    .returning({ id: areas.id, name: areas.name });
  return row ?? null;
}

export async function areaInRegion(db: Queryable, regionId: string, areaId: string) {
  const [row] = await db
    .select({ id: areas.id })
    .from(areas)
    .where(and(eq(areas.id, areaId), eq(areas.regionId, regionId)));
  return !!row;
}

export async function findUnits(
  db: Queryable,
  regionId: string,
  ids?: string[],
): Promise<Omit<Unit, 'patientCount'>[]> {
  const rows = await db
    .select({
      unit: units,
      municipalityCodes: sql<
        string[]
      >`coalesce((select array_agg(m.municipality_code order by m.municipality_code) from ${unitMunicipalities} m where m.region_id = ${units.regionId} and m.unit_id = ${units.id}), '{}')`,
    })
    .from(units)
    .where(and(eq(units.regionId, regionId), ids ? inArray(units.id, ids) : undefined))
    .orderBy(asc(units.name));
  return rows.map(({ unit, municipalityCodes }) => ({
    id: unit.id,
    name: unit.name,
    areaId: unit.areaId,
    cap: unit.cap,
    hsaId: unit.hsaId,
    phone: unit.phone,
    address: unit.address,
    active: unit.active,
    municipalityCodes,
  }));
}

export interface UnitValues {
  name: string;
  areaId: string | null;
  cap: number;
  hsaId: string | null;
  phone: string | null;
  address: string | null;
  active: boolean;
  municipalityCodes: string[];
}

export async function insertUnit(db: Db, regionId: string, v: UnitValues) {
  return db.transaction(async (tx) => {
    const { municipalityCodes, ...rest } = v;
    const [row] = await tx
      .insert(units)
      .values({ ...rest, regionId })
      .returning({ id: units.id });
    await tx
      .insert(unitMunicipalities)
      .values(municipalityCodes.map((municipalityCode) => ({ regionId, unitId: row!.id, municipalityCode })));
    return row!.id;
  });
}

export async function updateUnit(db: Db, regionId: string, id: string, v: UnitValues) {
  return db.transaction(async (tx) => {
    const { municipalityCodes, ...rest } = v;
    const [row] = await tx
      .update(units)
      .set(rest)
      .where(and(eq(units.id, id), eq(units.regionId, regionId)))
      .returning({ id: units.id });
    if (!row) return false;
    await tx
      .delete(unitMunicipalities)
      .where(and(eq(unitMunicipalities.regionId, regionId), eq(unitMunicipalities.unitId, id)));
    await tx
      .insert(unitMunicipalities)
      .values(municipalityCodes.map((municipalityCode) => ({ regionId, unitId: id, municipalityCode })));
    return true;
  });
}

/** The names of units of the region (all when `ids` is absent), by name. */
export async function findUnitNames(db: Queryable, regionId: string, ids?: readonly string[]) {
  if (ids && ids.length === 0) return [];
  return db
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(and(eq(units.regionId, regionId), ids ? inArray(units.id, [...ids]) : undefined))
    .orderBy(asc(units.name));
}

export async function unitInRegion(db: Queryable, regionId: string, unitId: string) {
  const [row] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.regionId, regionId)));
  return !!row;
}

function toStaff(r: typeof staff.$inferSelect): Staff {
  return {
    id: r.id,
    unitId: r.unitId,
    givenName: r.givenName,
    familyName: r.familyName,
    profession: r.profession as Profession,
    hsaId: r.hsaId,
    phone: r.phone,
    email: r.email,
    active: r.active,
  };
}

export async function findStaff(db: Queryable, regionId: string, unitId?: string) {
  const rows = await db
    .select()
    .from(staff)
    .where(and(eq(staff.regionId, regionId), unitId ? eq(staff.unitId, unitId) : undefined))
    .orderBy(asc(staff.familyName), asc(staff.givenName));
  return rows.map(toStaff);
}

export type StaffValues = Omit<Staff, 'id'>;

export async function insertStaff(db: Queryable, regionId: string, v: StaffValues) {
  const [row] = await db
    .insert(staff)
    .values({ ...v, regionId })
    .returning();
  return toStaff(row!);
}

export async function updateStaff(db: Queryable, regionId: string, id: string, v: StaffValues) {
  const [row] = await db
    .update(staff)
    .set(v)
    .where(and(eq(staff.id, id), eq(staff.regionId, regionId)))
    .returning();
  return row ? toStaff(row) : null;
}

export async function findStaffByIds(db: Queryable, regionId: string, ids: string[]) {
  return db
    .select({ id: staff.id, givenName: staff.givenName, familyName: staff.familyName })
    .from(staff)
    .where(and(eq(staff.regionId, regionId), inArray(staff.id, ids)));
}

export async function staffInRegion(db: Queryable, regionId: string, ids: string[]) {
  if (ids.length === 0) return true;
  const rows = await db
    .select({ id: staff.id })
    .from(staff)
    .where(and(eq(staff.regionId, regionId), inArray(staff.id, ids)));
  return rows.length === new Set(ids).size;
}

/** Rooms and mobile equipment share a shape: a name and features at a unit. */
type FeatureTable = typeof rooms | typeof equipment;
export type FeatureValues = { unitId: string; name: string; features: Feature[]; active: boolean };

const toRoom = (r: typeof rooms.$inferSelect): Room => ({
  id: r.id,
  unitId: r.unitId,
  name: r.name,
  features: r.features as Feature[],
  active: r.active,
});

export async function findFeatured(db: Queryable, table: FeatureTable, regionId: string, unitId?: string) {
  const rows = await db
    .select()
    .from(table)
    .where(and(eq(table.regionId, regionId), unitId ? eq(table.unitId, unitId) : undefined))
    .orderBy(asc(table.name));
  return rows.map(toRoom);
}

export async function insertFeatured(db: Queryable, table: FeatureTable, regionId: string, v: FeatureValues) {
  const [row] = await db
    .insert(table)
    .values({ ...v, regionId })
    .returning();
  return toRoom(row!);
}

export async function updateFeatured(
  db: Queryable,
  table: FeatureTable,
  regionId: string,
  id: string,
  v: FeatureValues,
) {
  const [row] = await db
    .update(table)
    .set(v)
    .where(and(eq(table.id, id), eq(table.regionId, regionId)))
    .returning();
  return row ? toRoom(row) : null;
}

export { equipment as equipmentTable, rooms as roomsTable };

export async function findTeams(db: Queryable, regionId: string, unitId?: string): Promise<Team[]> {
  const rows = await db
    .select({
      team: teams,
      memberIds: sql<
        string[]
      >`coalesce((select array_agg(m.staff_id) from ${teamMembers} m where m.region_id = ${teams.regionId} and m.team_id = ${teams.id}), '{}')`,
    })
    .from(teams)
    .where(and(eq(teams.regionId, regionId), unitId ? eq(teams.unitId, unitId) : undefined))
    .orderBy(asc(teams.name));
  return rows.map(({ team, memberIds }) => ({
    id: team.id,
    unitId: team.unitId,
    name: team.name,
    memberIds,
  }));
}

export async function saveTeam(
  db: Db,
  regionId: string,
  id: string | null,
  v: { unitId: string; name: string; memberIds: string[] },
) {
  return db.transaction(async (tx) => {
    let teamId = id;
    if (teamId) {
      const [row] = await tx
        .update(teams)
        .set({ unitId: v.unitId, name: v.name })
        .where(and(eq(teams.id, teamId), eq(teams.regionId, regionId)))
        .returning({ id: teams.id });
      if (!row) return null;
      await tx
        .delete(teamMembers)
        .where(and(eq(teamMembers.regionId, regionId), eq(teamMembers.teamId, teamId)));
    } else {
      const [row] = await tx
        .insert(teams)
        .values({ regionId, unitId: v.unitId, name: v.name })
        .returning({ id: teams.id });
      teamId = row!.id;
    }
    const unique = [...new Set(v.memberIds)];
    if (unique.length > 0)
      await tx.insert(teamMembers).values(unique.map((staffId) => ({ regionId, teamId: teamId!, staffId })));
    return teamId;
  });
}

/**
 * Locks a unit's row for the rest of the transaction (FOR NO KEY UPDATE: it serialises the intake
 * steps that take or free the unit's places, without blocking inserts that merely reference the unit)
 * and returns its cap and catchment. Bound to the region; null when the unit is not the region's.
 */
export async function lockUnit(
  tx: Queryable,
  regionId: string,
  unitId: string,
): Promise<{ id: string; name: string; cap: number; active: boolean; municipalityCodes: string[] } | null> {
  const [row] = await tx
    .select({ id: units.id, name: units.name, cap: units.cap, active: units.active })
    .from(units)
    .where(and(eq(units.id, unitId), eq(units.regionId, regionId)))
    .for('no key update');
  if (!row) return null;
  const codes = await tx
    .select({ code: unitMunicipalities.municipalityCode })
    .from(unitMunicipalities)
    .where(and(eq(unitMunicipalities.regionId, regionId), eq(unitMunicipalities.unitId, unitId)))
    .orderBy(asc(unitMunicipalities.municipalityCode));
  return { ...row, municipalityCodes: codes.map((c) => c.code) };
}

/**
 * Every active unit, of any region, whose catchment has a municipality of the given county (the
 * first two digits of the SCB code): what the public form routes among. Not tenant data: a unit's
 * name and catchment are public.
 */
export async function findUnitsInCounty(
  db: Queryable,
  countyPrefix: string,
): Promise<Array<{ id: string; regionId: string; name: string; municipalityCodes: string[] }>> {
  const rows = await db
    .select({
      id: units.id,
      regionId: units.regionId,
      name: units.name,
      municipalityCodes: sql<
        string[]
      >`coalesce((select array_agg(m.municipality_code order by m.municipality_code) from ${unitMunicipalities} m where m.region_id = ${units.regionId} and m.unit_id = ${units.id}), '{}')`,
    })
    .from(units)
    .where(
      and(
        eq(units.active, true),
        sql`exists (select 1 from ${unitMunicipalities} m where m.region_id = ${units.regionId} and m.unit_id = ${units.id}
                and m.municipality_code like ${`${countyPrefix}%`})`,
      ),
    )
    .orderBy(asc(units.name), asc(units.id));
  return rows;
}
