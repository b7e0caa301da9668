import { type AdaptationItem, type AdaptationProfile, deriveSchedulingRequirements } from '@lotsa/contracts';
import { localToday } from '../../lib/time.ts';

/** What one saved version holds, as the rules read it (a row of adaptation_versions). */
export interface AdaptationVersionLike {
  version: number;
  items: AdaptationItem[];
  topThree: string[];
  consentBy: string;
  recordedAt: Date;
  recordedByName: string;
}

/** Passports are reviewed every six months (and at the health check). */
export const REVIEW_INTERVAL_MONTHS = 6;

/** A local date (YYYY-MM-DD) plus whole months; the 31st becomes the month's last day when needed. */
export function addMonthsToLocalDate(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12; // 0-based
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The Swedish date the profile recorded at `recordedAt` is due for review. */
export function reviewDue(recordedAt: Date): string {
  return addMonthsToLocalDate(localToday(recordedAt), REVIEW_INTERVAL_MONTHS);
}

/** Keeps only the parameters that carry a value, so equal items compare and store equal. */
export function normaliseItem(item: AdaptationItem): AdaptationItem {
  const params: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item.params ?? {}).sort(([a], [b]) => a.localeCompare(b)))
    if (v !== null && v !== undefined && v !== '') params[k] = v;
  return { code: item.code, note: item.note ?? null, params: params as AdaptationItem['params'] };
}

const fingerprint = (item: AdaptationItem) => JSON.stringify(normaliseItem(item));

/**
 * Pure: which codes a new version added, removed, or kept with a different note or parameters.
 * Each list is sorted, so the history reads the same every time.
 */
export function diffAdaptationItems(
  before: readonly AdaptationItem[],
  after: readonly AdaptationItem[],
): { added: string[]; removed: string[]; changed: string[] } {
  const old = new Map(before.map((i) => [i.code, fingerprint(i)]));
  const now = new Map(after.map((i) => [i.code, fingerprint(i)]));
  const added = [...now.keys()].filter((c) => !old.has(c));
  const removed = [...old.keys()].filter((c) => !now.has(c));
  const changed = [...now.keys()].filter((c) => old.has(c) && old.get(c) !== now.get(c));
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}

/** The version history, newest first, each with what changed since the version before it. */
export function summariseVersions(versions: readonly AdaptationVersionLike[]) {
  const ascending = [...versions].sort((a, b) => a.version - b.version);
  return ascending
    .map((v, i) => ({
      version: v.version,
      recordedAt: v.recordedAt.toISOString(),
      recordedBy: v.recordedByName,
      ...diffAdaptationItems(ascending[i - 1]?.items ?? [], v.items),
    }))
    .reverse();
}

/** The answer for a patient's profile; version 0 with nothing in it when none has been recorded. */
export function toAdaptationProfile(patientId: string, v: AdaptationVersionLike | null): AdaptationProfile {
  const items = v?.items ?? [];
  return {
    patientId,
    version: v?.version ?? 0,
    items,
    topThree: v?.topThree ?? [],
    consentBy: (v?.consentBy ?? 'not_recorded') as AdaptationProfile['consentBy'],
    recordedAt: v ? v.recordedAt.toISOString() : null,
    recordedBy: v?.recordedByName ?? null,
    reviewDue: v ? reviewDue(v.recordedAt) : null,
    requirements: deriveSchedulingRequirements(items),
  };
}
