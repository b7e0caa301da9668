// Test helpers: a small unit with staff, rooms and equipment whose free time is built the way the
// service builds it (openIntervals minus allocations), so tests speak in local dates and times.
import type { Feature, Profession, SchedulingRequirements, VisitStep, WorkingHours } from '@lotsa/contracts';
import { type Absence, addDaysToDate, freeTime, localInstant, openIntervals } from './calendar.ts';
import type { Interval, SearchInput } from './search.types.ts';

export const TZ = 'Europe/Stockholm';

/** The instant of a local date and time in Sweden. */
export const at = (date: string, time: string) => localInstant(date, time, TZ);

export const weekdays = (from = '08:00', to = '16:00'): WorkingHours[] =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, from, to, validFrom: '2020-01-01', validTo: null }));

export const noRequirements = (): SchedulingRequirements => ({
  roomFeatures: [],
  minDurationMinutes: null,
  timeWindow: null,
  sameStaff: false,
  companion: { required: false, who: null },
  interpreter: null,
  signInterpreter: false,
  waitOutside: false,
});

export function step(
  key: string,
  minutes: number,
  performer: VisitStep['performer'],
  relation: VisitStep['relation'] = { kind: 'start' },
  roomFeatures: Feature[] = [],
): VisitStep {
  return { key, label: key, pictogram: 'talk', durationMinutes: minutes, performer, relation, roomFeatures };
}

export interface Resource {
  id: string;
  hours?: WorkingHours[];
  /** Allocations as [date, from, to] local triples. */
  busy?: Array<[string, string, string]>;
  absences?: Absence[];
}

export interface World {
  fromDate: string;
  /** Days in the horizon (inclusive of fromDate). */
  days: number;
  closedDates?: Set<string>;
  staff: Array<Resource & { profession: Profession }>;
  rooms: Array<Resource & { features: Feature[] }>;
  equipment?: Array<Resource & { features: Feature[] }>;
  externals?: Resource[];
  /** The patient's own bookings. */
  patientBusy?: Array<[string, string, string]>;
  steps: VisitStep[];
  requirements?: Partial<SchedulingRequirements>;
  fixed?: SearchInput['patient']['fixed'];
  visitLocation?: SearchInput['visitLocation'];
  relax?: Array<'staff' | 'time_window'>;
  limit?: number;
  notBefore?: number;
  /** Extra days of free time computed beyond the horizon (for the 'weeks' suggestion). */
  lookaheadDays?: number;
}

const toIntervals = (busy: Array<[string, string, string]> = []): Interval[] =>
  busy.map(([d, f, t]) => ({ start: at(d, f), end: at(d, t) }));

export function buildInput(w: World): SearchInput {
  const toDate = addDaysToDate(w.fromDate, w.days - 1 + (w.lookaheadDays ?? 0));
  const closedDates = w.closedDates ?? new Set<string>();
  const free = new Map<string, Interval[]>();
  const busy = new Map<string, Interval[]>();
  const all = [...w.staff, ...w.rooms, ...(w.equipment ?? []), ...(w.externals ?? [])];
  for (const r of all) {
    const open = openIntervals({
      hours: r.hours ?? weekdays(),
      overrides: [],
      absences: r.absences ?? [],
      closedDates,
      fromDate: w.fromDate,
      toDate,
      timeZone: TZ,
    });
    const allocations = toIntervals(r.busy);
    free.set(r.id, freeTime(open, allocations));
    busy.set(r.id, allocations);
  }
  if (w.patientBusy) {
    const always = [{ start: at(w.fromDate, '00:00'), end: at(addDaysToDate(toDate, 1), '00:00') }];
    free.set('patient', freeTime(always, toIntervals(w.patientBusy)));
  }
  return {
    horizon: { start: at(w.fromDate, '00:00'), end: at(addDaysToDate(w.fromDate, w.days), '00:00') },
    gridMinutes: 15,
    notBefore: w.notBefore ?? 0,
    visitLocation: w.visitLocation ?? 'clinic',
    steps: w.steps,
    patient: {
      id: 'patient',
      fixed: w.fixed ?? {},
      requirements: { ...noRequirements(), ...w.requirements },
    },
    staff: w.staff.map((s) => ({ id: s.id, name: s.id, profession: s.profession })),
    rooms: w.rooms.map((r) => ({ id: r.id, name: r.id, features: r.features })),
    equipment: (w.equipment ?? []).map((e) => ({ id: e.id, name: e.id, features: e.features })),
    externals: (w.externals ?? []).map((x) => ({ id: x.id, name: x.id })),
    free,
    busy,
    relax: new Set(w.relax ?? []),
    limit: w.limit ?? 10,
    timeZone: TZ,
  };
}

/**
 * The benchmark's team visit (issue #5): fixed nurse → any assistant nurse → fixed doctor, back to back,
 * five staff per profession, six rooms (two with a floor lift), two mobile devices, two bookings per
 * resource per working day, the patient needs a floor lift; `days` days from a Monday (8 weeks).
 */
export function teamVisitWorld(days = 56, fromDate = '2026-03-02'): World {
  const busy = (k: number): Array<[string, string, string]> => {
    const out: Array<[string, string, string]> = [];
    const hhmm = (m: number) =>
      `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    for (let d = 0; d < days; d++) {
      const date = addDaysToDate(fromDate, d);
      const a = 8 * 60 + ((k * 7 + d * 3) % 8) * 30;
      const b = 12 * 60 + ((k * 5 + d) % 6) * 30;
      out.push([date, hhmm(a), hhmm(a + 45)], [date, hhmm(b), hhmm(b + 60)]);
    }
    return out;
  };
  let k = 0;
  const staff = (profession: Profession, prefix: string) =>
    [1, 2, 3, 4, 5].map((i) => ({ id: `${prefix}${i}`, profession, busy: busy(k++) }));
  const features: Feature[][] = [[], ['hearing_loop'], ['floor_lift'], ['floor_lift', 'wide_bench'], [], []];
  return {
    fromDate,
    days,
    staff: [...staff('nurse', 'n'), ...staff('assistant_nurse', 'u'), ...staff('doctor', 'd')],
    rooms: features.map((f, i) => ({ id: `r${i + 1}`, features: f, busy: busy(k++) })),
    equipment: [
      { id: 'e-lift', features: ['floor_lift'], busy: busy(k++) },
      { id: 'e-bench', features: ['wide_bench'], busy: busy(k++) },
    ],
    steps: [
      step('nurse', 30, { kind: 'fixed', role: 'nurse' }),
      step(
        'assistant',
        20,
        { kind: 'pool', profession: 'assistant_nurse' },
        { kind: 'after', step: 'nurse', maxGapMinutes: 15 },
      ),
      step(
        'doctor',
        30,
        { kind: 'fixed', role: 'doctor' },
        { kind: 'after', step: 'assistant', maxGapMinutes: 15 },
      ),
    ],
    requirements: { roomFeatures: ['floor_lift'] },
    fixed: { nurse: { staffId: 'n1', standInId: 'n2' }, doctor: { staffId: 'd1', standInId: 'd2' } },
    limit: 10,
  };
}
