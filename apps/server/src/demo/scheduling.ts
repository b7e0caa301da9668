import type { Booking, Proposal, VisitStep, VisitTypeCode } from '@lotsa/contracts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';
import { localToday, startOfLocalDay } from '../lib/time.ts';
import { withPatient } from '../modules/patients/index.ts';
import {
  bookFirstProposal,
  findUnitResources,
  insertCalendarRows,
  insertExternal,
  insertVisitType,
  nextOpenDay,
} from '../modules/scheduling/index.ts';
import type { DemoPatient, DemoUnit } from './profiles.ts';

/*
 * Scheduling (issue 5): for every unit the ten default visit types, working hours for staff, rooms,
 * equipment and two external participants (the Swedish closed days are computed, not seeded),
 * completed health checks 1–14 months back (so recall shows overdue, due and not yet due patients),
 * and visits booked today, on the next day the unit is open, and in the coming weeks. Every booking goes through the search and
 * the booking's own verification, so the demo obeys the same rules as the app. Dates are relative to
 * the seeding day (Europe/Stockholm).
 */

const DAY = 86_400_000;

type StepInput = Omit<VisitStep, 'roomFeatures'> & { roomFeatures?: VisitStep['roomFeatures'] };
const step = (s: StepInput): VisitStep => ({ roomFeatures: [], ...s });
const start = { kind: 'start' } as const;
const after = (key: string, maxGapMinutes: number) => ({ kind: 'after', step: key, maxGapMinutes }) as const;
const parallel = (key: string) => ({ kind: 'parallel', step: key }) as const;
const fixed = (role: 'doctor' | 'nurse' | 'navigator') => ({ kind: 'fixed', role }) as const;
const pool = (profession: 'ot' | 'pt' | 'assistant_nurse') => ({ kind: 'pool', profession }) as const;

interface TypePlan {
  code: VisitTypeCode;
  name: string;
  location: 'clinic' | 'home' | 'digital';
  steps: (ext: { municipal: string; habilitation: string }) => VisitStep[];
  recurrence?: { everyWeeks: number; weekday: number; time: string };
}

