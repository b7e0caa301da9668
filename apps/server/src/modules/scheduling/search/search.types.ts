// The slot search's input and output: plain data, no IO. The service reads the calendars from the
// database, builds a `SearchInput`, and calls `searchSlots` to propose or `verifyProposal` to check a
// booking — one function for both, so a slot that was shown is a slot that can be booked.
import type { Feature, Message, Profession, SchedulingRequirements, VisitStep } from '@lotsa/contracts';

/** Half-open interval [start, end) in epoch milliseconds. Lists of them are sorted and non-overlapping. */
export interface Interval {
  start: number;
  end: number;
}

export interface SearchStaff {
  id: string;
  name: string;
  profession: Profession;
}
export interface SearchRoom {
  id: string;
  name: string;
  features: readonly Feature[];
}
export interface SearchEquipment {
  id: string;
  name: string;
  features: readonly Feature[];
}
export interface SearchExternal {
  id: string;
  name: string;
}

export interface SearchPatient {
  id: string;
  /** Fixed contacts by role; `standIn` is used when the fixed one is not free. */
  fixed: Partial<Record<'doctor' | 'nurse' | 'navigator', { staffId: string; standInId: string | null }>>;
  requirements: SchedulingRequirements;
}

export interface SearchInput {
  /** Epoch ms: the first and the last instant a visit may use. */
  horizon: Interval;
  /** Candidate starts are multiples of this many minutes from local midnight (15). */
  gridMinutes: number;
  /** Only starts at or after this instant (now, when searching from today). */
  notBefore: number;
  visitLocation: 'clinic' | 'home' | 'digital';
  steps: readonly VisitStep[];
  patient: SearchPatient;
  staff: readonly SearchStaff[];
  rooms: readonly SearchRoom[];
  equipment: readonly SearchEquipment[];
  externals: readonly SearchExternal[];
  /**
   * Free time per resource id (staff, room, equipment, external, and the patient under its id): the open
   * intervals of its calendar (working hours, overrides, absences, closed days) minus its allocations.
   * Made by `freeTime` in calendar.ts. A resource without an entry is never free; the patient without an
   * entry is always free.
   */
  free: ReadonlyMap<string, readonly Interval[]>;
  /** Existing busy time per staff id, for compact days (a visit next to another ranks higher). */
  busy: ReadonlyMap<string, readonly Interval[]>;
  /** Relaxations accepted by the booker. */
  relax: ReadonlySet<'staff' | 'time_window' | 'equipment'>;
  /** Maximum proposals to return. */
  limit: number;
  /** IANA zone of local times (Europe/Stockholm). */
  timeZone: string;
}

export interface PlannedStep {
  key: string;
  label: string;
  start: number;
  end: number;
  staffId: string | null;
  externalId: string | null;
  roomId: string | null;
  equipmentIds: string[];
}

export interface PlannedVisit {
  start: number;
  end: number;
  steps: PlannedStep[];
  score: number;
  /** Short Swedish phrases: "fast sjuksköterska", "tidigast möjliga", "minsta rum som räcker". */
  reasons: string[];
}

export interface SearchOutcome {
  proposals: PlannedVisit[];
  /** Set when there are no proposals: why, and what would help. */
  explanation: {
    reasons: Message[];
    suggestions: Array<{
      relax: 'weeks' | 'staff' | 'time_window' | 'equipment';
      message: Message;
      firstStart: number | null;
    }>;
  } | null;
  /** Total visit length in minutes (steps, patient's extended time). */
  durationMinutes: number;
}

/** `verifyProposal`'s answer: ok, or every reason the plan cannot be booked. */
export type Verification = { ok: true } | { ok: false; problems: Message[] };
