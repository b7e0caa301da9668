import { and, asc, eq, inArray, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../db/database.ts';
import { images, letters } from './letters.tables.ts';

/**
 * The only file that touches the letters module's tables: `letters` (the log of every letter made and
 * sent) and `images` (staff photos, unit entrances). Patient data (letter rows) is read and written
 * only inside an audited transaction of the caller (the patients module's `withPatient`, or the
 * public link's own audited read); images are staff and unit data.
 */

export type LetterRow = typeof letters.$inferSelect;
export type NewLetter = typeof letters.$inferInsert;
export type ImageKind = 'staff' | 'unit_entrance';
export type ImageRow = typeof images.$inferSelect;

export async function insertLetters(q: Queryable, rows: NewLetter[]): Promise<LetterRow[]> {
  if (rows.length === 0) return [];
  return q.insert(letters).values(rows).returning();
}

export async function findLetter(q: Queryable, regionId: string, id: string): Promise<LetterRow | null> {
  const [row] = await q
    .select()
    .from(letters)
    .where(and(eq(letters.id, id), eq(letters.regionId, regionId)))
    .limit(1);
  return row ?? null;
}

export async function findLetters(q: Queryable, regionId: string, ids: string[]): Promise<LetterRow[]> {
  if (ids.length === 0) return [];
  return q
    .select()
    .from(letters)
    .where(and(eq(letters.regionId, regionId), inArray(letters.id, ids)))
    .orderBy(asc(letters.createdAt));
}

/** A letter by the hash of its link token: the public web page's only way in. */
export async function findLetterByTokenHash(q: Queryable, hash: string): Promise<LetterRow | null> {
  const [row] = await q.select().from(letters).where(eq(letters.linkTokenHash, hash)).limit(1);
  return row ?? null;
}

export async function findBookingLetters(q: Queryable, regionId: string, bookingId: string) {
  return q
    .select()
    .from(letters)
    .where(and(eq(letters.regionId, regionId), eq(letters.bookingId, bookingId)))
    .orderBy(asc(letters.createdAt));
}

export async function findBatchLetters(q: Queryable, regionId: string, batchId: string) {
  return q
    .select()
    .from(letters)
    .where(and(eq(letters.regionId, regionId), eq(letters.batchId, batchId)))
    .orderBy(asc(letters.createdAt));
}

/** Letters for visits in [from, to) of a unit: by the bookings they were made for. */
export async function findLettersOfBookings(q: Queryable, regionId: string, bookingIds: string[]) {
  if (bookingIds.length === 0) return [];
  return q
    .select()
    .from(letters)
    .where(and(eq(letters.regionId, regionId), inArray(letters.bookingId, bookingIds)))
    .orderBy(asc(letters.createdAt));
}

/**
 * Letters of a unit whose frozen visit started in [from, to) but whose booking is not among `except`: the
 * letters of visits that were on that day and have been moved or cancelled since (their booking is no
 * longer on the day list). Letters made before freezing (no facts) cannot be found this way.
 */
export async function findLettersOfMovedVisits(
  q: Queryable,
  regionId: string,
  unitId: string,
  range: { from: Date; to: Date },
  except: string[],
) {
  const visitStart = sql`(${letters.facts}->'visit'->>'start')::timestamptz`;
  return q
    .select()
    .from(letters)
    .where(
      and(
        eq(letters.regionId, regionId),
        eq(letters.unitId, unitId),
        isNotNull(letters.facts),
        sql`${visitStart} >= ${range.from.toISOString()}::timestamptz`,
        sql`${visitStart} < ${range.to.toISOString()}::timestamptz`,
        except.length > 0 ? notInArray(letters.bookingId, except) : undefined,
      ),
    )
    .orderBy(asc(letters.createdAt));
}

export async function markLetterSent(q: Queryable, id: string, via: 'print' | 'link', userId: string) {
  const [row] = await q
    .update(letters)
    .set({ sentVia: via, sentAt: new Date(), sentBy: userId })
    .where(eq(letters.id, id))
    .returning();
  return row!;
}

// --- Images -------------------------------------------------------------------------------------

export async function findImage(q: Queryable, regionId: string, kind: ImageKind, ownerId: string) {
  const [row] = await q
    .select()
    .from(images)
    .where(and(eq(images.regionId, regionId), eq(images.ownerKind, kind), eq(images.ownerId, ownerId)))
    .limit(1);
  return row ?? null;
}

export async function findImages(q: Queryable, regionId: string, kind: ImageKind, ownerIds: string[]) {
  if (ownerIds.length === 0) return [];
  return q
    .select()
    .from(images)
    .where(and(eq(images.regionId, regionId), eq(images.ownerKind, kind), inArray(images.ownerId, ownerIds)));
}

export async function findImageOwners(q: Queryable, regionId: string, kind: ImageKind, ownerIds: string[]) {
  if (ownerIds.length === 0) return new Set<string>();
  const rows = await q
    .select({ ownerId: images.ownerId })
    .from(images)
    .where(and(eq(images.regionId, regionId), eq(images.ownerKind, kind), inArray(images.ownerId, ownerIds)));
  return new Set(rows.map((r) => r.ownerId));
}

/** One picture per owner and kind: a new upload replaces the old one. */
export async function saveImage(
  q: Queryable,
  v: {
    regionId: string;
    kind: ImageKind;
    ownerId: string;
    contentType: string;
    data: Buffer;
    width: number;
    height: number;
    createdBy: string | null;
  },
) {
  const values = {
    regionId: v.regionId,
    ownerKind: v.kind,
    ownerId: v.ownerId,
    contentType: v.contentType,
    data: v.data,
    width: v.width,
    height: v.height,
    createdBy: v.createdBy,
    createdAt: new Date(),
  };
  const [row] = await q
    .insert(images)
    .values(values)
    .onConflictDoUpdate({
      target: [images.ownerKind, images.ownerId],
      set: {
        contentType: values.contentType,
        data: values.data,
        width: values.width,
        height: values.height,
        createdBy: values.createdBy,
        createdAt: values.createdAt,
      },
    })
    .returning();
  return row!;
}

export async function deleteImage(q: Queryable, regionId: string, kind: ImageKind, ownerId: string) {
  const rows = await q
    .delete(images)
    .where(and(eq(images.regionId, regionId), eq(images.ownerKind, kind), eq(images.ownerId, ownerId)))
    .returning({ id: images.id });
  return rows.length > 0;
}

/** A new link for a letter (a reprint without the old link): the old link stops working. */
export async function replaceLinkToken(q: Queryable, id: string, hash: string, expiresAt: Date) {
  await q.update(letters).set({ linkTokenHash: hash, linkExpiresAt: expiresAt }).where(eq(letters.id, id));
}
