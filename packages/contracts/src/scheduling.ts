import { z } from 'zod';
import { ZSchedulingRequirements } from './adaptations.ts';
import { defineEndpoint, optionalText, text, ZId, ZIdParams, ZMessage } from './http.ts';
import { messageCode, messageIssue } from './messages/index.ts';
import { ZFeature, ZProfession } from './organisation.ts';

// ---------------------------------------------------------------------------------------------------
// Scheduling: visit types made of steps, calendars, slot search, holds and bookings, recall, day lists.
// Times on the wire are ISO 8601 instants (UTC, `Z`); local dates are `YYYY-MM-DD` and local times
// `HH:MM` in Europe/Stockholm. See apps/server/src/modules/scheduling/README.md.
// ---------------------------------------------------------------------------------------------------

export const VISIT_TYPE_CODES = [
  'health_check',
  'extended_doctor',
  'nurse_visit',
  'team_visit',
  'study_visit',
  'sampling_school',
  'home_visit',
  'digital_visit',
  'sip_meeting',
  'joint_session',
] as const;
export const ZVisitTypeCode = z.enum(VISIT_TYPE_CODES);
export type VisitTypeCode = z.infer<typeof ZVisitTypeCode>;

/** Where a visit happens: at the unit (needs a room), in the patient's home, or on video. */
export const VISIT_LOCATIONS = ['clinic', 'home', 'digital'] as const;
export const ZVisitLocation = z.enum(VISIT_LOCATIONS);
export type VisitLocation = z.infer<typeof ZVisitLocation>;

/** The picture of a step on the easy-read letter (see the letters module). */
export const STEP_PICTOGRAMS = [
  'arrive',
  'meet_nurse',
  'meet_doctor',
  'meet_ot',
  'meet_pt',
  'meet_assistant_nurse',
  'meet_team',
  'weigh',
  'blood_pressure',
  'blood_test',
  'talk',
  'look_around',
  'video_call',
  'home',
  'go_home',
] as const;
export const ZStepPictogram = z.enum(STEP_PICTOGRAMS);
export type StepPictogram = z.infer<typeof ZStepPictogram>;

/** Fixed contacts a step may ask for: "the patient's fixed nurse". */
export const FIXED_CONTACT_ROLES = ['doctor', 'nurse', 'navigator'] as const;
export const ZFixedContactRole = z.enum(FIXED_CONTACT_ROLES);
export type FixedContactRole = z.infer<typeof ZFixedContactRole>;

/**
 * Who performs a step:
 * - `staff`: a named staff member;
 * - `fixed`: the patient's fixed doctor/nurse/navigator (their stand-in when absent, then the pool);
 * - `pool`: any member of the unit with this profession;
 * - `external`: an external participant (municipal nurse, habilitation) whose availability is entered;
 * - `none`: no staff (the patient waits, a test runs).
 */
export const ZStepPerformer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('staff'), staffId: ZId }),
  z.object({ kind: z.literal('fixed'), role: ZFixedContactRole }),
  z.object({ kind: z.literal('pool'), profession: ZProfession }),
  z.object({ kind: z.literal('external'), externalId: ZId }),
  z.object({ kind: z.literal('none') }),
]);
export type StepPerformer = z.infer<typeof ZStepPerformer>;

/**
 * When a step runs relative to another step of the same visit. The first step is `start`;
 * `after` starts when `step` ends, at most `maxGapMinutes` later (the patient stays in the same room);
 * `parallel` starts together with `step`.
 */
export const ZStepRelation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('start') }),
  z.object({ kind: z.literal('after'), step: z.string(), maxGapMinutes: z.number().int().min(0).max(120) }),
  z.object({ kind: z.literal('parallel'), step: z.string() }),
]);
export type StepRelation = z.infer<typeof ZStepRelation>;

export const ZVisitStep = z.object({
  /** Short key, unique in the visit type: `nurse`, `doctor`, `lab`. */
  key: z.string().regex(/^[a-z][a-z0-9_]{0,30}$/, {
    error: messageCode('step_key_format'),
  }),
  label: text(80),
  pictogram: ZStepPictogram,
  durationMinutes: z.number().int().min(5).max(480),
  performer: ZStepPerformer,
  relation: ZStepRelation,
  /** Room features this step needs in addition to the patient's own (e.g. a lab bench). */
  roomFeatures: z.array(ZFeature).default([]),
});
export type VisitStep = z.infer<typeof ZVisitStep>;

