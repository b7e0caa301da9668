import { TZDate } from '@date-fns/tz';
import type {
  SearchResult,
  VisitType,
  ZExternalParticipantInput,
  ZExternalParticipantUpdate,
  ZResourceCalendarInput,
  ZSearchRequest,
} from '@lotsa/contracts';
import ical, { ICalEventStatus } from 'ical-generator';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { hasRoleIn } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { forbidden, notFound, problem } from '../../lib/errors.ts';
import { TIME_ZONE } from '../../lib/time.ts';
import { findUnits } from '../organisation/index.ts';
import { findPatientNames } from '../patients/index.ts';
import { guardedBooking } from './scheduling.booking.repository.ts';
import * as cal from './scheduling.calendar.repository.ts';
import { readClosedDays } from './scheduling.closed-days.ts';
import { loadSearchContext, toProposal } from './scheduling.input.service.ts';
import { searchSlots } from './search/index.ts';

export type ResourceKindNoPatient = 'staff' | 'room' | 'equipment' | 'external';

function requireUnit(actor: Actor): string {
  const unitId = actor.activeUnitId;
  if (!unitId) throw problem(400, 'no_active_unit');
  if (!actor.isRegionAdmin && (actor.unitRoles.get(unitId) ?? []).length === 0)
    throw forbidden('no_role_at_unit');
  return unitId;
}

/** Calendars and external participants are managed by the unit's manager or a region admin. */
function mayManage(actor: Actor, unitId: string): boolean {
  return actor.isRegionAdmin || hasRoleIn(actor, unitId, ['unit_manager']);
}

const mayManageRefusal = () => forbidden('manage_calendars');

export function toVisitType(r: cal.VisitTypeRow): VisitType {
  return {
    id: r.id,
    unitId: r.unitId,
    code: r.code as VisitType['code'],
    name: r.name,
    location: r.location as VisitType['location'],
    steps: r.steps,
    recurrence: r.recurrence ?? null,
    active: r.active,
  };
}

export async function listVisitTypes(db: Db, actor: Actor): Promise<VisitType[]> {
  const unitId = requireUnit(actor);
  return (await cal.findVisitTypes(db, actor.regionId, unitId)).map(toVisitType);
}

/** The best start times for a patient and visit type (the search's read is audited on the patient). */
export async function searchForSlots(
  db: Db,
  actor: Actor,
  body: z.output<typeof ZSearchRequest>,
  now = new Date(),
): Promise<SearchResult> {
  const ctx = await loadSearchContext(db, actor, body, { now });
  const outcome = searchSlots(ctx.input);
  return {
    requirements: ctx.requirements,
    durationMinutes: outcome.durationMinutes,
    proposals: outcome.proposals.map((p) => toProposal(p, ctx.names)),
    explanation: outcome.explanation
      ? {
          reasons: outcome.explanation.reasons,
          suggestions: outcome.explanation.suggestions.map((s) => ({
            ...s,
            firstStart: s.firstStart === null ? null : new Date(s.firstStart).toISOString(),
          })),
        }
      : null,
  };
}

// --- Resource calendars ---------------------------------------------------------------------------

async function resourceOf(db: Db, actor: Actor, kind: ResourceKindNoPatient, id: string) {
  const r = await cal.findResourceUnit(db, actor.regionId, kind, id);
  if (!r) throw notFound('resource');
  return r;
}

export async function getResourceCalendar(db: Db, actor: Actor, kind: ResourceKindNoPatient, id: string) {
  const r = await resourceOf(db, actor, kind, id);
  if (!actor.isRegionAdmin && (actor.unitRoles.get(r.unitId) ?? []).length === 0)
    throw forbidden('resource_other_unit');
  return readCalendar(db, actor.regionId, kind, id);
}

