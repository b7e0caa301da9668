import { performance } from 'node:perf_hooks';
import { and, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database.ts';
import { patients, regions, unitMunicipalities, units } from '../../src/db/schema.ts';
import { seededRandom } from '../../src/demo/random.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { prefillAudit } from './audit-history.ts';
import { insertPatients } from './patients.ts';
import { every } from './progress.ts';
import { buildSchedulingRegion, SCHEDULING, type SchedulingRegion } from './scheduling.ts';
import { createUnits } from './units.ts';

/**
 * `--full`: every size of the issues (and more rounds per phase); a run takes about ten minutes. Without it
 * the region keeps its 100,000 patients (the patient search targets are set at that size) and builds the
 * audit history and the scheduling part at a quarter of the size, so a run takes a few minutes.
 */
export const FULL = process.argv.includes('--full');
/**
 * `LOTSA_BENCH_SCALE=0.05` builds everything at a twentieth of the full size (patients, audit entries,
 * scheduled patients and allocations), for trying the bench out, not for figures.
 */
const ENV_SCALE = process.env.LOTSA_BENCH_SCALE ? Number(process.env.LOTSA_BENCH_SCALE) : null;
if (ENV_SCALE !== null && !(ENV_SCALE > 0 && ENV_SCALE <= 1))
  throw new Error('LOTSA_BENCH_SCALE must be in (0, 1]');
const PATIENT_SCALE = ENV_SCALE ?? 1;
/** The scale of the audit history and the scheduling region. */
export const BENCH_SCALE = ENV_SCALE ?? (FULL ? 1 : 0.25);
/** The size of the benchmark region. */
export const SCALE = {
  patients: Math.round(100_000 * PATIENT_SCALE),
  inKumla: Math.round(5_000 * PATIENT_SCALE),
  auditEntries: Math.round(200_000 * BENCH_SCALE),
};
export const KUMLA = 'Kumla vårdcentral SMO';

export interface Region {
  regionId: string;
  /** The demo users' unit. */
  kumlaUnitId: string;
  kumlaPatients: number;
  regionPatients: number;
  units: number;
  /** Staff, rooms, calendars and two years of bookings at 20 of the units (Kumla first). */
  scheduling: SchedulingRegion;
  /** Seconds to build the whole region, and the scheduling part of it. */
  buildSeconds: number;
}

type Log = (message: string) => void;

/** Migrates, seeds the demo, then grows Region Örebro län to the benchmark's size. */
export async function buildRegion(database: Database, log: Log): Promise<Region> {
  const { db } = database;
  const began = performance.now();
  await database.migrate();
  await seedDemo(db);
  const [region] = await db.select().from(regions).where(eq(regions.code, 'orebro'));
  const [kumla] = await db
    .select({ id: units.id })
    .from(units)
    .where(and(eq(units.regionId, region!.id), eq(units.name, KUMLA)));
  const kumlaCodes = await db
    .select({ code: unitMunicipalities.municipalityCode })
    .from(unitMunicipalities)
    .where(eq(unitMunicipalities.unitId, kumla!.id));
  const extra = await createUnits(db, region!.id);
  log(`Created ${extra.length} extra units in ${region!.name}`);

  const used = new Set(
    (
      await db.select({ n: patients.identityNumber }).from(patients).where(eq(patients.regionId, region!.id))
    ).map((r) => r.n),
  );
  const perUnit = Math.round((SCALE.patients - SCALE.inKumla) / extra.length);
  const placements = [
    { unit: { id: kumla!.id, municipalityCodes: kumlaCodes.map((c) => c.code) }, count: SCALE.inKumla },
    ...extra.map((unit) => ({ unit, count: perUnit })),
  ];
  const rnd = seededRandom(20_261_123); // any fixed seed: the same region on every run
  await insertPatients(db, region!.id, placements, rnd, used, every(20_000, log, 'patients'));
  await prefillAudit(db, region!.id, SCALE.auditEntries, rnd, every(20_000, log, 'audit entries'));
  log(`Scheduling: staff, rooms, calendars and two years of bookings at ${SCHEDULING.units} units`);
  const scheduling = await buildSchedulingRegion(
    db,
    region!.id,
    [{ id: kumla!.id, municipalityCodes: kumlaCodes.map((c) => c.code) }, ...extra].slice(
      0,
      SCHEDULING.units,
    ),
    BENCH_SCALE,
    rnd,
    log,
    every(100_000, log, 'bookings/allocations'),
  );
  log(`  scheduling region built in ${scheduling.buildSeconds.toFixed(0)} s`);
  // Fresh statistics and visibility map, as autovacuum would leave a long-running database.
  await db.execute(sql`VACUUM ANALYZE`);

  const sizes = await db
    .select({ unitId: patients.unitId, n: count() })
    .from(patients)
    .where(eq(patients.regionId, region!.id))
    .groupBy(patients.unitId);
  return {
    regionId: region!.id,
    kumlaUnitId: kumla!.id,
    kumlaPatients: sizes.find((s) => s.unitId === kumla!.id)?.n ?? 0,
    regionPatients: sizes.reduce((sum, s) => sum + s.n, 0),
    units: sizes.length,
    scheduling,
    buildSeconds: (performance.now() - began) / 1000,
  };
}
