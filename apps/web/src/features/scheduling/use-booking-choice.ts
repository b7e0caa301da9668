import type { Booking, Proposal } from '@lotsa/contracts';
import { useState } from 'react';
import type { BookingSearch } from './use-booking-search.ts';
import { conflictAlternatives, proposalRequest, useCreateBooking } from './use-scheduling.ts';

/**
 * What happens when the booker picks a proposal: a new booking holds the time (then the hold dialog
 * confirms it); a reschedule asks first (`moveTo`). A time someone took meanwhile replaces the list
 * with the server's alternatives; an expired hold searches again with a notice.
 */
export function useBookingChoice({
  patientId,
  visitTypeId,
  rescheduling,
  note,
  s,
  onDone,
}: {
  patientId: string;
  visitTypeId: string | null;
  rescheduling: boolean;
  note: string;
  s: BookingSearch;
  /** Booked or moved: the booking as it now stands. */
  onDone: (booking: Booking) => void;
}) {
  const [hold, setHold] = useState<Booking | null>(null);
  const [moveTo, setMoveTo] = useState<Proposal | null>(null);
  const create = useCreateBooking();

  const choose = (p: Proposal) => {
    s.setNotice(null);
    if (rescheduling) {
      setMoveTo(p);
      return;
    }
    if (!visitTypeId) return;
    create.mutate(
      {
        patientId,
        visitTypeId,
        proposal: proposalRequest(p),
        mode: 'hold',
        note,
        waiveRoomFeatures: s.relax.includes('equipment'),
      },
      {
        onSuccess: (b) => {
          s.clearReplaced();
          setHold(b);
        },
        onError: (err) => {
          const alternatives = conflictAlternatives(err);
          if (alternatives) s.replaceWith(alternatives);
        },
      },
    );
  };

  return {
    hold,
    moveTo,
    choose,
    /** The proposal being held right now (its button shows it), if any. */
    choosing:
      create.isPending && create.variables
        ? (s.proposals.find((p) => p.start === create.variables.proposal.start) ?? null)
        : null,
    /** Why holding failed, unless it was a conflict (the list shows the alternatives instead). */
    chooseError: conflictAlternatives(create.error) ? null : create.error,
    finished: (b: Booking) => {
      setHold(null);
      setMoveTo(null);
      onDone(b);
    },
    holdExpired: () => {
      setHold(null);
      s.clearReplaced();
      s.setNotice('expired');
      void s.search.refetch();
    },
    releaseHold: () => setHold(null),
    closeMove: () => setMoveTo(null),
  };
}
