import { and, asc, eq, inArray, like, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { accessBasesOf, appendAudit, type GuardScope } from '../../kernel/index.ts';
import { boundSql, type SearchBound } from '../../lib/search-bounds.ts';
import type { PatientRow } from './patients.repository.ts';
import { whoOnly } from './patients.rules.ts';
import { patients } from './patients.tables.ts';

/**
 * A search of the patients of some units by the criteria standard APIs use (FHIR's Patient search).
 * Lists are AND, the values inside one list entry are OR.
 */
export interface PatientFilter {
  /** The units searched: the caller passes only units whose patients the actor may see. */
  unitIds: readonly string[];
  ids?: readonly string[];
  /** Exact identity numbers as stored (normalised), optionally of one kind each. */
  identities?: ReadonlyArray<{ kind?: string; number: string }>;
  /** Each entry: any of its words starts the given or family name (case-insensitive). */
  names?: ReadonlyArray<readonly string[]>;
  families?: ReadonlyArray<readonly string[]>;
  givens?: ReadonlyArray<readonly string[]>;
  birthDate?: readonly SearchBound[];
  lastUpdated?: readonly SearchBound[];
  limit: number;
  offset: number;
  /** Only how many match: no patient data read. */
  countOnly?: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
const prefix = (column: SQL, words: readonly string[]) =>
  or(...words.map((w) => like(column, `${escapeLike(w.toLowerCase())}%`)))!;

function conditions(regionId: string, f: PatientFilter): SQL[] | null {
  const where: SQL[] = [eq(patients.regionId, regionId), inArray(patients.unitId, [...f.unitIds])];
  if (f.ids) {
    const ids = f.ids.filter((id) => UUID.test(id));
    if (ids.length === 0) return null;
    where.push(inArray(patients.id, ids));
  }
  if (f.identities) {
    if (f.identities.length === 0) return null;
    where.push(
      or(
        ...f.identities.map((i) =>
          i.kind
            ? and(eq(patients.identityNumber, i.number), eq(patients.identityKind, i.kind))!
            : eq(patients.identityNumber, i.number),
        ),
      )!,
    );
  }
  const family = sql`lower(${patients.familyName})`;
  const given = sql`lower(${patients.givenName})`;
  for (const words of f.names ?? []) where.push(or(prefix(family, words), prefix(given, words))!);
  for (const words of f.families ?? []) where.push(prefix(family, words));
  for (const words of f.givens ?? []) where.push(prefix(given, words));
  for (const b of f.birthDate ?? []) where.push(boundSql(patients.birthDate, b));
  for (const b of f.lastUpdated ?? []) where.push(boundSql(patients.updatedAt, b));
  return where;
}

/**
 * The patients matching the filter, a page of them in name order, and how many match in all. The
 * patients shown are logged (action `list`) in the same transaction; a count alone is logged too,
 * without patients, since even "is there such a person" is asked of patient data.
 */
export function findPatients(
  scope: GuardScope,
  f: PatientFilter,
  detail: Record<string, unknown> = {},
): Promise<{ rows: PatientRow[]; total: number }> {
  const { actor } = scope;
  const where = f.unitIds.length === 0 ? null : conditions(actor.regionId, f);
  return (scope.db as Queryable).transaction(async (tx) => {
    let rows: PatientRow[] = [];
    let total = 0;
    if (where) {
      if (f.countOnly) total = await countWhere(tx, where);
      else {
        const found = await tx
          .select({ p: patients, total: sql<number>`count(*) over ()`.mapWith(Number) })
          .from(patients)
          .where(and(...where))
          .orderBy(asc(patients.familyName), asc(patients.givenName), asc(patients.id))
          .limit(f.limit)
          .offset(f.offset);
        // Without a care relationship a patient is shown as who they are, nothing more (decision 0010).
        const related = await relatedIds(
          tx,
          actor,
          found.map((r) => r.p.id),
        );
        rows = found.map((r) => (related.has(r.p.id) ? r.p : whoOnly(r.p)));
        total = found[0]?.total ?? (f.offset > 0 ? await countWhere(tx, where) : 0);
      }
    }
    if (rows.length > 0 || f.countOnly)
      await appendAudit(tx, actor, {
        action: 'list',
        entity: 'patient',
        patientIds: rows.map((r) => r.id),
        detail: f.countOnly ? { ...detail, count: total } : detail,
      });
    return { rows, total };
  });
}

async function relatedIds(tx: Queryable, actor: GuardScope['actor'], ids: string[]) {
  const bases = await accessBasesOf(tx, actor, ids);
  return new Set(
    bases.filter((b) => b.kind !== 'emergency' && b.kind !== 'protected_confirmed').map((b) => b.patientId),
  );
}

async function countWhere(tx: Queryable, where: SQL[]) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(patients)
    .where(and(...where));
  return row?.n ?? 0;
}

/**
 * One batch of a bulk export: the patients of the units after `afterId` in id order (keyset, so a
 * million patients stream in constant memory), changed since `since` and not after `until`. The
 * batch's patients are logged (action `export`) in the same transaction.
 */
export function exportPatients(
  scope: GuardScope,
  f: { unitIds: readonly string[]; since: Date | null; until: Date; afterId: string | null; limit: number },
  detail: Record<string, unknown> = {},
): Promise<PatientRow[]> {
  const { actor } = scope;
  if (f.unitIds.length === 0) return Promise.resolve([]);
  const where: SQL[] = [
    eq(patients.regionId, actor.regionId),
    inArray(patients.unitId, [...f.unitIds]),
    sql`${patients.updatedAt} <= ${f.until.toISOString()}`,
  ];
  if (f.since) where.push(sql`${patients.updatedAt} > ${f.since.toISOString()}`);
  if (f.afterId) where.push(sql`${patients.id} > ${f.afterId}`);
  return (scope.db as Queryable).transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(patients)
      .where(and(...where))
      .orderBy(asc(patients.id))
      .limit(f.limit);
    if (rows.length > 0)
      await appendAudit(tx, actor, {
        action: 'export',
        entity: 'patient',
        patientIds: rows.map((r) => r.id),
        detail,
      });
    return rows;
  });
}
