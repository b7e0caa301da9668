import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type {
  CreatedLetter,
  LetterContent,
  LetterDay,
  LetterSummary,
  LetterView,
  PublicLetter,
  ZBatchRequest,
} from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db, Tx } from '../../db/database.ts';
import { appendAudit } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { AppError, badRequest, conflict, notFound, problem } from '../../lib/errors.ts';
import { endOfLocalDay, localAt, localToday, startOfLocalDay } from '../../lib/time.ts';
import { getMyContacts } from '../care-team/index.ts';
import { findPatientNames, getPatient, requireActiveUnit } from '../patients/index.ts';
import { getBooking, getDayList, nextOpenDay } from '../scheduling/index.ts';
import { factsFor, inLetterTransaction, loadLetterBasis, patientBookings } from './letters.basis.ts';
import {
  type BookingNow,
  changeNotice,
  currentBookingOf,
  earlierBookingsOf,
  freezeFacts,
  LINK_DAYS_AFTER_VISIT,
  linkValidUntil,
  UnreadableFactsError,
} from './letters.frozen.ts';
import { openLetter, summaryForList, summaryOfFacts } from './letters.open.ts';
import { type PrintableLetter, renderLettersPdf } from './letters.pdf.ts';
import * as repo from './letters.repository.ts';
import { renderLetter } from './letters.template.ts';
import { renderMyContacts } from './my-contacts.template.ts';

/**
 * Letters: made from a booking for the recipients the profile names, logged in `letters`, printed as
 * PDF (one or many in one file) and shown on a public web page by a secret link. Only the SHA-256 of
 * the link's token is stored; the token is given out once (and put in the QR code of the PDF made
 * with it). A PDF made without the token gets a new link, and the old one stops working.
 *
 * A letter is frozen when it is made: the template's facts are stored in `letters.facts`, and every
 * later view (staff view, PDF, the web page) renders from them (`letters.open.ts`), with a notice when
 * the visit has been moved or cancelled since.
 */

/** How long a letter's web link works after the visit. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(24).toString('base64url');
export const webUrlOf = (baseUrl: string, token: string) => `${baseUrl}/brev/${token}`;

/** Makes the booking's letters (one per recipient), logs them and returns their secret links. */
export async function createLetters(
  db: Db,
  actor: Actor,
  bookingId: string,
  opts: { batchId?: string; baseUrl: string },
): Promise<CreatedLetter[]> {
  return loadLetterBasis(db, actor, bookingId, { action: 'create', forUpdate: true }, async (tx, basis) => {
    const expires = new Date(new Date(basis.booking.end).getTime() + LINK_DAYS_AFTER_VISIT * 86_400_000);
    const made = basis.recipients.map((r) => {
      const token = newToken();
      const facts = factsFor(basis, r, basis.variant);
      return { r, token, facts, content: renderLetter(facts) };
    });
    const rows = await repo.insertLetters(
      tx,
      made.map((m) => ({
        regionId: actor.regionId,
        unitId: basis.booking.unitId,
        bookingId,
        patientId: basis.booking.patientId,
        recipient: m.r.kind,
        representativeId: m.r.representativeId,
        variant: basis.variant,
        lix: m.content.lix,
        facts: freezeFacts(m.facts),
        linkTokenHash: hashToken(m.token),
        linkExpiresAt: expires,
        batchId: opts.batchId ?? null,
        createdBy: actor.userId,
      })),
    );
    const value = rows.map((row, i) => ({
      ...summaryOfFacts(row, made[i]!.facts, { state: 'same' as const, start: null }),
      webUrl: webUrlOf(opts.baseUrl, made[i]!.token),
      linkExpiresAt: expires.toISOString(),
    }));
    return {
      value,
      detail: {
        letters: rows.map((r) => r.id),
        variant: basis.variant,
        recipients: made.map((m) => m.r.kind),
      },
    };
  });
}

/**
 * The letters of a booking, and of the bookings it was rescheduled from (the letters the patient holds
 * for this visit), each with whether the visit has changed since it was made.
 */
