import type { Booking, RecallItem } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import type { BookManyResult } from './use-book-many.ts';
import { bookableItems, toggled } from './use-recall-selection.ts';

const item = (patientId: string, bookedBookingId: string | null = null) =>
  ({ patientId, bookedBookingId }) as RecallItem;

describe('the recall selection', () => {
  it('leaves out who is booked already or was booked by this run, not who failed', () => {
    const results = new Map<string, BookManyResult>([
      ['b', { state: 'booked', booking: { id: 'x' } as Booking }],
      ['c', { state: 'failed', why: 'Inget ledigt' }],
    ]);
    const items = [item('a'), item('b'), item('c'), item('d', 'booking-1')];
    expect(bookableItems(items, results).map((i) => i.patientId)).toEqual(['a', 'c']);
  });

  it('ticks and unticks in a new set', () => {
    const start = new Set(['a']);
    expect([...toggled(start, 'b', true)]).toEqual(['a', 'b']);
    expect([...toggled(start, 'a', false)]).toEqual([]);
    expect([...start]).toEqual(['a']);
  });
});
