import { useEffect, useMemo, useState } from 'react';
import { ApiError, fieldMessage } from '../../lib/api.ts';
import { todayInStockholm } from '../../lib/format.ts';
import {
  type CalendarDraft,
  copyMondayToWeekdays,
  type HourRow,
  newHourRow,
  newOverrideRow,
  type OverrideRow,
  type ResourceCalendar,
  sameCalendar,
  toDraft,
  withoutRowErrors,
  withoutSectionErrors,
} from './calendars-draft.ts';

export type CalendarSection = 'hours' | 'overrides';

/** The server's field messages by path (`hours.2.to`), from a 400 answer. */
export function serverFieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const out: Record<string, string> = {};
  for (const f of error.problem.errors ?? []) if (f.path) out[f.path] ??= fieldMessage(f);
  return out;
}

/**
 * A resource calendar being changed: the draft of its hours and overrides, the field errors (a row's
 * go when it is changed, a section's when rows are added or removed), and whether it differs from
 * the loaded one (told to `onDirtyChange`, and false again when the form goes).
 */
export function useCalendarDraft(loaded: ResourceCalendar, onDirtyChange: (dirty: boolean) => void) {
  const baseline = useMemo(() => toDraft(loaded), [loaded]);
  const [draft, setDraft] = useState<CalendarDraft>(baseline);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const dirty = !sameCalendar(draft, baseline);

  // A fresh copy from the server replaces the form only while nothing is changed in it.
  const [seen, setSeen] = useState(baseline);
  if (seen !== baseline) {
    setSeen(baseline);
    if (sameCalendar(draft, seen)) setDraft(baseline);
  }

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  const setRows = (section: CalendarSection, next: (d: CalendarDraft) => CalendarDraft) => {
    setDraft(next);
    setErrors((e) => withoutSectionErrors(e, section));
  };

  return {
    draft,
    errors,
    dirty,
    changeHour: (index: number, patch: Partial<HourRow>) => {
      setDraft((d) => ({ ...d, hours: d.hours.map((r, i) => (i === index ? { ...r, ...patch } : r)) }));
      setErrors((e) => withoutRowErrors(e, 'hours', index));
    },
    changeOverride: (index: number, patch: Partial<OverrideRow>) => {
      setDraft((d) => ({
        ...d,
        overrides: d.overrides.map((r, i) => (i === index ? { ...r, ...patch } : r)),
      }));
      setErrors((e) => withoutRowErrors(e, 'overrides', index));
    },
    /** Adds a row of hours; its key (for focus). */
    addHour: () => {
      const row = newHourRow(draft.hours, todayInStockholm());
      setRows('hours', (d) => ({ ...d, hours: [...d.hours, row] }));
      return row.key;
    },
    addOverride: () => {
      const row = newOverrideRow();
      setRows('overrides', (d) => ({ ...d, overrides: [...d.overrides, row] }));
      return row.key;
    },
    removeHour: (i: number) => setRows('hours', (d) => ({ ...d, hours: d.hours.filter((_, j) => j !== i) })),
    removeOverride: (i: number) =>
      setRows('overrides', (d) => ({ ...d, overrides: d.overrides.filter((_, j) => j !== i) })),
    copyMonday: () => setRows('hours', (d) => ({ ...d, hours: copyMondayToWeekdays(d.hours) })),
    /** The calendar as saved, with no errors. */
    saved: (calendar: ResourceCalendar) => {
      setDraft(toDraft(calendar));
      setErrors({});
    },
    failed: (error: unknown) => setErrors(serverFieldErrors(error)),
    undo: () => {
      setDraft(baseline);
      setErrors({});
    },
  };
}
