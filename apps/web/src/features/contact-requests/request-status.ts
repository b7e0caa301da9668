import { type ContactRequest, REQUEST_STATUSES } from '@lotsa/contracts';
import { formatDateTime } from '../../lib/format.ts';

type Status = ContactRequest['status'];

/** The statuses a request may move to from `from` (the server checks the same). */
export function nextStatuses(from: Status): Status[] {
  if (from === 'done') return ['done', 'in_progress'];
  return REQUEST_STATUSES.filter((s) => s !== 'new' || from === 'new');
}

/** The badge colour of an urgency. */
export const URGENCY_COLOR = { urgent: 'red.8', today: 'yellow.4', normal: 'gray.7' } as const;

/** A moment to the minute, `2026-03-02 14:05`. */
export const minutes = (iso: string) => formatDateTime(iso).slice(0, 16);