/** A recurring series, e.g. the joint session with municipal health care every other week. */
export const ZRecurrence = z.object({
  everyWeeks: z.number().int().min(1).max(8),
  weekday: z.number().int().min(1).max(5),
  time: z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/),
});

export const ZVisitType = z.object({
  id: ZId,
  unitId: ZId,
  code: ZVisitTypeCode,
  name: z.string(),
  location: ZVisitLocation,
  steps: z.array(ZVisitStep).min(1),
  recurrence: ZRecurrence.nullable(),
  active: z.boolean(),
});
export type VisitType = z.infer<typeof ZVisitType>;

// --- Calendars ---------------------------------------------------------------------------------------

export const RESOURCE_KINDS = ['staff', 'room', 'equipment', 'external', 'patient'] as const;
export const ZResourceKind = z.enum(RESOURCE_KINDS);
export type ResourceKind = z.infer<typeof ZResourceKind>;

const ZLocalTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, {
  error: messageCode('time_format'),
});
const ZLocalDate = z.iso.date({ error: messageCode('date_format') });

/** One weekly opening interval of a resource, valid between two local dates (inclusive; open-ended when null). */
export const ZWorkingHours = z
  .object({
    weekday: z.number().int().min(1).max(7),
    from: ZLocalTime,
    to: ZLocalTime,
    validFrom: ZLocalDate,
    validTo: ZLocalDate.nullable(),
  })
  .refine((v) => v.from < v.to, {
    path: ['to'],
    error: messageCode('hours_end_after_start'),
  });
export type WorkingHours = z.infer<typeof ZWorkingHours>;

/** A date override: closed all day (`from`/`to` null) or open only these hours that day. */
export const ZDateOverride = z.object({
  date: ZLocalDate,
  from: ZLocalTime.nullable(),
  to: ZLocalTime.nullable(),
  reason: optionalText(200),
});

/** A saved override as answers carry it: `ZDateOverride` without its transform (answers are encoded). */
export const ZDateOverrideOut = z.object({
  date: z.string(),
  from: z.string().nullable(),
  to: z.string().nullable(),
  reason: z.string().nullable(),
});

export const ZResourceCalendar = z.object({
  kind: ZResourceKind,
  id: ZId,
  hours: z.array(ZWorkingHours),
  overrides: z.array(ZDateOverrideOut),
});
export const ZResourceCalendarInput = z
  .object({
    hours: z.array(ZWorkingHours).max(100),
    overrides: z.array(ZDateOverride).max(500),
  })
  .superRefine((v, ctx) => {
    // Two rows of one weekday whose validity periods and times overlap say the same thing twice, or
    // contradict each other: name the later row and the earlier one it overlaps.
    v.hours.forEach((b, j) => {
      const i = v.hours.findIndex(
        (a, k) =>
          k < j &&
          a.weekday === b.weekday &&
          a.validFrom <= (b.validTo ?? '9999-12-31') &&
          b.validFrom <= (a.validTo ?? '9999-12-31') &&
          a.from < b.to &&
          b.from < a.to,
      );
      if (i >= 0)
        ctx.addIssue({ ...messageIssue('hours_overlap', { row: i + 1 }), path: ['hours', j, 'from'] });
    });
    // One date: closed all day, or hours that do not overlap.
    v.overrides.forEach((b, j) => {
      const i = v.overrides.findIndex(
        (a, k) =>
          k < j &&
          a.date === b.date &&
          (a.from === null || b.from === null || (a.from < (b.to ?? '') && (b.from ?? '') < (a.to ?? ''))),
      );
      if (i >= 0)
        ctx.addIssue({
          ...messageIssue('override_day_twice', { row: i + 1 }),
          path: ['overrides', j, 'date'],
        });
    });
  });

/** A day the unit is closed: public holidays and the eves it closes on, as local dates. */
export const ZClosedDay = z.object({
  date: ZLocalDate,
  name: z.string(),
  kind: z.enum(['holiday', 'eve', 'other']),
});

