import type { AnsweredBy, SurveyScores, SurveyVersion } from '@lotsa/contracts';
import { and, eq, gt, gte, isNull, lt, lte, sql } from 'drizzle-orm';
import type { Db, Queryable } from '../../db/database.ts';
import type { InvitationCount, ResponseRow } from './surveys.rules.ts';
import { surveyInvitations, surveyKiosks, surveyResponses } from './surveys.tables.ts';

/*
 * The only file that queries the survey tables. Every staff query is bound to the actor's region and
 * unit; the public ones find an invitation or a kiosk by the hash of its token and read nothing else.
 */

export type InvitationRow = typeof surveyInvitations.$inferSelect;

export interface NewInvitation {
  regionId: string;
  unitId: string;
  bookingId: string;
  audience: SurveyVersion;
  visitTypeCode: string;
  visitDate: string;
  tokenHash: string;
  expiresAt: Date;
}

/**
 * Makes the booking's invitation for one audience, or gives a still unanswered one a new token (the
 * old link stops working). An answered invitation is left alone: null.
 */
export async function upsertInvitation(q: Queryable, v: NewInvitation): Promise<InvitationRow | null> {
  const [row] = await q
    .insert(surveyInvitations)
    .values(v)
    .onConflictDoUpdate({
      target: [surveyInvitations.bookingId, surveyInvitations.audience],
      set: { tokenHash: v.tokenHash, expiresAt: v.expiresAt },
      setWhere: eq(surveyInvitations.used, false),
    })
    .returning();
  return row ?? null;
}

/** The invitation a token leads to, locked for the answer when `forUpdate`. */
export async function findInvitationByHash(q: Queryable, tokenHash: string, forUpdate = false) {
  const query = q
    .select({
      id: surveyInvitations.id,
      regionId: surveyInvitations.regionId,
      unitId: surveyInvitations.unitId,
      audience: surveyInvitations.audience,
      visitTypeCode: surveyInvitations.visitTypeCode,
      visitDate: surveyInvitations.visitDate,
      expiresAt: surveyInvitations.expiresAt,
      used: surveyInvitations.used,
    })
    .from(surveyInvitations)
    .where(eq(surveyInvitations.tokenHash, tokenHash));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row ?? null;
}
export type FoundInvitation = NonNullable<Awaited<ReturnType<typeof findInvitationByHash>>>;

export interface NewResponse {
  regionId: string;
  unitId: string;
  visitTypeCode: string;
  visitDate: string;
  version: SurveyVersion;
  answeredBy: AnsweredBy;
  channel: 'link' | 'kiosk';
  scores: SurveyScores;
  comment: string | null;
}

export async function insertResponse(q: Queryable, r: NewResponse): Promise<void> {
  await q.insert(surveyResponses).values({
    regionId: r.regionId,
    unitId: r.unitId,
    visitTypeCode: r.visitTypeCode,
    visitDate: r.visitDate,
    version: r.version,
    answeredBy: r.answeredBy,
    channel: r.channel,
    ...r.scores,
    comment: r.comment,
  });
}

/**
 * The answer and the invitation's "used" in one transaction: `decide` sees the locked invitation and
 * either refuses (throws) or gives the answer to store. A second answer waits for the lock and then
 * finds the invitation used.
 */
export async function answerInvitation(
  db: Db,
  tokenHash: string,
  decide: (inv: FoundInvitation | null) => NewResponse,
): Promise<void> {
  await db.transaction(async (tx) => {
    const inv = await findInvitationByHash(tx, tokenHash, true);
    const response = decide(inv);
    if (!inv) return;
    await tx.update(surveyInvitations).set({ used: true }).where(eq(surveyInvitations.id, inv.id));
    await insertResponse(tx, response);
  });
}

export interface ResultFilter {
  regionId: string;
  unitId: string;
  fromDate: string;
  toDate: string;
  visitTypeCode?: string | undefined;
}

