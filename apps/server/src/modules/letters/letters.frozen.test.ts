import { renderAnyMessage } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import {
  type BookingNow,
  changeNotice,
  compareWithBooking,
  currentBookingOf,
  earlierBookingsOf,
  freezeFacts,
  LINK_DAYS_AFTER_VISIT,
  linkValidUntil,
  thawFacts,
  UnreadableFactsError,
} from './letters.frozen.ts';
import { lix } from './letters.lix.ts';
import { type LetterFacts, renderLetter } from './letters.template.ts';

const UNIT = '00000000-0000-4000-8000-0000000000a1';
const START = new Date('2026-12-01T08:30:00Z'); // tisdag den 1 december, halv tio

const facts = (over: Partial<LetterFacts> = {}): LetterFacts => ({
  variant: 'easy_read',
  recipient: { kind: 'representative', name: 'Karin Berg', addressLines: ['Storgatan 1', '692 30 Kumla'] },
  patient: { givenName: 'Anna', familyName: 'Lind' },
  visit: {
    code: 'health_check',
    name: 'Hälsokontroll',
    location: 'clinic',
    start: START,
    end: new Date('2026-12-01T10:00:00Z'),
  },
  steps: [
    {
      pictogram: 'meet_nurse',
      label: 'Sjuksköterskan: vikt, blodtryck och blodprov',
      start: START,
      staff: { id: 'staff-1', givenName: 'Sanna', familyName: 'Sköterman', profession: 'nurse' },
    },
    { pictogram: 'talk', start: new Date('2026-12-01T09:15:00Z'), staff: null },
  ],
  unit: {
    id: UNIT,
    name: 'Kumla vårdcentral',
    address: 'Vårdvägen 2',
    phone: '019-58 70 00',
    hasEntrance: true,
  },
  contact: { givenName: 'Sanna', phone: '019-58 70 11' },
  ...over,
});

/** What the database gives back: the JSON text of the value, parsed again. */
const throughJson = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe('frozen facts', () => {
  it('survive JSON and render the same letter (every variant)', () => {
    for (const variant of ['easy_read', 'plain', 'large_print'] as const) {
      const f = facts({ variant });
      const back = thawFacts(throughJson(freezeFacts(f)));
      expect(back).toEqual(f);
      expect(back.visit.start).toBeInstanceOf(Date);
      expect(back.steps[0]!.start).toBeInstanceOf(Date);
      expect(renderLetter(back)).toEqual(renderLetter(f));
    }
  });

  it('keep a step without label or staff, and a letter without contact or unit phone', () => {
    const f = facts({
      contact: null,
      unit: { id: UNIT, name: 'Kumla', address: null, phone: null, hasEntrance: false },
      steps: [{ pictogram: 'arrive', start: START, staff: null }],
    });
    const stored = freezeFacts(f);
    expect(stored.steps[0]).not.toHaveProperty('label');
    expect(thawFacts(throughJson(stored))).toEqual(f);
    expect(renderLetter(thawFacts(throughJson(stored)))).toEqual(renderLetter(f));
  });

  it('store dates as ISO strings, with a version', () => {
    const stored = freezeFacts(facts());
    expect(stored.version).toBe(1);
    expect(stored.visit.start).toBe('2026-12-01T08:30:00.000Z');
  });

  it('a damaged value is a clear error naming the broken fields, not a crash', () => {
    const good = throughJson(freezeFacts(facts())) as Record<string, unknown>;
    const cases: unknown[] = [
      null,
      'not facts',
      42,
      {},
      { ...good, version: 2 },
      { ...good, visit: { ...(good.visit as object), start: 'yesterday' } },
      { ...good, steps: [{ pictogram: 'dance', start: '2026-12-01T08:30:00Z', staff: null }] },
      { ...good, unit: undefined },
    ];
    for (const c of cases) {
      let caught: unknown;
      try {
        thawFacts(c);
      } catch (err) {
        caught = err;
      }
      expect(caught).toBeInstanceOf(UnreadableFactsError);
      const e = caught as UnreadableFactsError;
      expect(e.status).toBe(500);
      expect(e.code).toBe('letter_facts_unreadable');
      expect(renderAnyMessage('sv', e.code, e.params)).toContain('Skriv en ny kallelse');
    }
    try {
      thawFacts({ ...good, visit: { ...(good.visit as object), start: 'yesterday' } });
    } catch (err) {
      expect((err as UnreadableFactsError).paths).toEqual(['visit.start']);
    }
  });
});

const booking = (over: Partial<BookingNow> = {}): BookingNow => ({
  id: 'b1',
  status: 'booked',
  start: START.toISOString(),
  unitId: UNIT,
  location: 'clinic',
  rescheduledFromId: null,
  ...over,
});