export const EXTERNAL_KINDS = [
  'municipal_nurse',
  'habilitation',
  'companion',
  'interpreter',
  'other',
] as const;
export const ZExternalParticipant = z.object({
  id: ZId,
  unitId: ZId,
  kind: z.enum(EXTERNAL_KINDS),
  name: z.string(),
  organisation: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
});
export const ZExternalParticipantInput = z.object({
  kind: z.enum(EXTERNAL_KINDS),
  name: text(120),
  organisation: optionalText(160),
  phone: optionalText(30),
  email: optionalText(200),
});
export type ExternalParticipant = z.infer<typeof ZExternalParticipant>;
/** The whole participant again; `active: false` takes them out of use (they stay in past visits). */
export const ZExternalParticipantUpdate = ZExternalParticipantInput.extend({
  active: z.boolean().default(true),
});

// --- Search ------------------------------------------------------------------------------------------

export const ZSearchRequest = z.object({
  patientId: ZId,
  visitTypeId: ZId,
  /** First local date to consider; today when left out. */
  fromDate: ZLocalDate.optional(),
  /** How far to look, 1–26 weeks; 8 when left out. */
  weeks: z.number().int().min(1).max(26).default(8),
  /** How many proposals to return. */
  limit: z.number().int().min(1).max(50).default(10),
  /**
   * Relaxations the booker accepts: other staff than the fixed contacts, any time of day, and rooms
   * without the features the visit needs (`equipment`: the booker arranges them another way).
   */
  relax: z
    .array(z.enum(['staff', 'time_window', 'equipment']))
    .max(3)
    .default([]),
});
export type SearchRequest = z.input<typeof ZSearchRequest>;

export const ZProposalStep = z.object({
  key: z.string(),
  label: z.string(),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  staffId: ZId.nullable(),
  staffName: z.string().nullable(),
  externalId: ZId.nullable(),
  roomId: ZId.nullable(),
  roomName: z.string().nullable(),
  equipmentIds: z.array(ZId),
});
export type ProposalStep = z.infer<typeof ZProposalStep>;

/** A proposed visit: every step with its people, room and equipment. A shown proposal can be booked. */
export const ZProposal = z.object({
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  steps: z.array(ZProposalStep).min(1),
  /** Higher is better. */
  score: z.number(),
  /** Why it ranks where it does, for the booker: "fast sjuksköterska", "minsta rum som räcker". */
  reasons: z.array(z.string()),
});
export type Proposal = z.infer<typeof ZProposal>;

/** When nothing fits: why, and what would. */
export const ZSearchExplanation = z.object({
  /** Catalogue messages, e.g. `search_room_busy` ("Inget rum med golvlyft är ledigt …"). */
  reasons: z.array(ZMessage),
  /** What would give proposals: a longer horizon, without the fixed staff, any time of day, another room. */
  suggestions: z.array(
    z.object({
      relax: z.enum(['weeks', 'staff', 'time_window', 'equipment']),
      message: ZMessage,
      firstStart: z.iso.datetime().nullable(),
    }),
  ),
});

export const ZSearchResult = z.object({
  requirements: ZSchedulingRequirements,
  durationMinutes: z.number().int(),
  proposals: z.array(ZProposal),
  explanation: ZSearchExplanation.nullable(),
});
export type SearchResult = z.infer<typeof ZSearchResult>;

// --- Bookings ----------------------------------------------------------------------------------------

export const BOOKING_STATUSES = ['held', 'booked', 'cancelled', 'no_show', 'completed'] as const;
export const ZBookingStatus = z.enum(BOOKING_STATUSES);
export type BookingStatus = z.infer<typeof ZBookingStatus>;

/** How long a hold keeps its time while the booker confirms. */
export const HOLD_MINUTES = 5;

export const ZBookingRequest = z.object({
  patientId: ZId,
  visitTypeId: ZId,
  /** The proposal as the search returned it; the server verifies it with the same function. */
  proposal: z.object({
    start: z.iso.datetime(),
    steps: z
      .array(
        ZProposalStep.pick({
          key: true,
          start: true,
          end: true,
          staffId: true,
          externalId: true,
          roomId: true,
          equipmentIds: true,
        }),
      )
      .min(1)
      .max(10),
  }),
  /** `hold` keeps the time for HOLD_MINUTES until confirmed; `book` books at once. */
  mode: z.enum(['hold', 'book']).default('book'),
  note: optionalText(1000),
  /**
   * The proposal came from a search with relax `equipment`: its room may lack features the visit needs,
   * which the booker arranges another way. Recorded in the audit entry.
   */
  waiveRoomFeatures: z.boolean().default(false),
});
export type BookingRequest = z.input<typeof ZBookingRequest>;