export const VISIT_TYPE_PLANS: TypePlan[] = [
  {
    code: 'health_check',
    name: 'Hälsokontroll',
    location: 'clinic',
    steps: () => [
      step({
        key: 'nurse',
        label: 'Sjuksköterskan: vikt, blodtryck och blodprov',
        pictogram: 'meet_nurse',
        durationMinutes: 30,
        performer: fixed('nurse'),
        relation: start,
      }),
      step({
        key: 'doctor',
        label: 'Läkaren: samtal och undersökning',
        pictogram: 'meet_doctor',
        durationMinutes: 30,
        performer: fixed('doctor'),
        relation: after('nurse', 15),
      }),
    ],
  },
  {
    code: 'extended_doctor',
    name: 'Förlängt läkarbesök',
    location: 'clinic',
    steps: () => [
      step({
        key: 'doctor',
        label: 'Läkaren: gott om tid att prata',
        pictogram: 'meet_doctor',
        durationMinutes: 60,
        performer: fixed('doctor'),
        relation: start,
      }),
    ],
  },
  {
    code: 'nurse_visit',
    name: 'Sjuksköterskebesök',
    location: 'clinic',
    steps: () => [
      step({
        key: 'nurse',
        label: 'Sjuksköterskan',
        pictogram: 'meet_nurse',
        durationMinutes: 30,
        performer: fixed('nurse'),
        relation: start,
      }),
    ],
  },
  {
    code: 'team_visit',
    name: 'Teambesök',
    location: 'clinic',
    steps: () => [
      step({
        key: 'nurse',
        label: 'Sjuksköterskan',
        pictogram: 'meet_nurse',
        durationMinutes: 30,
        performer: fixed('nurse'),
        relation: start,
      }),
      step({
        key: 'ot',
        label: 'Arbetsterapeuten',
        pictogram: 'meet_ot',
        durationMinutes: 30,
        performer: pool('ot'),
        relation: after('nurse', 10),
      }),
      step({
        key: 'pt',
        label: 'Fysioterapeuten',
        pictogram: 'meet_pt',
        durationMinutes: 30,
        performer: pool('pt'),
        relation: after('ot', 10),
      }),
    ],
  },
  {
    code: 'study_visit',
    name: 'Studiebesök',
    location: 'clinic',
    steps: () => [
      step({
        key: 'visit',
        label: 'Titta runt med vårdlotsen',
        pictogram: 'look_around',
        durationMinutes: 45,
        performer: fixed('navigator'),
        relation: start,
      }),
    ],
  },
  {
    code: 'sampling_school',
    name: 'Provtagningsskola',
    location: 'clinic',
    steps: () => [
      step({
        key: 'practice',
        label: 'Öva på blodprov med undersköterskan',
        pictogram: 'blood_test',
        durationMinutes: 30,
        performer: pool('assistant_nurse'),
        relation: start,
      }),
    ],
  },
  {
    code: 'home_visit',
    name: 'Hembesök',
    location: 'home',
    steps: () => [
      step({
        key: 'nurse',
        label: 'Sjuksköterskan kommer hem till dig',
        pictogram: 'home',
        durationMinutes: 60,
        performer: fixed('nurse'),
        relation: start,
      }),
      step({
        key: 'doctor',
        label: 'Läkaren kommer hem till dig',
        pictogram: 'meet_doctor',
        durationMinutes: 60,
        performer: fixed('doctor'),
        relation: parallel('nurse'),
      }),
    ],
  },
  {
    code: 'digital_visit',
    name: 'Videobesök',
    location: 'digital',
    steps: () => [
      step({
        key: 'doctor',
        label: 'Läkaren i ett videosamtal',
        pictogram: 'video_call',
        durationMinutes: 30,
        performer: fixed('doctor'),
        relation: start,
      }),
    ],
  },
  {
    code: 'sip_meeting',
    name: 'SIP-möte',
    location: 'clinic',
    steps: (ext) => [
      step({
        key: 'navigator',
        label: 'Vårdlotsen leder mötet',
        pictogram: 'meet_team',
        durationMinutes: 60,
        performer: fixed('navigator'),
        relation: start,
      }),
      step({
        key: 'doctor',
        label: 'Läkaren',
        pictogram: 'meet_doctor',
        durationMinutes: 60,
        performer: fixed('doctor'),
        relation: parallel('navigator'),
      }),
      step({
        key: 'municipal',
        label: 'Kommunens sjuksköterska',
        pictogram: 'talk',
        durationMinutes: 60,
        performer: { kind: 'external', externalId: ext.municipal },
        relation: parallel('navigator'),
      }),
    ],
  },
  {
    code: 'joint_session',
    name: 'Gemensam mottagning med kommun och habilitering',
    location: 'clinic',
    recurrence: { everyWeeks: 2, weekday: 3, time: '13:00' },
    steps: (ext) => [
      step({
        key: 'nurse',
        label: 'Sjuksköterskan',
        pictogram: 'meet_nurse',
        durationMinutes: 60,
        performer: fixed('nurse'),
        relation: start,
      }),
      step({
        key: 'municipal',
        label: 'Kommunens sjuksköterska',
        pictogram: 'talk',
        durationMinutes: 60,
        performer: { kind: 'external', externalId: ext.municipal },
        relation: parallel('nurse'),
      }),
      step({
        key: 'habilitation',
        label: 'Habiliteringen',
        pictogram: 'meet_team',
        durationMinutes: 60,
        performer: { kind: 'external', externalId: ext.habilitation },
        relation: parallel('nurse'),
      }),
    ],
  },
];

type Hours = Array<{ weekday: number; from: string; to: string; validFrom: string; validTo: string | null }>;

const week = (days: number[], spans: Array<[string, string]>, validFrom: string): Hours =>
  days.flatMap((weekday) => spans.map(([from, to]) => ({ weekday, from, to, validFrom, validTo: null })));

const MON_FRI = [1, 2, 3, 4, 5];
const WORKDAY: Array<[string, string]> = [
  ['08:00', '12:00'],
  ['12:30', '16:30'],
];

/** Part-time and a free Friday, so the calendars are not all alike. */
function staffDays(givenName: string): number[] {
  if (givenName === 'Leo') return [1, 2, 3];
  if (givenName === 'Åsa') return [1, 2, 3, 4];
  return MON_FRI;
}

interface Ctx {
  db: Db;
  unit: DemoUnit;
  actor: Actor;
  types: Map<VisitTypeCode, string>;
  today: string;
  now: Date;
}

