import { and, count, eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db/database.ts';
import { patients, regions, unitMunicipalities, units } from '../../src/db/schema.ts';
import { seededRandom } from '../../src/demo/random.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { prefillAudit } from './audit-history.ts';
import { insertPatients } from './patients.ts';
import { every } from './progress.ts';
import { createUnits } from './units.ts';

/** The size of the benchmark region. */
export const SCALE = { patients: 100_000, inKumla: 5_000, auditEntries: 200_000 };
export const KUMLA = 'Kumla vårdcentral SMO';

export interface Region {
  regionId: string;
  /** The demo users' unit. */
  kumlaUnitId: string;
  kumlaPatients: number;
  regionPatients: number;
  units: number;
}

type Log = (message: string) => void;

/** Migrates, seeds the demo, then grows Region Örebro län to the benchmark's size. */
export async function buildRegion(database: Database, log: Log): Promise<Region> {
  const { db } = database;
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
  const perUnit = (SCALE.patients - SCALE.inKumla) / extra.length;
  const placements = [
    { unit: { id: kumla!.id, municipalityCodes: kumlaCodes.map((c) => c.code) }, count: SCALE.inKumla },
    ...extra.map((unit) => ({ unit, count: perUnit })),
  ];
  const rnd = seededRandom(20_261_123); // any fixed seed: the same region on every run
  await insertPatients(db, region!.id, placements, rnd, used, every(20_000, log, 'patients'));
  await prefillAudit(db, region!.id, SCALE.auditEntries, rnd, every(20_000, log, 'audit entries'));
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
  };
}
