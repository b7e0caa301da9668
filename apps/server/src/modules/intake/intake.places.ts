/**
 * A unit's places: the cap, who holds a place, the waiting list's order. Pure, unit-tested in
 * intake.rules.test.ts.
 */

export interface Capacity {
  cap: number;
  /** Listed patients of the unit (not exited). */
  enrolled: number;
  /** Places held for offered persons. */
  offered: number;
  /** Persons on the waiting list. */
  waiting: number;
}

export const freePlaces = (c: Capacity) => Math.max(0, c.cap - c.enrolled - c.offered);

/** Pure: the waiting list's order. Longest waiting first (waiting_since), then earliest arrival, then id. */
export function sortWaitingList<T extends { waitingSince: Date | null; receivedAt: Date; id: string }>(
  rows: readonly T[],
): T[] {
  const t = (d: Date | null) => (d ? d.getTime() : Number.POSITIVE_INFINITY);
  return [...rows].sort(
    (a, b) =>
      t(a.waitingSince) - t(b.waitingSince) ||
      a.receivedAt.getTime() - b.receivedAt.getTime() ||
      a.id.localeCompare(b.id),
  );
}

/** Pure: 1, 2, … per id, in waiting-list order. */
export function waitingPositions<T extends { waitingSince: Date | null; receivedAt: Date; id: string }>(
  rows: readonly T[],
): Map<string, number> {
  return new Map(sortWaitingList(rows).map((r, i) => [r.id, i + 1]));
}

/**
 * A patient record with the registration's identity number: at this unit or another, and whether
 * an enrolment through intake holds it now (`enrolled`), ended (`ended`: exited), or it was listed
 * before Lotsa's intake existed (`listed_before_intake`: no enrolment registration at all).
 */
export interface ExistingPatient {
  where: 'this_unit' | 'other_unit';
  status: 'enrolled' | 'ended' | 'listed_before_intake';
}

/**
 * Pure: does enrolment take a new place? Not when it links a patient listed at this unit before
 * intake existed (recording the listing and its consent): that person already holds a place.
 */
export const takesPlace = (p: ExistingPatient | null) =>
  !(p && p.where === 'this_unit' && p.status === 'listed_before_intake');