export async function listBookingLetters(db: Db, actor: Actor, bookingId: string): Promise<LetterSummary[]> {
  const booking = await getBooking(db, actor, bookingId);
  const bookings = await patientBookings(db, actor, booking.patientId);
  const byId = new Map(bookings.map((b) => [b.id, b]));
  const chain = earlierBookingsOf(bookings, bookingId);
  const now = currentBookingOf(bookings, bookingId);
  const at = { patientId: booking.patientId, bookingId };
  const rows = await inLetterTransaction(db, actor, at, { action: 'read' }, async (tx, regionId) => ({
    value: await repo.findLettersOfBookings(tx, regionId, chain),
    detail: { list: true, bookingIds: chain },
  }));
  const representatives = rows.some((r) => r.recipient !== 'patient' && r.facts === null)
    ? (await getPatient(db, actor, booking.patientId)).representatives
    : null;
  return rows.map((r) =>
    summaryForList(r, byId.get(r.bookingId) ?? booking, now, {
      patientName: booking.patientName,
      representatives,
    }),
  );
}

async function letterRow(db: Db, actor: Actor, id: string) {
  const row = await repo.findLetter(db, actor.regionId, id);
  if (!row) throw notFound('letter');
  return row;
}

export async function markSent(
  db: Db,
  actor: Actor,
  id: string,
  via: 'print' | 'link',
): Promise<LetterSummary> {
  const row = await letterRow(db, actor, id);
  return openLetter(db, actor, row, { action: 'update', forUpdate: true }, async (tx, letter) => {
    // A letter says what the visit was when it was made: one whose visit has moved or been cancelled
    // since is not sent (the patient would come at the wrong time). Write a new one.
    if (letter.change.state !== 'same') throw letterOutdated(letter.change);
    const updated = await repo.markLetterSent(tx, id, via, actor.userId);
    return { value: { ...letter.summary, ...sentOf(updated) }, detail: { letterId: id, sent: via } };
  });
}

function letterOutdated(change: { state: string; start: string | null }) {
  return conflict('letter_outdated', { at: change.start ? localAt(new Date(change.start)) : null });
}

const sentOf = (row: repo.LetterRow) => ({
  sentVia: (row.sentVia as LetterSummary['sentVia']) ?? null,
  sentAt: row.sentAt?.toISOString() ?? null,
});

/** One letter for staff: as it was sent, with whether its visit has changed since. */
export async function getLetter(db: Db, actor: Actor, id: string): Promise<LetterView> {
  const row = await letterRow(db, actor, id);
  return openLetter(db, actor, row, { action: 'read' }, async (tx, letter) => ({
    value: {
      letter: letter.summary,
      content: letter.content,
      images: await imageDataUrls(tx, actor.regionId, letter.content),
    },
    detail: { letterId: id, change: letter.change.state },
  }));
}