/** A proposal as a booking (or reschedule) request carries it: the search's answer without names and scores. */
export function proposalRequest(p: Pick<Proposal, 'start' | 'steps'>): BookingRequest['proposal'] {
  return {
    start: p.start,
    steps: p.steps.map(({ key, start, end, staffId, externalId, roomId, equipmentIds }) => ({
      key,
      start,
      end,
      staffId,
      externalId,
      roomId,
      equipmentIds,
    })),
  };
}

export const ZBookingAllocation = z.object({
  kind: ZResourceKind,
  resourceId: ZId,
  name: z.string(),
  stepKey: z.string().nullable(),
  start: z.iso.datetime(),
  end: z.iso.datetime(),
});

export const ZBooking = z.object({
  id: ZId,
  unitId: ZId,
  patientId: ZId,
  patientName: z.string(),
  visitTypeId: ZId,
  visitTypeCode: ZVisitTypeCode,
  visitTypeName: z.string(),
  location: ZVisitLocation,
  status: ZBookingStatus,
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  holdExpiresAt: z.iso.datetime().nullable(),
  steps: z.array(ZProposalStep),
  allocations: z.array(ZBookingAllocation),
  note: z.string().nullable(),
  cancelReason: z.string().nullable(),
  rescheduledFromId: ZId.nullable(),
  /** The series it was booked in (`bookSeries`), shared by the series' visits; null for a single visit. */
  seriesId: ZId.nullable(),
  createdAt: z.iso.datetime(),
  createdBy: z.string(),
  updatedAt: z.iso.datetime(),
});
export type Booking = z.infer<typeof ZBooking>;

/**
 * Books a recurring visit type (one with `recurrence`, e.g. the joint session every other Wednesday at
 * 13:00) for one patient, `count` times from `fromDate`: each date is searched and booked on its own, so
 * a taken or closed date does not stop the others. The answer says, per date, what was booked.
 */
export const ZSeriesRequest = z.object({
  patientId: ZId,
  visitTypeId: ZId,
  /** First local date to consider; today when left out. */
  fromDate: ZLocalDate.optional(),
  count: z
    .number({ error: messageCode('series_count_required') })
    .int()
    .min(1, { error: messageCode('series_count_min') })
    .max(26, { error: messageCode('series_count_max') }),
  note: optionalText(1000),
});
export type SeriesRequest = z.input<typeof ZSeriesRequest>;

export const ZSeriesOccurrence = z.object({
  /** The series date (local). */
  date: z.string(),
  status: z.enum(['booked', 'not_booked']),
  booking: ZBooking.nullable(),
  /** Booked at the series' own time (else at another time that day). */
  atSeriesTime: z.boolean(),
  /** Why nothing was booked that day, as catalogue messages (empty when booked). */
  reasons: z.array(ZMessage),
});
export type SeriesOccurrence = z.infer<typeof ZSeriesOccurrence>;

export const ZSeriesResult = z.object({
  recurrence: ZRecurrence,
  occurrences: z.array(ZSeriesOccurrence),
  booked: z.number().int(),
});
export type SeriesResult = z.infer<typeof ZSeriesResult>;

/** The body of a 409: the time was taken; here are fresh proposals. */
export const ZBookingConflict = z.object({
  type: z.string(),
  title: z.string(),
  status: z.literal(409),
  detail: z.string(),
  code: z.literal('booking_conflict'),
  /** `problems`: why the plan was refused, as catalogue messages (none: someone else was first). */
  params: z.object({ problems: z.array(ZMessage) }),
  alternatives: z.array(ZProposal),
});

export const ZCancelBooking = z.object({
  reason: text(500),
});
export const ZRescheduleBooking = ZBookingRequest.pick({ proposal: true, waiveRoomFeatures: true }).extend({
  reason: optionalText(500),
});

// --- Recall, day list, unit calendar -------------------------------------------------------------------

export const ZRecallItem = z.object({
  patientId: ZId,
  patientName: z.string(),
  /** The last completed health check, or null before the first one. */
  lastHealthCheck: ZLocalDate.nullable(),
  enrolledOn: ZLocalDate.nullable(),
  dueDate: ZLocalDate,
  status: z.enum(['overdue', 'due', 'upcoming']),
  /** A health check already booked after the last one. */
  bookedBookingId: ZId.nullable(),
  bookedStart: z.iso.datetime().nullable(),
  /** Short adaptation summary for the list: "golvlyft, bred brits, 90 min". */
  requirementsSummary: z.array(z.string()),
});
export type RecallItem = z.infer<typeof ZRecallItem>;

