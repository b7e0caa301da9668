import { and, asc, count, eq, gt, lt, lte, notInArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/database.ts';
import type { AuditActor } from '../../kernel/index.ts';
import { findUnitsInCounty } from '../organisation/index.ts';
import type { RoutableUnit } from './intake.criteria.ts';
import type { Claim } from './intake.duplicates.ts';
import { insertRegistrationIn, type NewRegistration } from './intake.repository.ts';
import { intakePublicIdempotency, intakePublicSubmissions, intakeRegistrations } from './intake.tables.ts';

/**
 * The public form's queries: the rate limit per client address (a SHA-256 of it, never the address)
 * and the routed insert, in one transaction under an advisory lock per address, so the limit holds
 * however many app instances and concurrent requests there are.
 *
 * A repeated submission (the same claim: the form's idempotency key, or the same content with an
 * identity number) answers the first one's receipt: the claim is inserted with ON CONFLICT DO NOTHING
 * on its unique index, so of two concurrent submissions from anywhere one creates the registration
 * and the other waits for it to commit and answers its reference. A replay is not counted against the
 * rate limit. A new registration for an identity number with an open registration in the region is
 * stored marked as a possible duplicate of the earliest open one (looked up under a lock per region
 * and identity number, so two at once see each other).
 */

/** How long a submission's address hash is kept for the rate limit. */
const KEEP_HOURS = 24;

export type PublicSubmission =
  | { status: 'ok'; reference: string; replay: boolean }
  | { status: 'key_reused' }
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
  values: Omit<NewRegistration, 'unitId' | 'possibleDuplicateOf'>;
  /** What makes a repeat of this submission the same one (null: nothing does). */
  claim: Claim | null;
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
    const unit = i.route(await findUnitsInCounty(tx, i.municipalityCode.slice(0, 2)));
    if (!unit) return { status: 'no_unit' as const };
    let claimId: string | null = null;
    if (i.claim) {
      const c = i.claim;
      const mine = and(
        eq(intakePublicIdempotency.regionId, unit.regionId),
        eq(intakePublicIdempotency.key, c.key),
      );
      await tx.delete(intakePublicIdempotency).where(and(mine, lte(intakePublicIdempotency.expiresAt, i.at)));
      const [claimed] = await tx
        .insert(intakePublicIdempotency)
        .values({
          regionId: unit.regionId,
          key: c.key,
          contentHash: c.contentHash,
          createdAt: i.at,
          expiresAt: c.expiresAt,
        })
        .onConflictDoNothing({ target: [intakePublicIdempotency.regionId, intakePublicIdempotency.key] })
        .returning({ id: intakePublicIdempotency.id });
      if (!claimed) {
        // Someone else holds the claim (committed: ON CONFLICT waited for it): answer its receipt.
        const [first] = await tx
          .select({
            contentHash: intakePublicIdempotency.contentHash,
            reference: intakeRegistrations.reference,
          })
          .from(intakePublicIdempotency)
          .innerJoin(intakeRegistrations, eq(intakeRegistrations.id, intakePublicIdempotency.registrationId))
          .where(mine)
          .limit(1);
        if (!first) throw new Error('intake_public_idempotency: a committed claim without its registration');
        if (first.contentHash !== c.contentHash) return { status: 'key_reused' as const };
        return { status: 'ok' as const, reference: first.reference, replay: true };
      }
      claimId = claimed.id;
    }
    if ((recent?.n ?? 0) >= i.limit) {
      if (claimId) await tx.delete(intakePublicIdempotency).where(eq(intakePublicIdempotency.id, claimId));
      return { status: 'rate_limited' as const };
    }
    const earlier = i.values.identityNumber
      ? await earliestOpenWith(tx, unit.regionId, i.values.identityNumber)
      : null;
    await tx.insert(intakePublicSubmissions).values({ ipHash: i.ipHash, at: i.at });
    await tx
      .delete(intakePublicSubmissions)
      .where(lt(intakePublicSubmissions.at, new Date(i.at.getTime() - KEEP_HOURS * 3_600_000)));
    await tx.delete(intakePublicIdempotency).where(lt(intakePublicIdempotency.expiresAt, i.at));
    const row = await insertRegistrationIn(
      tx,
      i.auditActor(unit.regionId, unit.id),
      { ...i.values, regionId: unit.regionId, unitId: unit.id, possibleDuplicateOf: earlier?.id ?? null },
      null,
      i.at,
      earlier
        ? `Möjlig dubblett: samma personnummer som den öppna anmälan ${earlier.reference}. Slå ihop dem eller markera att det inte är en dubblett.`
        : null,
    );
    if (claimId)
      await tx
        .update(intakePublicIdempotency)
        .set({ registrationId: row.id })
        .where(eq(intakePublicIdempotency.id, claimId));
    return { status: 'ok' as const, reference: row.reference, replay: false };
  });
}

/**
 * The earliest open registration in the region with this identity number, under a transaction lock
 * per region and number: two submissions for the same person at once take it one after the other,
 * so the second sees the first.
 */
async function earliestOpenWith(tx: Tx, regionId: string, identityNumber: string) {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtextextended(${`intake_identity:${regionId}:${identityNumber}`}, 0))`,
  );
  const [row] = await tx
    .select({ id: intakeRegistrations.id, reference: intakeRegistrations.reference })
    .from(intakeRegistrations)
    .where(
      and(
        eq(intakeRegistrations.regionId, regionId),
        eq(intakeRegistrations.identityNumber, identityNumber),
        notInArray(intakeRegistrations.stage, ['exited', 'closed']),
      ),
    )
    .orderBy(asc(intakeRegistrations.receivedAt), asc(intakeRegistrations.id))
    .limit(1);
  return row ?? null;
}