/** The active unit's bookings on a day, and the letters made for them (the day's log). */
/** A day's bookings and their letters; without a date, the next day the unit is open (what one prints ahead for). */
export async function letterDay(db: Db, actor: Actor, askedDate?: string): Promise<LetterDay> {
  requireActiveUnit(actor);
  const date = askedDate ?? (await nextOpenDay(db, actor.regionId, actor.activeUnitId, localToday()));
  const list = await getDayList(db, actor, { date, days: 1 });
  const entries = list.entries.filter((e) => e.status === 'booked' || e.status === 'held');
  const byBooking = new Map(entries.map((e) => [e.bookingId, e]));
  // Letters of visits that were on this day and have been moved or cancelled since: still this day's letters.
  const moved = await repo.findLettersOfMovedVisits(
    db,
    actor.regionId,
    requireActiveUnit(actor),
    { from: startOfLocalDay(date), to: endOfLocalDay(date) },
    [...byBooking.keys()],
  );
  // Where each of those visits is now (the patient's bookings, each read audited as usual).
  const movedNow = new Map<string, BookingNow | null>();
  for (const patientId of new Set(moved.map((r) => r.patientId))) {
    const bookings = await patientBookings(db, actor, patientId);
    for (const r of moved.filter((m) => m.patientId === patientId))
      movedNow.set(r.id, currentBookingOf(bookings, r.bookingId));
  }
  return db.transaction(async (tx) => {
    const rows = await repo.findLettersOfBookings(tx, actor.regionId, [...byBooking.keys()]);
    const all = [...rows, ...moved];
    const names = await findPatientNames(tx, actor.regionId, [...new Set(all.map((r) => r.patientId))]);
    if (all.length > 0)
      await appendAudit(tx, actor, {
        action: 'list',
        entity: 'letter',
        patientIds: [...new Set(all.map((r) => r.patientId))],
        detail: { date },
      });
    const count = new Map<string, number>();
    for (const r of rows) count.set(r.bookingId, (count.get(r.bookingId) ?? 0) + 1);
    const nameOf = (patientId: string) => {
      const n = names.get(patientId);
      return n ? `${n.givenName} ${n.familyName}` : '';
    };
    return {
      date,
      bookings: entries.map((e) => ({
        bookingId: e.bookingId,
        patientId: e.patientId,
        patientName: e.patientName,
        visitTypeName: e.visitTypeName,
        start: e.start,
        letterCount: count.get(e.bookingId) ?? 0,
      })),
      letters: [
        ...rows.map((r) => {
          const e = byBooking.get(r.bookingId)!;
          const booking = { ...e, id: e.bookingId, unitId: r.unitId, rescheduledFromId: null };
          return summaryForList(r, booking, booking, {
            patientName: nameOf(r.patientId),
            representatives: null,
          });
        }),
        // Frozen letters: their summary comes from the facts; the booking shape is only the fallback's.
        ...moved.map((r) => {
          const now = movedNow.get(r.id) ?? null;
          const fallback = { start: '', unitId: r.unitId, location: 'clinic' as const, visitTypeName: '' };
          return summaryForList(r, fallback, now, {
            patientName: nameOf(r.patientId),
            representatives: null,
          });
        }),
      ],
    };
  });
}

async function photosFor(tx: Tx, regionId: string, contents: LetterContent[]) {
  const staffIds = new Set<string>();
  const unitIds = new Set<string>();
  for (const c of contents)
    for (const s of c.sections)
      for (const r of s.rows) {
        if (r.picture?.kind === 'staff') staffIds.add(r.picture.staffId);
        if (r.picture?.kind === 'entrance') unitIds.add(r.picture.unitId);
      }
  const photos = new Map<string, repo.ImageRow>();
  for (const img of await repo.findImages(tx, regionId, 'staff', [...staffIds]))
    photos.set(`staff:${img.ownerId}`, img);
  for (const img of await repo.findImages(tx, regionId, 'unit_entrance', [...unitIds]))
    photos.set(`entrance:${img.ownerId}`, img);
  return photos;
}

/** The letters' PDF: with the tokens the caller has (so the QR codes match the links it holds), else new links. */
async function printable(
  db: Db,
  actor: Actor,
  items: ReadonlyArray<{ id: string; token?: string | undefined }>,
  baseUrl: string,
): Promise<PrintableLetter[]> {
  const out: PrintableLetter[] = [];
  for (const item of items) {
    const row = await letterRow(db, actor, item.id);
    const letter = await openLetter(db, actor, row, { action: 'export', forUpdate: true }, async (tx, l) => {
      let token = item.token && hashToken(item.token) === row.linkTokenHash ? item.token : null;
      if (!token) {
        token = newToken();
        await repo.replaceLinkToken(tx, row.id, hashToken(token), row.linkExpiresAt);
      }
      const images = await photosFor(tx, actor.regionId, [l.content]);
      const photos = new Map([...images].map(([k, v]) => [k, v.data]));
      return {
        value: { content: l.content, photos, webUrl: webUrlOf(baseUrl, token) },
        detail: { letterId: row.id, pdf: true, change: l.change.state },
      };
    });
    out.push(letter);
  }
  return out;
}

export async function letterPdf(db: Db, actor: Actor, id: string, baseUrl: string, token?: string) {
  const letters = await printable(db, actor, [{ id, token }], baseUrl);
  return renderLettersPdf(letters, letters[0]!.content.title);
}

