import {
  type AdaptationItemLike,
  adaptationCode,
  type BookingStatus,
  type Feature,
  type SchedulingRequirements,
} from '@lotsa/contracts';
import { addDaysToLocalDate, addMonthsToLocalDate } from '../../lib/time.ts';

/** The annual health check: due twelve months after the last one. */
export const RECALL_INTERVAL_MONTHS = 12;
/** The visit type whose completed bookings count as health checks. */
export const HEALTH_CHECK_CODE = 'health_check';
/** Why a hold that ran out was cancelled. */
export const HOLD_EXPIRED_REASON = 'Reservationen gick ut';
/** Why a rescheduled booking was cancelled, when the booker gave no reason. */
export const RESCHEDULED_REASON = 'Ombokad';

// Local-date arithmetic is shared (lib/time.ts); re-exported for the module's many callers.
export { addDaysToLocalDate, addMonthsToLocalDate };

/**
 * Pure: when the next health check is due. Twelve months after the last completed one (a check on
 * 29 February is due on 28 February, one on 31 March on 31 March); before the first one, at once on
 * enrolment. Null when neither is known.
 */
export function recallDueDate(last: string | null, enrolledOn: string | null): string | null {
  if (last) return addMonthsToLocalDate(last, RECALL_INTERVAL_MONTHS);
  return enrolledOn;
}

/**
 * The local dates of a recurring visit: the first date on or after `fromDate` that falls on the
 * recurrence's weekday (1 = Monday), then every `everyWeeks` weeks, `count` dates in all.
 */
export function seriesDates(
  fromDate: string,
  recurrence: { everyWeeks: number; weekday: number },
  count: number,
): string[] {
  const weekday = new Date(`${fromDate}T00:00:00Z`).getUTCDay() || 7;
  const first = addDaysToLocalDate(fromDate, (recurrence.weekday - weekday + 7) % 7);
  return Array.from({ length: count }, (_, i) => addDaysToLocalDate(first, i * 7 * recurrence.everyWeeks));
}

export type RecallStatus = 'overdue' | 'due' | 'upcoming';

/** Pure: overdue before today; due from today up to `withinWeeks` weeks ahead; upcoming after that. */
export function recallStatus(dueDate: string, today: string, withinWeeks: number): RecallStatus {
  if (dueDate < today) return 'overdue';
  if (dueDate <= addDaysToLocalDate(today, withinWeeks * 7)) return 'due';
  return 'upcoming';
}

const FEATURE_WORDS: Record<Feature, string> = {
  wide_bench: 'bred brits',
  floor_lift: 'golvlyft',
  ceiling_lift: 'taklyft',
  hearing_loop: 'hörslinga',
  low_stimulus: 'lågstimulerande rum',
  wheelchair_scale: 'rullstolsvåg',
  height_adjustable_bench: 'höj- och sänkbar brits',
  separate_entrance: 'egen ingång',
};

/** Pure: the requirements in short Swedish words for lists and banners: "golvlyft, bred brits, 60 min". */
export function summariseRequirements(r: SchedulingRequirements): string[] {
  const words = r.roomFeatures.map((f) => FEATURE_WORDS[f as Feature] ?? f);
  if (r.minDurationMinutes) words.push(`${r.minDurationMinutes} min`);
  if (r.timeWindow) words.push(`kl. ${r.timeWindow.from}–${r.timeWindow.to}`);
  if (r.sameStaff) words.push('samma personal');
  if (r.companion.required) words.push('medföljare');
  if (r.interpreter) words.push(r.interpreter.language ? `tolk (${r.interpreter.language})` : 'tolk');
  if (r.signInterpreter) words.push('teckenspråkstolk');
  if (r.waitOutside) words.push('väntar utanför');
  return words;
}

/** Pure: the labels of the red ("must know") items of a passport, in Swedish, in the passport's order. */
export function criticalLabels(items: readonly AdaptationItemLike[]): string[] {
  const labels: string[] = [];
  for (const item of items) {
    const code = adaptationCode(item.code);
    if (code?.level === 'red' && !labels.includes(code.sv)) labels.push(code.sv);
  }
  return labels;
}

export type BookingAction = 'confirm' | 'release' | 'cancel' | 'no_show' | 'complete' | 'reschedule';

export interface BookingState {
  status: BookingStatus;
  start: Date;
  holdExpiresAt: Date | null;
}

/** Why a booking action is refused: the HTTP status and the catalogue code (its text in both languages). */
export interface BookingProblem {
  status: 409 | 410;
  code: 'hold_expired' | 'not_held' | 'booking_closed' | 'not_booked' | 'not_started';
}

const isExpiredHold = (b: BookingState, now: Date) =>
  b.status === 'held' && b.holdExpiresAt !== null && b.holdExpiresAt.getTime() <= now.getTime();

/**
 * Pure: may this action be taken on a booking now? A hold can be confirmed or released until it
 * expires (then confirming is 410 Gone); cancel and reschedule apply to held and booked visits; no-show
 * and complete only to a booked visit that has started.
 */
export function checkBookingAction(b: BookingState, action: BookingAction, now: Date): BookingProblem | null {
  const closed = ['cancelled', 'no_show', 'completed'].includes(b.status);
  if (action === 'confirm') {
    if (b.status === 'booked') return null;
    if (b.status !== 'held' || isExpiredHold(b, now))
      return {
        status: 410,
        code: 'hold_expired',
      };
    return null;
  }
  if (action === 'release') {
    if (b.status !== 'held')
      return {
        status: 409,
        code: 'not_held',
      };
    return null;
  }
  if (closed || isExpiredHold(b, now))
    return {
      status: 409,
      code: 'booking_closed',
    };
  if ((action === 'no_show' || action === 'complete') && b.status !== 'booked')
    return {
      status: 409,
      code: 'not_booked',
    };
  if ((action === 'no_show' || action === 'complete') && b.start.getTime() > now.getTime())
    return {
      status: 409,
      code: 'not_started',
    };
  return null;
}