export const ZRecallQuery = z.object({
  /** Include patients due within this many weeks from today; 8 when left out. */
  withinWeeks: z.coerce.number().int().min(0).max(52).default(8),
  includeBooked: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
});

export const ZDayListQuery = z
  .object({
    date: ZLocalDate,
    days: z.coerce.number().int().min(1).max(7).default(1),
    staffId: ZId.optional(),
    roomId: ZId.optional(),
  })
  .refine((v) => !(v.staffId && v.roomId), {
    error: messageCode('person_or_room'),
  });

/** What everyone who meets the patient must see: the banner, as the adaptations module summarises it. */
export const ZDayListBanner = z.object({
  topThree: z.array(z.string()),
  critical: z.array(z.string()),
  requirements: z.array(z.string()),
});

export const ZDayListEntry = z.object({
  bookingId: ZId,
  patientId: ZId,
  patientName: z.string(),
  visitTypeName: z.string(),
  location: ZVisitLocation,
  status: ZBookingStatus,
  start: z.iso.datetime(),
  end: z.iso.datetime(),
  /** The steps this resource takes part in (all steps for the unit list). */
  steps: z.array(ZProposalStep),
  banner: ZDayListBanner,
});

export const ZDayList = z.object({
  from: ZLocalDate,
  to: ZLocalDate,
  resource: z.object({ kind: z.enum(['unit', 'staff', 'room']), id: ZId, name: z.string() }),
  entries: z.array(ZDayListEntry),
});
export type DayList = z.infer<typeof ZDayList>;

export const ZUnitCalendarQuery = z.object({ from: ZLocalDate, to: ZLocalDate });
export const ZUnitCalendar = z.object({
  from: ZLocalDate,
  to: ZLocalDate,
  closedDays: z.array(ZClosedDay),
  resources: z.array(
    z.object({
      kind: z.enum(['staff', 'room', 'equipment', 'external']),
      id: ZId,
      name: z.string(),
      detail: z.string().nullable(),
      /** Open intervals after working hours, overrides, absences and closed days. */
      open: z.array(z.object({ start: z.iso.datetime(), end: z.iso.datetime() })),
      busy: z.array(
        z.object({
          start: z.iso.datetime(),
          end: z.iso.datetime(),
          bookingId: ZId,
          status: ZBookingStatus,
          label: z.string(),
        }),
      ),
    }),
  ),
});

