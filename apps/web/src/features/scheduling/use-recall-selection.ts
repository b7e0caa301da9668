import type { RecallItem } from '@lotsa/contracts';
import { useState } from 'react';
import type { BookManyResult } from './use-book-many.ts';

/** The rows that can still be booked: not booked before, and not booked by this run. */
export function bookableItems(
  items: readonly RecallItem[],
  results: ReadonlyMap<string, BookManyResult>,
): RecallItem[] {
  return items.filter((i) => !i.bookedBookingId && !results.get(i.patientId)?.booking);
}

/** The set with `id` in it (`on`) or out of it, as a new set. */
export function toggled(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}

/**
 * The recall list's ticked rows: only bookable rows count, so a row booked meanwhile drops out of
 * "Boka valda" by itself.
 */
export function useRecallSelection(
  items: readonly RecallItem[],
  results: ReadonlyMap<string, BookManyResult>,
) {
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const bookable = bookableItems(items, results);
  const chosen = bookable.filter((i) => selected.has(i.patientId));
  const allChosen = bookable.length > 0 && chosen.length === bookable.length;
  return {
    bookable,
    chosen,
    allChosen,
    isSelected: (id: string) => selected.has(id),
    toggle: (id: string, on: boolean) => setSelected((cur) => toggled(cur, id, on)),
    /** Ticks every bookable row, or none. */
    setAll: (on: boolean) => setSelected(on ? new Set(bookable.map((i) => i.patientId)) : new Set()),
    clear: () => setSelected(new Set()),
  };
}

export type RecallSelection = ReturnType<typeof useRecallSelection>;
