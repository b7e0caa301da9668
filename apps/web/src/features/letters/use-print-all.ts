import type { CreatedLetter, LetterDay } from '@lotsa/contracts';
import { endpoints } from '@lotsa/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { call } from '../../lib/api.ts';
import { useSignedInMe } from '../../lib/session.ts';
import type { PrintRun } from './print-run.ts';
import { fetchLettersPdf, tokenOf } from './use-letters.ts';

/**
 * "Skriv ut alla": makes the letters of each of the day's visits, one request at a time in one batch,
 * then one PDF of them all (its address is released when the run is replaced or the page goes).
 */
export function usePrintAll() {
  const me = useSignedInMe();
  const qc = useQueryClient();
  const [run, setRun] = useState<PrintRun>({ state: 'idle' });

  useEffect(
    () => () => {
      if (run.state === 'ready') URL.revokeObjectURL(run.url);
    },
    [run],
  );

  const printAll = async (bookings: LetterDay['bookings']) => {
    const batchId = crypto.randomUUID();
    const made: CreatedLetter[] = [];
    for (const [i, b] of bookings.entries()) {
      setRun({ state: 'running', done: i, total: bookings.length, current: b.patientName });
      try {
        made.push(
          ...(await call(endpoints.letters.createLetters, {
            params: { id: b.bookingId },
            body: { batchId },
          })),
        );
      } catch (error) {
        setRun({ state: 'failed', error, done: i, total: bookings.length });
        return;
      }
    }
    setRun({ state: 'pdf', total: bookings.length });
    try {
      const blob = await fetchLettersPdf(
        made.map((l) => ({ id: l.id, token: tokenOf(l) })),
        me.csrfToken,
      );
      await qc.invalidateQueries({ queryKey: ['letters'] });
      setRun({ state: 'ready', url: URL.createObjectURL(blob), count: made.length });
    } catch (error) {
      setRun({ state: 'failed', error, done: bookings.length, total: bookings.length });
    }
  };

  return {
    run,
    busy: run.state === 'running' || run.state === 'pdf',
    printAll,
    reset: () => setRun({ state: 'idle' }),
  };
}
