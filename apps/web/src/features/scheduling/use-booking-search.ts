import type { Proposal, SearchRequest } from '@lotsa/contracts';
import { useState } from 'react';
import { useSlotSearch } from './use-scheduling.ts';

export type Relax = 'staff' | 'time_window' | 'equipment';
const START_WEEKS = 8;
const START_LIMIT = 10;

/**
 * The booking page's search: how far ahead and how many proposals, what was relaxed when nothing fit,
 * and proposals the server sent instead (a 409's alternatives). `visitTypeId` null pauses it.
 */
export function useBookingSearch(patientId: string, visitTypeId: string | null) {
  const [weeks, setWeeks] = useState(START_WEEKS);
  const [limit, setLimit] = useState(START_LIMIT);
  const [relax, setRelax] = useState<Relax[]>([]);
  /** Proposals the server sent instead of the search's (a 409), with why. */
  const [replaced, setReplaced] = useState<{ proposals: Proposal[]; why: 'conflict' } | null>(null);
  const [notice, setNotice] = useState<'expired' | null>(null);

  const body: SearchRequest | null = visitTypeId ? { patientId, visitTypeId, weeks, limit, relax } : null;
  const search = useSlotSearch(body);

  const reset = () => {
    setWeeks(START_WEEKS);
    setLimit(START_LIMIT);
    setRelax([]);
    setReplaced(null);
    setNotice(null);
  };
  const moreWeeks = () => {
    setWeeks((w) => Math.min(26, w + 8));
    setLimit((l) => Math.min(50, l + 10));
    setReplaced(null);
    setNotice(null);
  };
  const relaxBy = (r: 'weeks' | Relax) => {
    if (r === 'weeks') moreWeeks();
    else setRelax((cur) => (cur.includes(r) ? cur : [...cur, r]));
    setReplaced(null);
  };

  return {
    search,
    weeks,
    relax,
    replaced,
    notice,
    /** The search is on, and showing a new answer is still on its way. */
    loading: body !== null && (search.isPending || (search.isPlaceholderData && search.isFetching)),
    proposals: replaced?.proposals ?? search.data?.proposals ?? [],
    explanation: replaced ? null : (search.data?.explanation ?? null),
    reset,
    moreWeeks,
    relaxBy,
    replaceWith: (proposals: Proposal[]) => setReplaced({ proposals, why: 'conflict' }),
    clearReplaced: () => setReplaced(null),
    setNotice,
  };
}

export type BookingSearch = ReturnType<typeof useBookingSearch>;