async function readCalendar(
  db: Parameters<typeof cal.findWorkingHours>[0],
  regionId: string,
  kind: ResourceKindNoPatient,
  id: string,
) {
  const hours = await cal.findWorkingHours(db, regionId, [id]);
  const overrides = await cal.findOverrides(db, regionId, [id]);
  return {
    kind,
    id,
    hours: hours.map((h) => ({
      weekday: h.weekday,
      from: h.fromTime,
      to: h.toTime,
      validFrom: h.validFrom,
      validTo: h.validTo,
    })),
    overrides: overrides.map((o) => ({ date: o.date, from: o.fromTime, to: o.toTime, reason: o.reason })),
  };
}

/** Replaces working hours and overrides in one transaction. */
export async function saveResourceCalendar(
  db: Db,
  actor: Actor,
  kind: ResourceKindNoPatient,
  id: string,
  input: z.output<typeof ZResourceCalendarInput>,
) {
  const r = await resourceOf(db, actor, kind, id);
  if (!mayManage(actor, r.unitId)) throw mayManageRefusal();
  for (const [i, h] of input.hours.entries())
    if (h.validTo !== null && h.validTo < h.validFrom)
      throw problem(400, 'calendar_end_before_start').at(
        `hours.${i}.validTo`,
        'calendar_end_before_start_field',
      );
  for (const [i, o] of input.overrides.entries())
    if ((o.from === null) !== (o.to === null) || (o.from !== null && o.to !== null && o.from >= o.to))
      throw problem(400, 'calendar_override_times').at(`overrides.${i}.to`, 'calendar_check_times');
  return db.transaction(async (tx) => {
    await cal.replaceCalendar(tx, actor.regionId, kind, id, input.hours, input.overrides);
    return readCalendar(tx, actor.regionId, kind, id);
  });
}

// --- Closed days and external participants --------------------------------------------------------

export async function listClosedDays(db: Db, actor: Actor, year: number) {
  const range = { from: `${year}-01-01`, to: `${year}-12-31` };
  return (await readClosedDays(db, actor.regionId, actor.activeUnitId, range)).between(range.from, range.to);
}

const toExternal = (r: cal.ExternalRow) => ({
  id: r.id,
  unitId: r.unitId,
  kind: r.kind as 'municipal_nurse',
  name: r.name,
  organisation: r.organisation,
  phone: r.phone,
  email: r.email,
});

export async function listExternalParticipants(db: Db, actor: Actor) {
  const unitId = requireUnit(actor);
  return (await cal.findExternals(db, actor.regionId, unitId)).filter((r) => r.active).map(toExternal);
}

export async function addExternalParticipant(
  db: Db,
  actor: Actor,
  input: z.output<typeof ZExternalParticipantInput>,
) {
  const unitId = requireUnit(actor);
  if (!mayManage(actor, unitId)) throw mayManageRefusal();
  const row = await cal.insertExternal(db, {
    regionId: actor.regionId,
    unitId,
    kind: input.kind,
    name: input.name,
    organisation: input.organisation,
    phone: input.phone,
    email: input.email,
  });
  return toExternal(row);
}

/**
 * Changes an external participant of the manager's unit. Taking one out of use is refused (409) while they
 * are booked for visits ahead: those must be moved or cancelled first, so no visit loses a participant
 * without anybody noticing.
 */
export async function updateExternalParticipant(
  db: Db,
  actor: Actor,
  id: string,
  input: z.output<typeof ZExternalParticipantUpdate>,
  now = new Date(),
) {
  return db.transaction(async (tx) => {
    const current = await cal.findExternal(tx, actor.regionId, id);
    if (!current) throw notFound('external_participant');
    if (!mayManage(actor, current.unitId)) throw mayManageRefusal();
    if (current.active && !input.active) {
      const ahead = await cal.countAllocationsAhead(tx, actor.regionId, id, now);
      if (ahead > 0) throw problem(409, 'external_has_visits', { name: current.name, count: ahead });
    }
    const row = await cal.updateExternal(tx, actor.regionId, id, {
      kind: input.kind,
      name: input.name,
      organisation: input.organisation ?? null,
      phone: input.phone ?? null,
      email: input.email ?? null,
      active: input.active,
    });
    return toExternal(row!);
  });
}