/** One combined PDF: given letters, or new letters for a day's or a list's bookings (one batch). */
export async function batchPdf(db: Db, actor: Actor, body: z.output<typeof ZBatchRequest>, baseUrl: string) {
  const items: Array<{ id: string; token?: string }> = body.letters ?? [];
  if (items.length === 0) {
    const bookingIds = body.bookingIds?.length
      ? body.bookingIds
      : (await letterDay(db, actor, body.date!)).bookings.map((b) => b.bookingId);
    const batchId = randomUUID();
    for (const bookingId of bookingIds) {
      const made = await createLetters(db, actor, bookingId, { batchId, baseUrl });
      items.push(...made.map((m) => ({ id: m.id, token: m.webUrl.split('/').pop()! })));
    }
  }
  if (items.length === 0) throw badRequest('nothing_to_print');
  const letters = await printable(db, actor, items, baseUrl);
  return renderLettersPdf(letters, letters.length === 1 ? letters[0]!.content.title : 'Kallelser');
}

/** Staff photos and the entrance picture as data URLs, by picture key (`staff:<id>`, `entrance:<id>`). */
async function imageDataUrls(tx: Tx, regionId: string, content: LetterContent) {
  const dataUrls: Record<string, string> = {};
  for (const [k, v] of await photosFor(tx, regionId, [content]))
    dataUrls[k] = `data:${v.contentType};base64,${v.data.toString('base64')}`;
  return dataUrls;
}

// --- The public web page --------------------------------------------------------------------------

const gone = () => problem(404, 'not_found', { gone: 'letter_link' });

/** The patient cannot act on what went wrong inside: the same advice as for an old link, as a 500. */
const unreadableForPatient = () => problem(500, 'letter_facts_unreadable', { reader: 'patient' });

/**
 * The letter's web page by its link. No session: the link is the key. Unknown and expired links are
 * the same 404. The read is audited like any other, as "the letter's link", and goes through the
 * same doors (booking, patient, profile) with an actor bound to the letter's unit only.
 */
export async function publicLetter(db: Db, token: string): Promise<PublicLetter> {
  const row = await repo.findLetterByTokenHash(db, hashToken(token));
  if (!row) throw gone();
  const linkActor: Actor = {
    userId: null as unknown as string,
    userName: 'Kallelsens webblänk',
    regionId: row.regionId,
    activeUnitId: row.unitId,
    unitRoles: new Map([[row.unitId, ['nurse']]]),
    isRegionAdmin: false,
    locale: 'sv',
    reason: 'patienten eller företrädaren läser kallelsen via länken',
    patientLink: true,
  };
  try {
    return await openLetter(db, linkActor, row, { action: 'read' }, async (tx, letter) => {
      // Checked here, where the visit as it is now is known: a visit moved later keeps the link alive.
      // Thrown inside the transaction, so an expired link's read is not logged as a read of the letter.
      const until = linkValidUntil(row.linkExpiresAt, letter.facts.visit, letter.change);
      if (until.getTime() < Date.now()) throw gone();
      return {
        value: {
          content: letter.content,
          images: await imageDataUrls(tx, row.regionId, letter.content),
          expiresAt: until.toISOString(),
          notice: changeNotice(letter.change, letter.unitPhone),
        },
        detail: { letterId: row.id, via: 'link', change: letter.change.state },
      };
    });
  } catch (err) {
    if (err instanceof UnreadableFactsError) throw unreadableForPatient();
    if (err instanceof AppError && (err.status === 404 || err.status === 409)) throw gone();
    throw err;
  }
}

// --- "My contacts" in the same picture style ----------------------------------------------------------

/** The care-team module's "my contacts" sheet (its read is audited there) as a PDF. */
export async function myContactsPdf(db: Db, actor: Actor, patientId: string) {
  const sheet = await getMyContacts(db, actor, patientId);
  const content = renderMyContacts(sheet);
  const photos = await db.transaction((tx) => photosFor(tx, actor.regionId, [content]));
  return renderLettersPdf(
    [{ content, photos: new Map([...photos].map(([k, v]) => [k, v.data])), webUrl: null }],
    'Mina kontakter',
  );
}