export async function seedScheduling(db: Db, units: DemoUnit[], now: Date) {
  const today = localToday(now);
  const year = Number(today.slice(0, 4));
  const validFrom = `${year - 2}-01-01`;
  for (const unit of units) {
    const town = unit.name.split(' ')[0]!;
    const municipal = await insertExternal(db, {
      regionId: unit.regionId,
      unitId: unit.unitId,
      kind: 'municipal_nurse',
      name: town === 'Kumla' ? 'Karin Ek' : 'Lena Holm',
      organisation: `${town} kommun, kommunal hälso- och sjukvård`,
      phone: '019-58 80 41',
      email: null,
    });
    const habilitation = await insertExternal(db, {
      regionId: unit.regionId,
      unitId: unit.unitId,
      kind: 'habilitation',
      name: 'Sofia Ljung',
      organisation: `Vuxenhabiliteringen, ${unit.regionName}`,
      phone: '019-602 50 00',
      email: null,
    });
    // Entered availability: the municipal nurse Tuesday to Thursday, habilitation Monday and Wednesday.
    await insertCalendarRows(
      db,
      unit.regionId,
      'external',
      municipal.id,
      week([2, 3, 4], [['09:00', '15:00']], validFrom),
    );
    await insertCalendarRows(
      db,
      unit.regionId,
      'external',
      habilitation.id,
      week([1, 3], [['09:00', '15:00']], validFrom),
    );
    const resources = await findUnitResources(db, unit.regionId, unit.unitId);
    for (const s of unit.staff)
      await insertCalendarRows(
        db,
        unit.regionId,
        'staff',
        s.id,
        week(staffDays(s.givenName), WORKDAY, validFrom),
      );
    for (const r of resources.rooms)
      await insertCalendarRows(
        db,
        unit.regionId,
        'room',
        r.id,
        week(MON_FRI, [['07:30', '17:00']], validFrom),
      );
    for (const r of resources.equipment)
      await insertCalendarRows(
        db,
        unit.regionId,
        'equipment',
        r.id,
        week(MON_FRI, [['07:30', '17:00']], validFrom),
      );
    const types = new Map<VisitTypeCode, string>();
    for (const t of VISIT_TYPE_PLANS) {
      const row = await insertVisitType(db, {
        regionId: unit.regionId,
        unitId: unit.unitId,
        code: t.code,
        name: t.name,
        location: t.location,
        steps: t.steps({ municipal: municipal.id, habilitation: habilitation.id }),
        recurrence: t.recurrence ?? null,
      });
      types.set(t.code, row.id);
    }
    const actor: Actor = { ...unit.actor, unitRoles: new Map([[unit.unitId, ['navigator']]]) };
    const ctx: Ctx = { db, unit, actor, types, today, now };
    await seedHealthCheckHistory(ctx);
    await seedUpcoming(ctx);
  }
}

interface BookOptions {
  from: string;
  days: number;
  /** The clock the search and the verification use. */
  now: Date;
  completed?: boolean;
  relax?: Array<'staff' | 'time_window'>;
  pick?: (proposals: readonly Proposal[]) => Proposal | undefined;
  note?: string;
}

/** Searches and books the chosen proposal for the patient; null when nothing fits (a small unit). */
async function book(c: Ctx, p: DemoPatient, code: VisitTypeCode, o: BookOptions): Promise<Booking | null> {
  const visitTypeId = c.types.get(code)!;
  const r = await withPatient(
    { db: c.db, actor: c.actor },
    p.id,
    { forUpdate: false, action: 'create', entity: 'booking' },
    async (tx, patient) => {
      const booking = await bookFirstProposal(
        tx,
        c.actor,
        patient,
        { visitTypeId, fromDate: o.from, days: o.days, limit: 20, relax: o.relax ?? [], now: o.now },
        {
          completed: o.completed,
          createdAt: o.completed ? new Date(o.now.getTime() - 21 * DAY) : undefined,
          note: o.note ?? null,
          pick: o.pick,
        },
      );
      return { value: booking, entityId: booking?.id };
    },
  );
  return r.status === 'ok' ? r.value : null;
}

const shiftDate = (date: string, days: number) =>
  localToday(new Date(startOfLocalDay(date).getTime() + days * DAY + 12 * 3_600_000));

/**
 * Completed health checks: most patients had theirs 1–14 months ago (those 11–14 months back are due or
 * overdue now); every sixth patient has had none yet (due at enrolment).
 */
async function seedHealthCheckHistory(c: Ctx) {
  for (const p of c.unit.patients) {
    if (p.index % 6 === 5) continue;
    const monthsAgo = 1 + ((p.index * 5) % 14);
    const from = shiftDate(c.today, -Math.round(monthsAgo * 30.4) + (p.index % 4));
    await book(c, p, 'health_check', {
      from,
      days: 7,
      now: startOfLocalDay(from),
      completed: true,
      relax: ['staff', 'time_window'],
    });
  }
}