// --- iCalendar ------------------------------------------------------------------------------------

/** Europe/Stockholm's rules, so calendars without a time-zone database read the local times right. */
const STOCKHOLM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Stockholm',
  'X-LIC-LOCATION:Europe/Stockholm',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/**
 * The booking as an iCalendar file for companions and municipal partners: the visit in Stockholm time,
 * a plain Swedish summary, where (the unit, "Hembesök" or "Videomöte"), who the patient meets, and only
 * the patient's first name. Audited as a read of the booking.
 */
export async function getBookingIcs(db: Db, actor: Actor, id: string): Promise<string> {
  const r = await guardedBooking(db, actor, id, { forUpdate: false, action: 'read' }, async (tx, row) => {
    const names = await findPatientNames(tx, row.regionId, [row.patientId]);
    const vt = await cal.findVisitType(tx, row.regionId, row.visitTypeId);
    const [unit] = await findUnits(tx, row.regionId, [row.unitId]);
    return {
      value: { row, firstName: names.get(row.patientId)?.givenName ?? '', vt, unit },
      detail: { format: 'ics' },
    };
  });
  if (r.status === 'not_found') throw notFound('booking');
  if (r.status === 'denied') throw forbidden('booking_other_unit');
  const { row, firstName, vt, unit } = r.value;
  const steps = row.steps as Array<{ label: string; staffName: string | null; start: string }>;
  const staff = [...new Set(steps.flatMap((s) => (s.staffName ? [s.staffName] : [])))];
  const location =
    vt?.location === 'home'
      ? 'Hembesök'
      : vt?.location === 'digital'
        ? 'Videomöte'
        : [unit?.name, unit?.address].filter(Boolean).join(', ');
  const calendar = ical({ name: 'Lotsa', prodId: { company: 'Lotsa', product: 'Lotsa', language: 'SV' } });
  // No calendar-wide zone name: ical-generator writes DTSTAMP in the calendar's zone when one is set,
  // and DTSTAMP must be UTC (`…Z`, RFC 5545 3.8.7.2). The event's own zone still gets its VTIMEZONE
  // and `DTSTART;TZID=Europe/Stockholm`; X-WR-TIMEZONE keeps the hint some clients read.
  calendar.timezone({ name: null, generator: () => STOCKHOLM_VTIMEZONE });
  calendar.x('X-WR-TIMEZONE', TIME_ZONE);
  const at = (d: Date) => new TZDate(d.getTime(), TIME_ZONE);
  const hhmm = (t: TZDate) =>
    `${String(t.getHours()).padStart(2, '0')}:${String(t.getMinutes()).padStart(2, '0')}`;
  const lines = [
    `${vt?.name ?? 'Besök'} för ${firstName}.`,
    staff.length > 0 ? `Du träffar: ${staff.join(', ')}.` : null,
    ...steps.map((s) => `${hhmm(at(new Date(s.start)))} ${s.label}`),
    row.status === 'cancelled' ? 'Besöket är avbokat.' : null,
  ].filter((x): x is string => x !== null);
  // A cancelled visit: STATUS:CANCELLED, and SEQUENCE 1 so a calendar holding the earlier copy (same
  // UID, SEQUENCE 0) takes the cancellation as newer. No METHOD:CANCEL: iTIP (RFC 5546) requires an
  // ORGANIZER and ATTENDEEs for it, which a file for companions and partners does not have.
  const cancelled = row.status === 'cancelled';
  calendar.createEvent({
    id: `${row.id}@lotsa.se`,
    sequence: cancelled ? 1 : 0,
    status: cancelled ? ICalEventStatus.CANCELLED : null,
    start: at(row.startsAt),
    end: at(row.endsAt),
    stamp: row.updatedAt,
    timezone: TIME_ZONE,
    summary: `${vt?.name ?? 'Besök'} – ${firstName}`,
    location,
    description: lines.join('\n'),
  });
  return calendar.toString();
}
