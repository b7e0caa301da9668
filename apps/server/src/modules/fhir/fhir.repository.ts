import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { fhirExports } from './fhir.tables.ts';

/** The only file that touches the FHIR module's table (the bulk exports asked for). */
export type ExportRow = typeof fhirExports.$inferSelect;

export async function insertExport(
  db: Queryable,
  v: { regionId: string; userId: string; types: string[]; since: Date | null; request: string },
): Promise<ExportRow> {
  const [row] = await db.insert(fhirExports).values(v).returning();
  return row!;
}

/** An export of this region asked for by this user, or null (another's export is not found). */
export async function findExport(db: Queryable, regionId: string, userId: string, id: string) {
  const [row] = await db
    .select()
    .from(fhirExports)
    .where(and(eq(fhirExports.id, id), eq(fhirExports.regionId, regionId), eq(fhirExports.userId, userId)));
  return row ?? null;
}

export async function deleteExport(db: Queryable, regionId: string, userId: string, id: string) {
  const rows = await db
    .delete(fhirExports)
    .where(and(eq(fhirExports.id, id), eq(fhirExports.regionId, regionId), eq(fhirExports.userId, userId)))
    .returning({ id: fhirExports.id });
  return rows.length > 0;
}