const tags = ['scheduling'];
export const schedulingEndpoints = {
  listVisitTypes: defineEndpoint({
    method: 'GET',
    path: '/api/visit-types',
    summary: 'The active unit’s visit types and their steps',
    tags,
    response: z.array(ZVisitType),
  }),
  searchSlots: defineEndpoint({
    method: 'POST',
    path: '/api/scheduling/search',
    summary: 'Best start times for a patient and visit type, with who, which room and which equipment',
    tags,
    body: ZSearchRequest,
    response: ZSearchResult,
  }),
  createBooking: defineEndpoint({
    method: 'POST',
    path: '/api/bookings',
    summary: 'Hold or book a proposal, atomically across all its resources (409 with fresh alternatives)',
    tags,
    body: ZBookingRequest,
    response: ZBooking,
    status: 201,
  }),
  bookSeries: defineEndpoint({
    method: 'POST',
    path: '/api/bookings/series',
    summary: 'Book a recurring visit type several times for one patient; each date on its own',
    tags,
    body: ZSeriesRequest,
    response: ZSeriesResult,
  }),
  getBooking: defineEndpoint({
    method: 'GET',
    path: '/api/bookings/:id',
    summary: 'One booking',
    tags,
    params: ZIdParams,
    response: ZBooking,
  }),
  confirmBooking: defineEndpoint({
    method: 'POST',
    path: '/api/bookings/:id/confirm',
    summary: 'Turn a hold into a booking (410 when the hold has expired)',
    tags,
    params: ZIdParams,
    response: ZBooking,
  }),
  releaseHold: defineEndpoint({
    method: 'DELETE',
    path: '/api/bookings/:id/hold',
    summary: 'Give back a held time',
    tags,
    params: ZIdParams,
    response: ZBooking,
  }),
  cancelBooking: defineEndpoint({
    method: 'POST',
    path: '/api/bookings/:id/cancel',
    summary: 'Cancel with a reason',
    tags,
    params: ZIdParams,
    body: ZCancelBooking,
    response: ZBooking,
  }),
  cancelSeries: defineEndpoint({
    method: 'POST',
    path: '/api/bookings/series/:id/cancel',
    summary: 'Cancel every visit of a series that has not started yet, with one reason',
    tags,
    params: ZIdParams,
    body: ZCancelBooking,
    response: z.object({ cancelled: z.array(ZBooking) }),
  }),
  markNoShow: defineEndpoint({
    method: 'POST',
    path: '/api/bookings/:id/no-show',
    summary: 'The patient did not come',
    tags,
    params: ZIdParams,
    response: ZBooking,
  }),
  completeBooking: defineEndpoint({
    method: 'POST',
    path: '/api/bookings/:id/complete',
    summary: 'The visit took place',
    tags,
    params: ZIdParams,
    response: ZBooking,
  }),
  rescheduleBooking: defineEndpoint({
    method: 'POST',
    path: '/api/bookings/:id/reschedule',
    summary: 'Move a booking to another proposal in one step (the old one is cancelled as rescheduled)',
    tags,
    params: ZIdParams,
    body: ZRescheduleBooking,
    response: ZBooking,
  }),
  listPatientBookings: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id/bookings',
    summary: 'The patient’s bookings, newest first',
    tags,
    params: ZIdParams,
    response: z.array(ZBooking),
  }),
  listRecall: defineEndpoint({
    method: 'GET',
    path: '/api/recall',
    summary: 'Patients due or overdue for the annual health check',
    tags,
    query: ZRecallQuery,
    response: z.array(ZRecallItem),
  }),
  dayList: defineEndpoint({
    method: 'GET',
    path: '/api/day-list',
    summary: 'Visits for a day or week: the unit, one staff member or one room, each with the banner',
    tags,
    query: ZDayListQuery,
    response: ZDayList,
  }),
  unitCalendar: defineEndpoint({
    method: 'GET',
    path: '/api/calendar',
    summary: 'Open and busy time of every staff member, room and device of the active unit',
    tags,
    query: ZUnitCalendarQuery,
    response: ZUnitCalendar,
  }),
  getResourceCalendar: defineEndpoint({
    method: 'GET',
    path: '/api/calendars/:kind/:id',
    summary: 'Working hours and date overrides of a staff member, room, device or external participant',
    tags,
    params: z.object({ kind: ZResourceKind.exclude(['patient']), id: ZId }),
    response: ZResourceCalendar,
  }),
  saveResourceCalendar: defineEndpoint({
    method: 'PUT',
    path: '/api/calendars/:kind/:id',
    summary: 'Replace working hours and date overrides',
    tags,
    params: z.object({ kind: ZResourceKind.exclude(['patient']), id: ZId }),
    body: ZResourceCalendarInput,
    response: ZResourceCalendar,
  }),
  listClosedDays: defineEndpoint({
    method: 'GET',
    path: '/api/closed-days',
    summary: 'Public holidays and eves the unit is closed, as local dates',
    tags,
    query: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
    response: z.array(ZClosedDay),
  }),
  listExternalParticipants: defineEndpoint({
    method: 'GET',
    path: '/api/external-participants',
    summary: 'External participants of the active unit',
    tags,
    response: z.array(ZExternalParticipant),
  }),
  addExternalParticipant: defineEndpoint({
    method: 'POST',
    path: '/api/external-participants',
    summary: 'Add an external participant whose availability can be entered',
    tags,
    body: ZExternalParticipantInput,
    response: ZExternalParticipant,
    status: 201,
  }),
  updateExternalParticipant: defineEndpoint({
    method: 'PUT',
    path: '/api/external-participants/:id',
    summary: 'Change an external participant, or take them out of use (refused while they have visits ahead)',
    tags,
    params: ZIdParams,
    body: ZExternalParticipantUpdate,
    response: ZExternalParticipant,
  }),
};
/** The .ics of a booking: GET /api/bookings/:id/ics (text/calendar; not a JSON endpoint). */
export const BOOKING_ICS_PATH = '/api/bookings/:id/ics';
