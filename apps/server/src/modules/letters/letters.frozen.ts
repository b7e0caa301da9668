import {
  type Booking,
  type LetterChange,
  type LetterNotice,
  ZLetterVariant,
  ZProfession,
  ZStepPictogram,
  ZVisitLocation,
  ZVisitTypeCode,
} from '@lotsa/contracts';
import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import type { LetterFacts } from './letters.template.ts';
import { sayDate, sayTime } from './letters.words.ts';

/**
 * Pure: a letter frozen as it was made. `freezeFacts` turns the template's facts into JSON (dates as
 * ISO strings) for `letters.facts`; `thawFacts` parses them back with a schema, so a damaged value is
 * a clear error, never a crash deep in the template. `compareWithBooking` says whether the visit is
 * still as the letter says; `changeNotice` says so in easy-read Swedish for the letter's web page.
 */

/** Bumped when the stored shape changes; old versions stay readable by their own schema. */
export const FACTS_VERSION = 1;

const ZInstant = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const ZStaff = z.object({
  id: z.string().min(1),
  givenName: z.string(),
  familyName: z.string(),
  profession: ZProfession,
});

export const ZStoredFacts = z.object({
  version: z.literal(FACTS_VERSION),
  variant: ZLetterVariant,
  recipient: z.object({
    kind: z.enum(['patient', 'representative']),
    name: z.string(),
    addressLines: z.array(z.string()),
  }),
  patient: z.object({ givenName: z.string(), familyName: z.string() }),
  visit: z.object({
    code: ZVisitTypeCode,
    name: z.string(),
    location: ZVisitLocation,
    start: ZInstant,
    end: ZInstant,
  }),
  steps: z.array(
    z.object({
      pictogram: ZStepPictogram,
      label: z.string().optional(),
      start: ZInstant,
      staff: ZStaff.nullable(),
    }),
  ),
  unit: z.object({
    id: z.string().min(1),
    name: z.string(),
    address: z.string().nullable(),
    phone: z.string().nullable(),
    hasEntrance: z.boolean(),
  }),
  contact: z.object({ givenName: z.string().nullable(), phone: z.string() }).nullable(),
});
/** What `letters.facts` holds: JSON only (dates as ISO strings). */
export type StoredFacts = z.input<typeof ZStoredFacts>;

/** The facts as JSON for `letters.facts`. */
export function freezeFacts(f: LetterFacts): StoredFacts {
  return {
    version: FACTS_VERSION,
    variant: f.variant,
    recipient: {
      kind: f.recipient.kind,
      name: f.recipient.name,
      addressLines: [...f.recipient.addressLines],
    },
    patient: { givenName: f.patient.givenName, familyName: f.patient.familyName },
    visit: {
      code: f.visit.code,
      name: f.visit.name,
      location: f.visit.location,
      start: f.visit.start.toISOString(),
      end: f.visit.end.toISOString(),
    },
    steps: f.steps.map((s) => ({
      pictogram: s.pictogram,
      ...(s.label !== undefined ? { label: s.label } : {}),
      start: s.start.toISOString(),
      staff: s.staff
        ? {
            id: s.staff.id,
            givenName: s.staff.givenName,
            familyName: s.staff.familyName,
            profession: s.staff.profession,
          }
        : null,
    })),
    unit: { ...f.unit },
    contact: f.contact ? { givenName: f.contact.givenName, phone: f.contact.phone } : null,
  };
}

/** The stored facts could not be read back: the letter cannot be shown as it was sent. */
export class UnreadableFactsError extends AppError {
  constructor(readonly paths: string[]) {
    super(500, 'letter_facts_unreadable', { reader: 'staff' });
  }
}

/** The facts back from `letters.facts`; a damaged value throws `UnreadableFactsError` (paths only, no values). */
export function thawFacts(stored: unknown): LetterFacts {
  const parsed = ZStoredFacts.safeParse(stored);
  if (!parsed.success) throw new UnreadableFactsError(parsed.error.issues.map((i) => i.path.join('.')));
  const { version: _version, ...facts } = parsed.data;
  return facts;
}

// --- Has the visit changed since? ---------------------------------------------------------------------

