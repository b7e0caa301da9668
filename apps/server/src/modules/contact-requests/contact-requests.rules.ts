import type { Message, REQUEST_STATUSES, ROUTED_TO, URGENCIES } from '@lotsa/contracts';

export type RoutedTo = (typeof ROUTED_TO)[number];
export type Urgency = (typeof URGENCIES)[number];
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** A staff member's absence: local dates (YYYY-MM-DD), both days included. */
export interface AbsenceLike {
  staffId: string;
  from: string;
  to: string;
}

export interface RoutingInput {
  fixedNurse: { staffId: string; standInStaffId: string | null } | null;
  absences: readonly AbsenceLike[];
  /** The Swedish date today (`localToday()`). */
  today: string;
}

export function isAbsentOn(absences: readonly AbsenceLike[], staffId: string, day: string): boolean {
  return absences.some((a) => a.staffId === staffId && a.from <= day && day <= a.to);
}

/**
 * Pure: who a new request lands with. The fixed nurse, unless absent today; then the stand-in,
 * unless also absent (or there is none); otherwise the whole team's queue.
 */
export function routeContactRequest(i: RoutingInput): { staffId: string | null; routedTo: RoutedTo } {
  const nurse = i.fixedNurse;
  if (!nurse) return { staffId: null, routedTo: 'team' };
  if (!isAbsentOn(i.absences, nurse.staffId, i.today))
    return { staffId: nurse.staffId, routedTo: 'fixed_nurse' };
  if (nurse.standInStaffId && !isAbsentOn(i.absences, nurse.standInStaffId, i.today))
    return { staffId: nurse.standInStaffId, routedTo: 'stand_in' };
  return { staffId: null, routedTo: 'team' };
}

export const URGENCY_RANK: Record<Urgency, number> = { urgent: 0, today: 1, normal: 2 };

const time = (d: Date | string) => (typeof d === 'string' ? Date.parse(d) : d.getTime());

/** Pure: the queue order. Most urgent first (urgent, today, normal), then the one waiting longest. */
export function sortQueue<T extends { urgency: string; createdAt: Date | string }>(
  requests: readonly T[],
): T[] {
  const rank = (u: string) => URGENCY_RANK[u as Urgency] ?? 99;
  return [...requests].sort(
    (a, b) => rank(a.urgency) - rank(b.urgency) || time(a.createdAt) - time(b.createdAt),
  );
}

/** Pure: whole minutes from arrival to done, or to `now` while the request is open; never negative. */
export function waitedMinutes(createdAt: Date, doneAt: Date | null, now: Date): number {
  const end = doneAt ?? now;
  return Math.max(0, Math.floor((end.getTime() - createdAt.getTime()) / 60_000));
}

/** A refused status change: the catalogue code of its message. */
export type TransitionProblem = Extract<Message, { code: 'request_done' | 'request_not_new' }>;

/**
 * Pure: may a request move from one status to another? A done request can only be reopened (back to
 * in progress); nothing goes back to `new` once it has been picked up.
 */
export function checkTransition(from: RequestStatus, to: RequestStatus): TransitionProblem | null {
  if (from === 'done' && to !== 'in_progress') return { code: 'request_done', params: {} };
  if (to === 'new' && from !== 'new') return { code: 'request_not_new', params: {} };
  return null;
}

export const isOpen = (status: string) => status !== 'done';
