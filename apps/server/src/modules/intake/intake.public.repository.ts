import { and, count, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { AuditActor } from '../../kernel/index.ts';
import { findUnitsInCounty } from '../organisation/index.ts';
import type { RoutableUnit } from './intake.criteria.ts';
import { insertRegistrationIn, type NewRegistration } from './intake.repository.ts';
import { intakePublicSubmissions } from './intake.tables.ts';

/**
 * The public form's queries: the rate limit per client address (a SHA-256 of it, never the address)
 * and the routed insert, in one transaction under an advisory lock per address, so the limit holds
 * however many app instances and concurrent requests there are.
 */

/** How long a submission's address hash is kept for the rate limit. */
const KEEP_HOURS = 24;

export type PublicSubmission =
  | { status: 'ok'; reference: string }
  | { status: 'rate_limited' }
  | { status: 'no_unit' };

export interface PublicSubmissionInput {
  ipHash: string;
  /** Accepted submissions from the address since this instant count against `limit`. */
  windowStart: Date;
  limit: number;
  municipalityCode: string;
  /** The pure routing rule: picks the unit among the county's active units. */
  route: (units: RoutableUnit[]) => RoutableUnit | null;
  values: Omit<NewRegistration, 'unitId'>;
  at: Date;
  /** The audit entry's "user": none, the form itself. */
  auditActor: (regionId: string, unitId: string) => AuditActor;
}

export function insertPublicRegistration(db: Db, i: PublicSubmissionInput): Promise<PublicSubmission> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`intake_public:${i.ipHash}`}, 0))`);
    const [recent] = await tx
      .select({ n: count() })
      .from(intakePublicSubmissions)
      .where(
        and(eq(intakePublicSubmissions.ipHash, i.ipHash), gt(intakePublicSubmissions.at, i.windowStart)),
      );
    if ((recent?.n ?? 0) >= i.limit) return { status: 'rate_limited' as const };
    const unit = i.route(await findUnitsInCounty(tx, i.municipalityCode.slice(0, 2)));
    if (!unit) return { status: 'no_unit' as const };
    await tx.insert(intakePublicSubmissions).values({ ipHash: i.ipHash, at: i.at });
    await tx
      .delete(intakePublicSubmissions)
      .where(lt(intakePublicSubmissions.at, new Date(i.at.getTime() - KEEP_HOURS * 3_600_000)));
    const row = await insertRegistrationIn(
      tx,
      i.auditActor(unit.regionId, unit.id),
      { ...i.values, regionId: unit.regionId, unitId: unit.id },
      null,
      i.at,
    );
    return { status: 'ok' as const, reference: row.reference };
  });
}