describe('has the visit changed since the letter?', () => {
  const letter = facts();

  it('same: the booking as the letter says (booked, held or already done)', () => {
    expect(compareWithBooking(letter, booking())).toEqual({ state: 'same', start: null });
    expect(compareWithBooking(letter, booking({ status: 'held' })).state).toBe('same');
    expect(compareWithBooking(letter, booking({ status: 'completed' })).state).toBe('same');
    // The same instant written with an offset.
    expect(compareWithBooking(letter, booking({ start: '2026-12-01T09:30:00+01:00' })).state).toBe('same');
  });

  it('moved: another start, another unit or another kind of place; says the new time', () => {
    const later = '2026-12-08T09:00:00.000Z';
    expect(compareWithBooking(letter, booking({ start: later }))).toEqual({ state: 'moved', start: later });
    expect(compareWithBooking(letter, booking({ start: '2026-12-01T08:31:00Z' })).state).toBe('moved');
    expect(compareWithBooking(letter, booking({ unitId: 'other-unit' }))).toEqual({
      state: 'moved',
      start: START.toISOString(),
    });
    expect(compareWithBooking(letter, booking({ location: 'home' })).state).toBe('moved');
  });

  it('cancelled: cancelled, no-show, or no booking at all', () => {
    expect(compareWithBooking(letter, booking({ status: 'cancelled' }))).toEqual({
      state: 'cancelled',
      start: null,
    });
    expect(compareWithBooking(letter, booking({ status: 'no_show' })).state).toBe('cancelled');
    expect(compareWithBooking(letter, null).state).toBe('cancelled');
  });

  it('follows reschedules to the newest booking, and back to the earlier ones', () => {
    const list = [
      booking({ id: 'b1', status: 'cancelled' }),
      booking({ id: 'b2', status: 'cancelled', rescheduledFromId: 'b1', start: '2026-12-03T08:00:00Z' }),
      booking({ id: 'b3', rescheduledFromId: 'b2', start: '2026-12-08T09:00:00Z' }),
      booking({ id: 'x', start: '2027-01-01T08:00:00Z' }),
    ];
    expect(currentBookingOf(list, 'b1')?.id).toBe('b3');
    expect(currentBookingOf(list, 'b3')?.id).toBe('b3');
    expect(currentBookingOf(list, 'nope')).toBeNull();
    expect(compareWithBooking(letter, currentBookingOf(list, 'b1'))).toEqual({
      state: 'moved',
      start: '2026-12-08T09:00:00.000Z',
    });
    expect(earlierBookingsOf(list, 'b3')).toEqual(['b3', 'b2', 'b1']);
    expect(earlierBookingsOf(list, 'x')).toEqual(['x']);
    // Moved, then the new visit cancelled: cancelled.
    const cancelledAfter = [list[0]!, booking({ id: 'b2', status: 'cancelled', rescheduledFromId: 'b1' })];
    expect(compareWithBooking(letter, currentBookingOf(cancelledAfter, 'b1')).state).toBe('cancelled');
    // A loop in bad data ends.
    const loop = [booking({ id: 'a', rescheduledFromId: 'b' }), booking({ id: 'b', rescheduledFromId: 'a' })];
    expect(currentBookingOf(loop, 'a')).not.toBeNull();
    expect(earlierBookingsOf(loop, 'a')).toEqual(['a', 'b']);
  });
});

describe('the notice on the letter’s web page', () => {
  it('nothing when the visit is as the letter says', () => {
    expect(changeNotice({ state: 'same', start: null }, '019-58 70 00')).toBeNull();
  });

  it('moved: the new time as people say it, and the number; easy read', () => {
    const n = changeNotice({ state: 'moved', start: '2026-12-08T09:00:00.000Z' }, '019-58 70 00')!;
    expect(n.state).toBe('moved');
    expect(n.heading).toBe('Tiden är ändrad');
    expect(n.lines).toContain('Den nya tiden är tisdag den 8 december klockan tio.');
    expect(n.lines.join(' ')).toContain('019-58 70 00');
    for (const l of n.lines) expect(l.split(' ').length).toBeLessThanOrEqual(15);
    expect(lix([n.heading, ...n.lines].join('\n'))).toBeLessThan(40);
  });

  it('cancelled: says so, and the number when there is one', () => {
    const n = changeNotice({ state: 'cancelled', start: null }, '019-58 70 00')!;
    expect(n.heading).toBe('Besöket är inställt');
    expect(n.lines[0]).toBe('Besöket är inställt.');
    expect(n.lines).toContain('Numret är 019-58 70 00.');
    const noPhone = changeNotice({ state: 'cancelled', start: null }, null)!;
    expect(noPhone.lines.join(' ')).not.toContain('Numret');
    for (const l of n.lines) expect(l.split(' ').length).toBeLessThanOrEqual(15);
  });
});

describe('how long the letter’s web link works', () => {
  const visit = { start: new Date('2027-01-11T08:00:00Z'), end: new Date('2027-01-11T09:00:00Z') };
  const stored = new Date('2027-01-25T09:00:00Z'); // 14 days after the visit

  it('14 days after the visit while it is as the letter says, or cancelled', () => {
    expect(linkValidUntil(stored, visit, { state: 'same', start: null })).toEqual(stored);
    expect(linkValidUntil(stored, visit, { state: 'cancelled', start: null })).toEqual(stored);
  });

  it('14 days after the new visit’s end when the visit was moved later (same length)', () => {
    const moved = linkValidUntil(stored, visit, { state: 'moved', start: '2027-03-01T08:00:00.000Z' });
    expect(moved.toISOString()).toBe('2027-03-15T09:00:00.000Z');
    expect(LINK_DAYS_AFTER_VISIT).toBe(14);
  });

  it('never shorter than before when the visit was moved earlier', () => {
    expect(linkValidUntil(stored, visit, { state: 'moved', start: '2027-01-04T08:00:00.000Z' })).toEqual(
      stored,
    );
  });
});
