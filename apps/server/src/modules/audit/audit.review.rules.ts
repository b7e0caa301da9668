// Pure rules of the log review (logguppföljning): which flags an access carries. Unit-tested.
import type { ReviewFlag } from '@lotsa/contracts';

export interface FlagInput {
  /** The flags the kernel wrote on the entry (emergency, no_care_relation, protected_identity). */
  written: readonly string[];
  localTime: string; // HH:MM, Europe/Stockholm
  isoWeekday: number; // 1 = Monday … 7 = Sunday
  sameSurname: boolean;
  patientsThatDay: number;
}

export interface FlagSettings {
  workdayStart: string;
  workdayEnd: string;
  manyPatientsPerDay: number;
}

const WRITTEN: readonly ReviewFlag[] = ['emergency', 'no_care_relation', 'protected_identity'];

/** The flags of one access, in a fixed order. */
export function flagsOf(a: FlagInput, s: FlagSettings): ReviewFlag[] {
  const flags: ReviewFlag[] = WRITTEN.filter((f) => a.written.includes(f));
  const weekend = a.isoWeekday >= 6;
  if (weekend || a.localTime < s.workdayStart || a.localTime >= s.workdayEnd) flags.push('outside_hours');
  if (a.sameSurname) flags.push('same_surname');
  if (a.patientsThatDay > s.manyPatientsPerDay) flags.push('many_patients');
  return flags;
}

/** Monday (YYYY-MM-DD) of the local date's ISO week. */
export function mondayOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  const back = (t.getUTCDay() + 6) % 7;
  t.setUTCDate(t.getUTCDate() - back);
  return t.toISOString().slice(0, 10);
}

/** A CSV field: quoted when it holds a separator, a quote or a line break; a leading =+-@ is defused. */
export function csvField(value: string): string {
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[;",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