/** What of a booking matters to the patient: when, where, and whether it happens at all. */
export type BookingNow = Pick<
  Booking,
  'id' | 'status' | 'start' | 'unitId' | 'location' | 'rescheduledFromId'
>;

/**
 * The booking the visit lives on now: follows "rescheduled from" links from the letter's booking to
 * the newest one (a reschedule cancels the old booking and makes a new one). `bookings` are the
 * patient's bookings; the letter's own booking when there is no newer one.
 */
export function currentBookingOf<B extends BookingNow>(bookings: readonly B[], bookingId: string): B | null {
  let current = bookings.find((b) => b.id === bookingId) ?? null;
  const seen = new Set<string>();
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    const id: string = current.id;
    const next = bookings.find((b) => b.rescheduledFromId === id);
    if (!next) break;
    current = next;
  }
  return current;
}

/** The booking and the ones it was rescheduled from, newest first: the letters of one visit. */
export function earlierBookingsOf(bookings: readonly BookingNow[], bookingId: string): string[] {
  const out: string[] = [];
  let id: string | null = bookingId;
  while (id && !out.includes(id)) {
    out.push(id);
    const at: string = id;
    id = bookings.find((b) => b.id === at)?.rescheduledFromId ?? null;
  }
  return out;
}

/**
 * 'same' | 'moved' | 'cancelled': the letter's frozen visit against the booking as it is now (the end
 * of the reschedule chain). Cancelled or no-show → cancelled; another start, unit or kind of place →
 * moved (with the new start); a completed visit is as the letter said. No booking found → cancelled.
 */
export function compareWithBooking(
  letter: { visit: Pick<LetterFacts['visit'], 'start' | 'location'>; unit: Pick<LetterFacts['unit'], 'id'> },
  now: BookingNow | null,
): LetterChange {
  if (!now || now.status === 'cancelled' || now.status === 'no_show')
    return { state: 'cancelled', start: null };
  const moved =
    new Date(now.start).getTime() !== letter.visit.start.getTime() ||
    now.unitId !== letter.unit.id ||
    now.location !== letter.visit.location;
  return moved
    ? { state: 'moved', start: new Date(now.start).toISOString() }
    : { state: 'same', start: null };
}

/** Days a letter's web link keeps working after the visit. */
export const LINK_DAYS_AFTER_VISIT = 14;

/**
 * Until when a letter's web link works: `LINK_DAYS_AFTER_VISIT` days after the visit it was made for
 * (`expiresAt`, stored), or after the visit's new end when the visit was moved later, so a patient who
 * scans an old letter before the new time still reads the notice with the new time.
 */
export function linkValidUntil(
  expiresAt: Date,
  visit: Pick<LetterFacts['visit'], 'start' | 'end'>,
  change: LetterChange,
): Date {
  if (change.state !== 'moved' || !change.start) return expiresAt;
  const newEnd = Date.parse(change.start) + (visit.end.getTime() - visit.start.getTime());
  return new Date(Math.max(expiresAt.getTime(), newEnd + LINK_DAYS_AFTER_VISIT * 86_400_000));
}

/**
 * The notice above the letter on its web page, in easy read: short sentences, the day and time as
 * people say them, the unit's number. Null when nothing changed. Says nothing the letter does not
 * already say, except the new time.
 */
export function changeNotice(change: LetterChange, phone: string | null): LetterNotice | null {
  if (change.state === 'same') return null;
  const call = phone ? ['Ring oss om du har frågor.', `Numret är ${phone}.`] : ['Ring oss om du har frågor.'];
  if (change.state === 'cancelled')
    return {
      state: 'cancelled',
      heading: 'Besöket är inställt',
      lines: ['Besöket är inställt.', 'Kallelsen nedanför gäller inte längre.', ...call],
    };
  const at = new Date(change.start!);
  return {
    state: 'moved',
    heading: 'Tiden är ändrad',
    lines: [
      'Tiden är ändrad.',
      `Den nya tiden är ${sayDate(at)} ${sayTime(at)}.`,
      'Kallelsen nedanför visar den gamla tiden.',
      ...call,
    ],
  };
}
