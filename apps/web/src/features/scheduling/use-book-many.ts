import { type Booking, endpoints } from '@lotsa/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, call } from '../../lib/api.ts';
import { sayMessage } from '../../lib/messages.ts';
import { conflictAlternatives, proposalRequest, schedulingKeys } from './use-scheduling.ts';

const e = endpoints.scheduling;

export type BookManyResult =
  | { state: 'waiting' | 'working'; booking?: undefined }
  | { state: 'booked'; booking: Booking }
  | { state: 'failed'; why: string; booking?: undefined };

/**
 * Books a list of patients one at a time, each at the best proposal of a health-check search
 * (limit 1, then the first fresh alternative if someone took it first). Stoppable between patients.
 */
export function useBookMany(visitTypeId: string | null) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [results, setResults] = useState<Map<string, BookManyResult>>(new Map());
  const [total, setTotal] = useState(0);
  const [running, setRunning] = useState(false);
  const [stopped, setStopped] = useState(false);
  const stopRef = useRef(false);

  const put = useCallback(
    (id: string, r: BookManyResult) => setResults((cur) => new Map(cur).set(id, r)),
    [],
  );

  const bookOne = async (patientId: string, typeId: string): Promise<BookManyResult> => {
    const found = await call(e.searchSlots, { body: { patientId, visitTypeId: typeId, limit: 1 } });
    let proposal = found.proposals[0];
    if (!proposal) {
      const why = found.explanation?.reasons[0];
      return {
        state: 'failed',
        why: why ? sayMessage(why, i18n.language) : t('scheduling.recall.nothingFree'),
      };
    }
    for (let attempt = 0; attempt < 2 && proposal; attempt++) {
      try {
        const booking = await call(e.createBooking, {
          body: { patientId, visitTypeId: typeId, proposal: proposalRequest(proposal), mode: 'book' },
        });
        return { state: 'booked', booking };
      } catch (err) {
        const alternatives = conflictAlternatives(err);
        if (!alternatives) throw err;
        proposal = alternatives[0];
      }
    }
    return { state: 'failed', why: t('scheduling.book.conflict') };
  };

  const start = async (list: ReadonlyArray<{ patientId: string; patientName: string }>) => {
    if (!visitTypeId || list.length === 0) return;
    stopRef.current = false;
    setStopped(false);
    setRunning(true);
    setTotal(list.length);
    setResults(new Map(list.map((p) => [p.patientId, { state: 'waiting' } as BookManyResult])));
    for (const p of list) {
      if (stopRef.current) break;
      put(p.patientId, { state: 'working' });
      try {
        put(p.patientId, await bookOne(p.patientId, visitTypeId));
      } catch (err) {
        put(p.patientId, {
          state: 'failed',
          why: err instanceof ApiError ? err.problem.detail : String(err),
        });
      }
    }
    setRunning(false);
    if (stopRef.current) {
      setStopped(true);
      // Those never reached are simply not booked: clear their "waiting".
      setResults((cur) => new Map([...cur].filter(([, r]) => r.state !== 'waiting')));
    }
    await client.invalidateQueries({ queryKey: schedulingKeys.all });
  };

  const stop = () => {
    stopRef.current = true;
  };

  const all = [...results.values()];
  return {
    results,
    total,
    running,
    stopped,
    done: all.filter((r) => r.state === 'booked' || r.state === 'failed').length,
    booked: all.filter((r) => r.state === 'booked').length,
    start,
    stop,
  };
}