export async function findResponses(q: Queryable, f: ResultFilter): Promise<ResponseRow[]> {
  const rows = await q
    .select({
      visitDate: surveyResponses.visitDate,
      visitTypeCode: surveyResponses.visitTypeCode,
      version: surveyResponses.version,
      answeredBy: surveyResponses.answeredBy,
      channel: surveyResponses.channel,
      accessibility: surveyResponses.accessibility,
      time: surveyResponses.time,
      treatment: surveyResponses.treatment,
      communication: surveyResponses.communication,
      participation: surveyResponses.participation,
      comment: surveyResponses.comment,
    })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.regionId, f.regionId),
        eq(surveyResponses.unitId, f.unitId),
        gte(surveyResponses.visitDate, f.fromDate),
        lte(surveyResponses.visitDate, f.toDate),
        f.visitTypeCode ? eq(surveyResponses.visitTypeCode, f.visitTypeCode) : undefined,
      ),
    );
  return rows as ResponseRow[];
}

/** Invitations and answered invitations per month of the visit. */
export async function countInvitations(q: Queryable, f: ResultFilter): Promise<InvitationCount[]> {
  const month = sql<string>`to_char(${surveyInvitations.visitDate}, 'YYYY-MM')`;
  const rows = await q
    .select({
      month,
      invitations: sql<number>`count(*)::int`,
      answered: sql<number>`(count(*) filter (where ${surveyInvitations.used}))::int`,
    })
    .from(surveyInvitations)
    .where(
      and(
        eq(surveyInvitations.regionId, f.regionId),
        eq(surveyInvitations.unitId, f.unitId),
        gte(surveyInvitations.visitDate, f.fromDate),
        lte(surveyInvitations.visitDate, f.toDate),
        f.visitTypeCode ? eq(surveyInvitations.visitTypeCode, f.visitTypeCode) : undefined,
      ),
    )
    .groupBy(month);
  return rows.map((r) => ({
    month: r.month,
    invitations: Number(r.invitations),
    answered: Number(r.answered),
  }));
}

/** Bulk inserts for the demo (a few thousand rows in a handful of statements). */
export async function insertDemoRows(
  db: Db,
  invitations: Array<typeof surveyInvitations.$inferInsert>,
  responses: Array<typeof surveyResponses.$inferInsert>,
): Promise<void> {
  await db.transaction(async (tx) => {
    for (let i = 0; i < invitations.length; i += 1000)
      await tx.insert(surveyInvitations).values(invitations.slice(i, i + 1000));
    for (let i = 0; i < responses.length; i += 1000)
      await tx.insert(surveyResponses).values(responses.slice(i, i + 1000));
  });
}

export type KioskRow = typeof surveyKiosks.$inferSelect;

export async function insertKiosk(q: Queryable, k: typeof surveyKiosks.$inferInsert): Promise<void> {
  await q.insert(surveyKiosks).values(k);
}

/** A kiosk that is running: not ended and not past its expiry. */
export async function findRunningKiosk(q: Queryable, keyHash: string, now: Date): Promise<KioskRow | null> {
  const [row] = await q
    .select()
    .from(surveyKiosks)
    .where(
      and(eq(surveyKiosks.keyHash, keyHash), isNull(surveyKiosks.endedAt), gt(surveyKiosks.expiresAt, now)),
    );
  return row ?? null;
}

export async function endKiosk(q: Queryable, keyHash: string, now: Date): Promise<void> {
  await q
    .update(surveyKiosks)
    .set({ endedAt: now })
    .where(and(eq(surveyKiosks.keyHash, keyHash), isNull(surveyKiosks.endedAt)));
}

/** Kiosks that ended or expired a week ago or more are of no use to anyone: removed. */
export async function deleteOldKiosks(q: Queryable, now: Date): Promise<void> {
  const weekAgo = new Date(now.getTime() - 7 * 86_400_000);
  await q.delete(surveyKiosks).where(lt(surveyKiosks.expiresAt, weekAgo));
}