/**
 * Visits today, the next open day and the coming three weeks, so the day lists are full — but never the visits of
 * the patient who needs a floor lift (the first with index 4), who must still find times in Rum 1.
 */
async function seedUpcoming(c: Ctx) {
  const patients = c.unit.patients.filter((p) => p.index !== 4);
  if (patients.length === 0) return;
  const at = (i: number) => patients[i % patients.length]!;
  const dayStart = startOfLocalDay(c.today);
  const sameDay = (day: string) => (ps: readonly Proposal[]) =>
    [...ps].sort((a, b) => a.start.localeCompare(b.start)).find((x) => localToday(new Date(x.start)) === day);
  const earliest = (ps: readonly Proposal[]) => [...ps].sort((a, b) => a.start.localeCompare(b.start))[0];
  const big = c.unit.patients.length >= 20;
  // Today (the whole day, also the hours already gone; none when the unit is closed today) and the next day
  // the unit is open (Monday after a Friday, the 28th after 23 December): the day the letters page opens on.
  const nextOpen = await nextOpenDay(c.db, c.unit.regionId, c.unit.unitId, c.today);
  const plan: Array<[VisitTypeCode, number, string]> = big
    ? [
        ['nurse_visit', 0, c.today],
        ['extended_doctor', 1, c.today],
        ['sampling_school', 2, c.today],
        ['team_visit', 3, c.today],
        ['nurse_visit', 5, c.today],
        ['health_check', 6, nextOpen],
        ['nurse_visit', 7, nextOpen],
        ['digital_visit', 8, nextOpen],
        ['study_visit', 9, nextOpen],
      ]
    : [
        ['nurse_visit', 0, c.today],
        ['nurse_visit', 1, nextOpen],
      ];
  for (const [code, i, day] of plan)
    await book(c, at(i), code, {
      from: day,
      days: 1,
      now: day === c.today ? dayStart : c.now,
      relax: ['staff', 'time_window'],
      pick: sameDay(day),
    });
  if (!big) return;
  // The coming weeks: health checks for some of those due, team visits, a SIP meeting, a home visit…
  const later: Array<[VisitTypeCode, number, number]> = [
    ['health_check', 10, 2],
    ['health_check', 11, 3],
    ['health_check', 12, 6],
    ['team_visit', 13, 4],
    ['team_visit', 14, 9],
    ['extended_doctor', 15, 5],
    ['sip_meeting', 16, 7],
    ['home_visit', 17, 8],
    ['digital_visit', 18, 10],
    ['nurse_visit', 19, 11],
    ['study_visit', 21, 12],
    ['nurse_visit', 22, 14],
    ['health_check', 23, 15],
  ];
  for (const [code, i, inDays] of later)
    await book(c, at(i), code, { from: shiftDate(c.today, inDays), days: 5, now: c.now, pick: earliest });
  // Provtagningsskola: a series of three practice visits, a week apart.
  for (const w of [2, 9, 16])
    await book(c, at(24), 'sampling_school', {
      from: shiftDate(c.today, w),
      days: 5,
      now: c.now,
      pick: earliest,
    });
  // The joint session with municipal health care and habilitation, every other Wednesday at 13:00.
  const wednesday = nextWeekday(c.today, 3);
  let who: DemoPatient | null = null;
  for (const w of [0, 14, 28]) {
    const day = shiftDate(wednesday, w);
    const options: BookOptions = {
      from: day,
      days: 1,
      now: c.now,
      relax: ['staff', 'time_window'],
      pick: (ps) =>
        ps.find((x) => new Date(x.start).getTime() === startOfLocalDay(day).getTime() + 13 * 3_600_000) ??
        earliest(ps),
    };
    // The first patient (from the 26th on) whose needs fit the series; the same patient every time.
    if (who) await book(c, who, 'joint_session', options);
    else
      for (let i = 25; !who && i < 25 + patients.length; i++)
        if (await book(c, at(i), 'joint_session', options)) who = at(i);
  }
}

function nextWeekday(date: string, weekday: number): string {
  for (let i = 1; i <= 7; i++) {
    const d = shiftDate(date, i);
    const [y, m, dd] = d.split('-').map(Number) as [number, number, number];
    if ((new Date(Date.UTC(y, m - 1, dd)).getUTCDay() || 7) === weekday) return d;
  }
  return date;
}
