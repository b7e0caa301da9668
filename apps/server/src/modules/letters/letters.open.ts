import {
  type Booking,
  type LetterChange,
  type LetterContent,
  type LetterSummary,
  lixLevel,
  type Patient,
} from '@lotsa/contracts';
import type { Db, Tx } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { notFound } from '../../lib/errors.ts';
import {
  factsFor,
  inLetterTransaction,
  type LetterBasis,
  type LetterTransactionOptions,
  loadLetterBasis,
  patientBookings,
} from './letters.basis.ts';
import {
  type BookingNow,
  compareWithBooking,
  currentBookingOf,
  thawFacts,
  UnreadableFactsError,
} from './letters.frozen.ts';
import type { Recipient } from './letters.recipients.ts';
import type * as repo from './letters.repository.ts';
import { type LetterFacts, renderLetter } from './letters.template.ts';

/**
 * Opening a letter that was made earlier: from its frozen facts (`letters.facts`), or — for a letter
 * made before letters were frozen — rebuilt from the booking as it is now, as before. Either way the
 * letter is compared with where its visit is now (`compareWithBooking`).
 */

export function recipientOf(basis: LetterBasis, row: repo.LetterRow): Recipient {
  const found = basis.recipients.find(
    (r) => r.kind === row.recipient && r.representativeId === row.representativeId,
  );
  if (found) return found;
  // The representative no longer receives letters: the copy is printed without an address.
  return {
    kind: row.recipient as Recipient['kind'],
    representativeId: row.representativeId,
    name:
      row.recipient === 'patient'
        ? `${basis.patient.givenName} ${basis.patient.familyName}`
        : (basis.patient.representatives.find((r) => r.id === row.representativeId)?.name ?? 'Företrädare'),
    addressLines: [],
  };
}

export interface LetterNames {
  patientName: string;
  recipientName: string;
  visitStart: string;
  visitTypeName: string;
  change: LetterChange;
}

export function toSummary(row: repo.LetterRow, v: LetterNames): LetterSummary {
  return {
    id: row.id,
    bookingId: row.bookingId,
    patientId: row.patientId,
    patientName: v.patientName,
    recipient: row.recipient as LetterSummary['recipient'],
    recipientName: v.recipientName,
    variant: row.variant as LetterSummary['variant'],
    lix: row.lix,
    lixLevel: lixLevel(row.lix),
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    sentVia: (row.sentVia as LetterSummary['sentVia']) ?? null,
    sentAt: row.sentAt?.toISOString() ?? null,
    visitStart: v.visitStart,
    visitTypeName: v.visitTypeName,
    batchId: row.batchId,
    change: v.change,
  };
}

/** The log entry of a letter from the facts it was (or is, when rebuilt) made of. */
export const summaryOfFacts = (row: repo.LetterRow, facts: LetterFacts, change: LetterChange) =>
  toSummary(row, {
    patientName: `${facts.patient.givenName} ${facts.patient.familyName}`,
    recipientName: facts.recipient.name,
    visitStart: facts.visit.start.toISOString(),
    visitTypeName: facts.visit.name,
    change,
  });

/** The facts stored with a letter, or null when there are none or they cannot be read (lists only). */
export function readFactsLeniently(row: repo.LetterRow): LetterFacts | null {
  if (row.facts === null) return null;
  try {
    return thawFacts(row.facts);
  } catch (err) {
    if (err instanceof UnreadableFactsError) return null;
    throw err;
  }
}

/**
 * A letter's log entry without opening its content, for lists: the frozen facts when readable, else
 * the booking the letter was made for (what a rebuilt letter would say). A damaged letter does not
 * stop the list; opening it gives the clear error.
 */
export function summaryForList(
  row: repo.LetterRow,
  booking: Pick<Booking, 'start' | 'unitId' | 'location' | 'visitTypeName'>,
  now: BookingNow | null,
  names: { patientName: string; representatives: Patient['representatives'] | null },
): LetterSummary {
  const facts = readFactsLeniently(row);
  if (facts) return summaryOfFacts(row, facts, compareWithBooking(facts, now));
  const recipientName =
    row.recipient === 'patient'
      ? names.patientName
      : (names.representatives?.find((r) => r.id === row.representativeId)?.name ?? 'Företrädare');
  return toSummary(row, {
    patientName: names.patientName,
    recipientName,
    visitStart: booking.start,
    visitTypeName: booking.visitTypeName,
    change: compareWithBooking(
      { visit: { start: new Date(booking.start), location: booking.location }, unit: { id: booking.unitId } },
      now,
    ),
  });
}

export interface OpenedLetter {
  facts: LetterFacts;
  content: LetterContent;
  change: LetterChange;
  summary: LetterSummary;
  /** The unit's phone number as the letter gives it. */
  unitPhone: string | null;
}

function opened(row: repo.LetterRow, facts: LetterFacts, now: BookingNow | null): OpenedLetter {
  const change = compareWithBooking(facts, now);
  return {
    facts,
    content: renderLetter(facts),
    change,
    summary: summaryOfFacts(row, facts, change),
    unitPhone: facts.unit.phone,
  };
}

/**
 * Every later view of a letter (staff view, PDF, the web page, mark as sent) goes through here, in
 * the letter's audited transaction on the patient (entity `letter`). Frozen facts that cannot be
 * read are `UnreadableFactsError` (500 `letter_facts_unreadable`, with no stack and no values).
 */
export async function openLetter<T>(
  db: Db,
  actor: Actor,
  row: repo.LetterRow,
  opts: LetterTransactionOptions,
  work: (tx: Tx, letter: OpenedLetter) => Promise<{ value: T; detail?: Record<string, unknown> }>,
): Promise<T> {
  const bookings = await patientBookings(db, actor, row.patientId);
  if (!bookings.some((b) => b.id === row.bookingId)) throw notFound('letter');
  const now = currentBookingOf(bookings, row.bookingId);
  if (row.facts !== null) {
    const facts = thawFacts(row.facts);
    return inLetterTransaction(db, actor, row, opts, (tx) => work(tx, opened(row, facts, now)));
  }
  return loadLetterBasis(db, actor, row.bookingId, { ...opts, anyStatus: true }, (tx, basis) =>
    work(
      tx,
      opened(row, factsFor(basis, recipientOf(basis, row), row.variant as LetterFacts['variant']), now),
    ),
  );
}
