import type { Feature } from '../organisation.ts';

/** What one recorded adaptation says, as the scheduler and the banner read it. */
export interface AdaptationItemLike {
  code: string;
  params?: {
    minutes?: number | null;
    timeFrom?: string | null;
    timeTo?: string | null;
    who?: string | null;
    language?: string | null;
  };
}

/** What a booking for this patient needs, derived from the adaptations; the booker never re-enters it. */
export interface SchedulingRequirements {
  /** Features the room (or mobile equipment brought to it) must have. */
  roomFeatures: Feature[];
  /** The visit must last at least this long (extended visit time), or null for the visit type's own length. */
  minDurationMinutes: number | null;
  /** Local time-of-day window (HH:MM) the visit must fit in, or null for any time. */
  timeWindow: { from: string; to: string } | null;
  /** Book with the patient's fixed contacts: do not offer other staff when they can come. */
  sameStaff: boolean;
  companion: { required: boolean; who: string | null };
  interpreter: { language: string } | null;
  signInterpreter: boolean;
  /** Let the patient wait outside or in a separate room, not in the waiting room. */
  waitOutside: boolean;
}

const FEATURE_OF_CODE: Record<string, Feature> = {
  'MOB-FLOOR-LIFT': 'floor_lift',
  'MOB-CEILING-LIFT': 'ceiling_lift',
  'MOB-WIDE-BENCH': 'wide_bench',
  'MOB-WHEELCHAIR-SCALE': 'wheelchair_scale',
  'ENV-LOW-STIMULUS': 'low_stimulus',
  'COM-HEARING-LOOP': 'hearing_loop',
};

/** The first time of the day: the unit opens at 08:00. */
export const FIRST_OF_DAY_WINDOW = { from: '08:00', to: '10:00' } as const;

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** Pure: the scheduling requirements implied by a patient's adaptations. */
export function deriveSchedulingRequirements(items: readonly AdaptationItemLike[]): SchedulingRequirements {
  const features = new Set<Feature>();
  let minutes: number | null = null;
  let window: { from: string; to: string } | null = null;
  const narrow = (w: { from: string; to: string }) => {
    window = window ? { from: later(window.from, w.from), to: earlier(window.to, w.to) } : { ...w };
  };
  const req: SchedulingRequirements = {
    roomFeatures: [],
    minDurationMinutes: null,
    timeWindow: null,
    sameStaff: false,
    companion: { required: false, who: null },
    interpreter: null,
    signInterpreter: false,
    waitOutside: false,
  };
  for (const item of items) {
    const feature = FEATURE_OF_CODE[item.code];
    if (feature) features.add(feature);
    switch (item.code) {
      case 'LEN-EXTENDED':
        if (item.params?.minutes) minutes = Math.max(minutes ?? 0, item.params.minutes);
        break;
      case 'ENV-FIRST-OF-DAY':
        narrow(FIRST_OF_DAY_WINDOW);
        break;
      case 'ENV-TIME-WINDOW':
        if (item.params?.timeFrom && item.params?.timeTo)
          narrow({ from: item.params.timeFrom, to: item.params.timeTo });
        break;
      case 'ENV-SAME-STAFF':
        req.sameStaff = true;
        break;
      case 'CMP-REQUIRED':
        req.companion = { required: true, who: item.params?.who ?? null };
        break;
      case 'COM-INTERPRETER':
        req.interpreter = { language: item.params?.language ?? '' };
        break;
      case 'COM-SIGN-INTERPRETER':
        req.signInterpreter = true;
        break;
      case 'ENV-WAIT-OUTSIDE':
        req.waitOutside = true;
        break;
    }
  }
  req.roomFeatures = [...features].sort();
  req.minDurationMinutes = minutes;
  req.timeWindow = window;
  return req;
}
