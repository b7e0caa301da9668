// The scheduling part of the benchmark region: staff, rooms, devices, working hours, closed days,
// absences, the ten visit types per unit, fixed contacts, and two years of bookings whose allocations never
// overlap per resource (the exclusion constraint of migration 0005 would refuse them), inserted in large
// batches through json_to_recordset: one bound parameter per statement, whatever the batch size.
import { randomUUID } from 'node:crypto';
import type { Feature, Profession, VisitStep, VisitTypeCode } from '@lotsa/contracts';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../src/db/database.ts';
import {
  adaptationVersions,
  allocations as allocationsTable,
  careTeamAssignments,
  closedDays,
  equipment,
  externalParticipants,
  patients,
  rooms,
  staff,
  staffAbsences,
  users,
  visitTypes,
  workingHours,
} from '../../src/db/schema.ts';
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE } from '../../src/demo/people.ts';
import type { Random } from '../../src/demo/random.ts';
import { VISIT_TYPE_PLANS } from '../../src/demo/scheduling.ts';
import { localDateOf, localInstant, swedishClosedDays } from '../../src/modules/scheduling/search/index.ts';
import type { Progress } from './progress.ts';

const TZ = 'Europe/Stockholm';
const DAY_MS = 86_400_000;
const MINUTE = 60_000;

/** What the scheduling region is made of, at scale 1 (the issue's figures). */
export const SCHEDULING = {
  units: 20,
  staffPerUnit: 10,
  rooms: 60,
  /** Patients with fixed contacts and bookings, spread evenly over the units. */
  patients: 10_000,
  allocations: 300_000,
  /** Bookings from this many days before today to this many after: two years. */
  pastDays: 548,
  futureDays: 182,
  /** Patients of the clients' unit who need a floor lift, a wide bench and extended time. */
  benchPatients: 40,
};

/** Profession of each of a unit's ten staff members. */
const STAFF_MIX: Profession[] = [
  'doctor',
  'doctor',
  'nurse',
  'nurse',
  'nurse',
  'assistant_nurse',
  'ot',
  'pt',
  'navigator',
  'unit_manager',
];
const OTHER_FEATURES: Feature[] = [
  'wide_bench',
  'ceiling_lift',
  'hearing_loop',
  'low_stimulus',
  'wheelchair_scale',
  'height_adjustable_bench',
  'separate_entrance',
];

/** How often each visit type appears in the history (types with external participants are left out). */
const HISTORY_MIX: Array<[VisitTypeCode, number]> = [
  ['nurse_visit', 26],
  ['health_check', 18],
  ['extended_doctor', 12],
  ['team_visit', 10],
  ['digital_visit', 12],
  ['home_visit', 8],
  ['sampling_school', 5],
  ['study_visit', 3],
];

export interface SchedulingUnit {
  id: string;
  municipalityCodes: string[];
}

export interface SchedulingRegion {
  units: number;
  staff: number;
  rooms: number;
  equipment: number;
  patients: number;
  bookings: number;
  allocations: number;
  firstDate: string;
  lastDate: string;
  /** The clients' unit's team visit type. */
  teamVisitTypeId: string;
  healthCheckVisitTypeId: string;
  /** Patients of the clients' unit whose adaptations imply floor lift, wide bench and extended time. */
  benchPatientIds: string[];
  /** Other patients of the clients' unit with fixed contacts, for health checks. */
  otherPatientIds: string[];
  buildSeconds: number;
}

const localDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => localDate(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

/** Inserts rows through one JSON parameter: `columns` is the recordset's column definition. */
async function insertJson(db: Db, table: string, columns: string, rows: object[]) {
  if (rows.length === 0) return;
  const names = columns
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .join(', ');
  await db.execute(
    sql`${sql.raw(`insert into ${table} (${names}) select ${names} from json_to_recordset(`)}${JSON.stringify(rows)}${sql.raw(`::json) as x(${columns})`)}`,
  );
}

async function insertInBatches(db: Db, table: string, columns: string, rows: object[], size: number) {
  for (let i = 0; i < rows.length; i += size) await insertJson(db, table, columns, rows.slice(i, i + size));
}

interface UnitPlan {
  id: string;
  staff: Array<{ id: string; name: string; profession: Profession; fridays: boolean }>;
  rooms: Array<{ id: string; name: string; features: Feature[] }>;
  devices: Array<{ id: string; name: string }>;
  patients: Array<{ id: string; doctor: string; nurse: string; navigator: string | null }>;
  visitTypeIds: Map<VisitTypeCode, string>;
  steps: Map<VisitTypeCode, VisitStep[]>;
}

/**
 * Builds the scheduling region on `units` (the first is the clients' unit). Adds only what the demo
 * did not create: staff up to ten per unit, rooms up to 60, working hours for resources without any, …
 */
export async function buildSchedulingRegion(
  db: Db,
  regionId: string,
  units: SchedulingUnit[],
  scale: number,
  rnd: Random,
  log: (message: string) => void,
  progress: Progress,
): Promise<SchedulingRegion> {
  const began = performance.now();
  const today = localDate(Date.now());
  const firstDate = addDays(today, -Math.round(SCHEDULING.pastDays * Math.min(1, scale * 4)));
  const lastDate = addDays(today, Math.max(70, Math.round(SCHEDULING.futureDays * Math.min(1, scale * 4))));
  const unitIds = units.map((u) => u.id);
  const plans: UnitPlan[] = units.map((u) => ({
    id: u.id,
    staff: [],
    rooms: [],
    devices: [],
    patients: [],
    visitTypeIds: new Map(),
    steps: new Map(),
  }));
  const planOf = new Map(plans.map((p) => [p.id, p]));

  // --- Staff: ten per unit, the demo's staff first ----------------------------------------------------
  const existingStaff = await db
    .select({
      id: staff.id,
      unitId: staff.unitId,
      given: staff.givenName,
      family: staff.familyName,
      profession: staff.profession,
    })
    .from(staff)
    .where(inArray(staff.unitId, unitIds));
  for (const s of existingStaff)
    planOf.get(s.unitId)!.staff.push({
      id: s.id,
      name: `${s.given} ${s.family}`,
      profession: s.profession as Profession,
      fridays: true,
    });
  const newStaff: Array<typeof staff.$inferInsert> = [];
  for (const [u, plan] of plans.entries()) {
    const missing = [...STAFF_MIX];
    for (const s of plan.staff) {
      const i = missing.indexOf(s.profession);
      if (i >= 0) missing.splice(i, 1);
    }
    for (const profession of missing.slice(0, Math.max(0, SCHEDULING.staffPerUnit - plan.staff.length))) {
      const female = rnd.chance(0.7);
      const row = {
        id: randomUUID(),
        regionId,
        unitId: plan.id,
        givenName: rnd.pick(female ? GIVEN_FEMALE : GIVEN_MALE),
        familyName: rnd.pick(FAMILY),
        profession,
        hsaId: `SE2321000164-bs${u}x${newStaff.length}`,
        active: true,
      };
      newStaff.push(row);
      // Every other unit's occupational therapist and physiotherapist work four days a week.
      const fridays = !((profession === 'ot' || profession === 'pt') && u % 2 === 1);
      plan.staff.push({ id: row.id, name: `${row.givenName} ${row.familyName}`, profession, fridays });
    }
  }
  if (newStaff.length) await db.insert(staff).values(newStaff);

  // --- Rooms (one per unit with floor lift and wide bench) and a few mobile devices ---------------------
  const existingRooms = await db
    .select({ id: rooms.id, unitId: rooms.unitId, name: rooms.name, features: rooms.features })
    .from(rooms)
    .where(inArray(rooms.unitId, unitIds));
  for (const r of existingRooms)
    planOf.get(r.unitId)!.rooms.push({ id: r.id, name: r.name, features: r.features as Feature[] });
  let roomsLeft = SCHEDULING.rooms - existingRooms.length;
  const newRooms: Array<typeof rooms.$inferInsert> = [];
  for (const [u, plan] of plans.entries()) {
    const unitsLeft = plans.length - u;
    const want = Math.max(
      plan.rooms.length,
      Math.min(plan.rooms.length + Math.ceil(roomsLeft / unitsLeft), 3),
    );
    const hasLiftRoom = plan.rooms.some(
      (r) => r.features.includes('floor_lift') && r.features.includes('wide_bench'),
    );
    for (let n = plan.rooms.length; n < want && roomsLeft > 0; n++, roomsLeft--) {
      const features: Feature[] =
        n === 0 && !hasLiftRoom
          ? ['floor_lift', 'wide_bench', 'height_adjustable_bench']
          : OTHER_FEATURES.filter(() => rnd.chance(0.3));
      const row = {
        id: randomUUID(),
        regionId,
        unitId: plan.id,
        name: `Rum ${n + 1}`,
        features,
        active: true,
      };
      newRooms.push(row);
      plan.rooms.push({ id: row.id, name: row.name, features });
    }
  }
  if (newRooms.length) await db.insert(rooms).values(newRooms);
  const existingDevices = await db
    .select({ id: equipment.id, unitId: equipment.unitId, name: equipment.name })
    .from(equipment)
    .where(inArray(equipment.unitId, unitIds));
  for (const d of existingDevices) planOf.get(d.unitId)!.devices.push({ id: d.id, name: d.name });
  const newDevices: Array<typeof equipment.$inferInsert> = [];
  for (const plan of plans.filter((_, u) => u % 5 === 2)) {
    const row = {
      id: randomUUID(),
      regionId,
      unitId: plan.id,
      name: 'Mobil golvlyft',
      features: ['floor_lift'],
    };
    newDevices.push(row);
    plan.devices.push({ id: row.id, name: row.name });
  }
  if (newDevices.length) await db.insert(equipment).values(newDevices);

  // --- Working hours for every resource that has none ---------------------------------------------------
  const allIds = plans.flatMap((p) => [...p.staff, ...p.rooms, ...p.devices].map((r) => r.id));
  const withHours = new Set(
    (
      await db
        .selectDistinct({ id: workingHours.resourceId })
        .from(workingHours)
        .where(inArray(workingHours.resourceId, allIds))
    ).map((r) => r.id),
  );
  const hours: Array<typeof workingHours.$inferInsert> = [];
  const addHours = (kind: string, id: string, days: number, from: string, to: string, first = 1) => {
    if (withHours.has(id)) return;
    for (let weekday = first; weekday <= days; weekday++)
      hours.push({
        regionId,
        resourceKind: kind,
        resourceId: id,
        weekday,
        fromTime: from,
        toTime: to,
        validFrom: firstDate,
      });
  };
  for (const p of plans) {
    for (const s of p.staff) {
      addHours('staff', s.id, s.fridays ? 5 : 4, '08:00', '12:00');
      addHours('staff', s.id, s.fridays ? 5 : 4, '12:30', '16:30');
    }
    for (const r of p.rooms) addHours('room', r.id, 5, '07:30', '17:00');
    for (const d of p.devices) addHours('equipment', d.id, 5, '07:30', '17:00');
  }
  if (hours.length) await db.insert(workingHours).values(hours);

  // --- Closed days (Swedish holidays, computed; the region's own from closed_days) and absences -----------
  const ownClosed = new Set(
    (
      await db
        .select({ date: closedDays.date })
        .from(closedDays)
        .where(and(eq(closedDays.regionId, regionId), isNull(closedDays.unitId)))
    ).map((r) => r.date),
  );
  const closed = new Set<string>(ownClosed);
  for (let year = Number(firstDate.slice(0, 4)); year <= Number(lastDate.slice(0, 4)); year++)
    for (const d of swedishClosedDays(year)) closed.add(d.date);

  /** Per staff member, the dates away: three summer weeks (staggered) and one other week a year. */
  const away = new Map<string, Set<string>>();
  const absenceRows: Array<typeof staffAbsences.$inferInsert> = [];
  for (const p of plans)
    for (const [i, s] of p.staff.entries()) {
      for (let year = Number(firstDate.slice(0, 4)); year <= Number(lastDate.slice(0, 4)); year++) {
        const july = `${year}-07-01`;
        const summer = addDays(july, ((8 - weekday(july)) % 7) - 7 + 7 * (i % 4));
        const other = addDays(summer, 7 * rnd.int(8, 20) * (rnd.chance(0.5) ? 1 : -1));
        for (const [from, days] of [
          [summer, 20],
          [other, 4],
        ] as const) {
          absenceRows.push({
            regionId,
            staffId: s.id,
            fromDate: from,
            toDate: addDays(from, days),
            reason: 'Semester',
          });
        }
      }
    }
  await insertInBatches(
    db,
    'staff_absences',
    'region_id uuid, staff_id uuid, from_date date, to_date date, reason text',
    absenceRows.map((a) => ({
      region_id: a.regionId,
      staff_id: a.staffId,
      from_date: a.fromDate,
      to_date: a.toDate,
      reason: a.reason,
    })),
    5_000,
  );

  // --- Visit types: the demo's ten per unit, with the two external participants two of them need ----------
  const knownTypes = await db
    .select({ id: visitTypes.id, unitId: visitTypes.unitId, code: visitTypes.code, steps: visitTypes.steps })
    .from(visitTypes)
    .where(inArray(visitTypes.unitId, unitIds));
  for (const t of knownTypes) {
    planOf.get(t.unitId)!.visitTypeIds.set(t.code as VisitTypeCode, t.id);
    planOf.get(t.unitId)!.steps.set(t.code as VisitTypeCode, t.steps);
  }
  const typeRows: Array<typeof visitTypes.$inferInsert> = [];
  const externalRows: Array<typeof externalParticipants.$inferInsert> = [];
  const externalHours: Array<typeof workingHours.$inferInsert> = [];
  for (const p of plans) {
    if (p.visitTypeIds.size > 0) continue;
    const ext = { municipal: randomUUID(), habilitation: randomUUID() };
    externalRows.push(
      {
        id: ext.municipal,
        regionId,
        unitId: p.id,
        kind: 'municipal_nurse',
        name: `${rnd.pick(GIVEN_FEMALE)} ${rnd.pick(FAMILY)}`,
        organisation: 'Kommunal hälso- och sjukvård',
      },
      {
        id: ext.habilitation,
        regionId,
        unitId: p.id,
        kind: 'habilitation',
        name: `${rnd.pick(GIVEN_FEMALE)} ${rnd.pick(FAMILY)}`,
        organisation: 'Vuxenhabiliteringen',
      },
    );
    for (const [id, days] of [
      [ext.municipal, [2, 3, 4]],
      [ext.habilitation, [1, 3]],
    ] as const)
      for (const weekday of days)
        externalHours.push({
          regionId,
          resourceKind: 'external',
          resourceId: id,
          weekday,
          fromTime: '09:00',
          toTime: '15:00',
          validFrom: firstDate,
        });
    for (const t of VISIT_TYPE_PLANS) {
      const id = randomUUID();
      const steps = t.steps(ext);
      typeRows.push({
        id,
        regionId,
        unitId: p.id,
        code: t.code,
        name: t.name,
        location: t.location,
        steps,
        recurrence: t.recurrence ?? null,
      });
      p.visitTypeIds.set(t.code, id);
      p.steps.set(t.code, steps);
    }
  }
  if (externalRows.length) await db.insert(externalParticipants).values(externalRows);
  if (externalHours.length) await db.insert(workingHours).values(externalHours);
  if (typeRows.length) await db.insert(visitTypes).values(typeRows);

  // --- What the generator must respect: everyone's hours, absences and the demo's own bookings -------------
  const spans = new Map<string, Map<number, Array<[number, number]>>>();
  const minutesOf = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  for (const h of await db.select().from(workingHours).where(inArray(workingHours.resourceId, allIds))) {
    const byDay = spans.get(h.resourceId) ?? new Map<number, Array<[number, number]>>();
    byDay.set(h.weekday, [...(byDay.get(h.weekday) ?? []), [minutesOf(h.fromTime), minutesOf(h.toTime)]]);
    spans.set(h.resourceId, byDay);
  }
  for (const a of await db
    .select({ staffId: staffAbsences.staffId, from: staffAbsences.fromDate, to: staffAbsences.toDate })
    .from(staffAbsences)
    .where(
      inArray(
        staffAbsences.staffId,
        plans.flatMap((p) => p.staff.map((s) => s.id)),
      ),
    )) {
    const dates = away.get(a.staffId) ?? new Set<string>();
    for (let d = a.from; d <= a.to; d = addDays(d, 1)) dates.add(d);
    away.set(a.staffId, dates);
  }
  /** Active allocations already there (the demo's), per local date and resource, in minutes of the day. */
  const taken = new Map<string, Array<{ id: string; from: number; to: number }>>();
  for (const a of await db
    .select({
      id: allocationsTable.resourceId,
      start: allocationsTable.startsAt,
      end: allocationsTable.endsAt,
    })
    .from(allocationsTable)
    .where(and(eq(allocationsTable.regionId, regionId), eq(allocationsTable.active, true)))) {
    const date = localDateOf(a.start.getTime(), TZ);
    const midnight = localInstant(date, '12:00', TZ) - 720 * MINUTE;
    const list = taken.get(date) ?? [];
    list.push({
      id: a.id,
      from: (a.start.getTime() - midnight) / MINUTE,
      to: (a.end.getTime() - midnight) / MINUTE,
    });
    taken.set(date, list);
  }

  // --- Patients with fixed contacts: the same number at every unit -----------------------------------------
  const perUnit = Math.max(20, Math.round((SCHEDULING.patients * scale) / plans.length));
  const assigned = new Set(
    (
      await db
        .selectDistinct({ id: careTeamAssignments.patientId })
        .from(careTeamAssignments)
        .where(eq(careTeamAssignments.regionId, regionId))
    ).map((r) => r.id),
  );
  const assignments: object[] = [];
  for (const p of plans) {
    const candidates = (
      await db
        .select({ id: patients.id })
        .from(patients)
        .where(eq(patients.unitId, p.id))
        .orderBy(patients.id)
    ).filter((r) => !assigned.has(r.id));
    const of = (profession: Profession) => p.staff.filter((s) => s.profession === profession);
    const [doctors, nurses, navigators] = [of('doctor'), of('nurse'), of('navigator')];
    for (let i = 0; i < Math.min(perUnit, candidates.length); i++) {
      const j = rnd.int(i, candidates.length - 1);
      [candidates[i], candidates[j]] = [candidates[j]!, candidates[i]!];
      const patientId = candidates[i]!.id;
      const doctor = doctors[i % doctors.length]!;
      const nurse = nurses[i % nurses.length]!;
      const navigator = navigators[0] ?? null;
      p.patients.push({
        id: patientId,
        doctor: doctor.id,
        nurse: nurse.id,
        navigator: navigator?.id ?? null,
      });
      const standIn = (list: typeof doctors, id: string) => list.find((s) => s.id !== id)?.id ?? null;
      for (const [role, who, list] of [
        ['fixed_doctor', doctor, doctors],
        ['fixed_nurse', nurse, nurses],
        ...(navigator ? [['navigator', navigator, navigators] as const] : []),
      ] as const)
        assignments.push({
          region_id: regionId,
          patient_id: patientId,
          role,
          staff_id: who.id,
          stand_in_staff_id: standIn(list, who.id),
          valid_from: `${firstDate}T00:00:00Z`,
          assigned_by_name: 'Benchmark',
        });
    }
  }
  await insertInBatches(
    db,
    'care_team_assignments',
    'region_id uuid, patient_id uuid, role text, staff_id uuid, stand_in_staff_id uuid, valid_from timestamptz, assigned_by_name text',
    assignments,
    10_000,
  );

  // --- The bench patients: floor lift, wide bench, extended time ---------------------------------------------
  const home = plans[0]!;
  const benchCount = Math.min(SCHEDULING.benchPatients, Math.floor(home.patients.length / 2));
  const bench = home.patients.slice(0, benchCount);
  if (bench.length)
    await db.insert(adaptationVersions).values(
      bench.map((p, i) => ({
        regionId,
        patientId: p.id,
        version: 1,
        items: [
          { code: 'MOB-FLOOR-LIFT', note: null, params: {} },
          { code: 'MOB-WIDE-BENCH', note: null, params: {} },
          { code: 'LEN-EXTENDED', note: null, params: { minutes: [105, 120, 135][i % 3]! } },
        ],
        topThree: ['Behöver golvlyft och bred brits', 'Behöver längre tid'],
        consentBy: 'patient',
        recordedByName: 'Benchmark',
      })),
    );

  // --- Two years of bookings -----------------------------------------------------------------------------
  const [creator] = await db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.regionId, regionId))
    .limit(1);
  const { bookings, allocations } = await generateBookings({
    plans,
    regionId,
    creatorId: creator!.id,
    firstDate,
    lastDate,
    today,
    closed,
    away,
    spans,
    taken,
    targetAllocations: Math.round(SCHEDULING.allocations * scale),
    rnd,
  });
  log(
    `  generated ${bookings.length.toLocaleString('en')} bookings with ${allocations.length.toLocaleString('en')} allocations (${firstDate} – ${lastDate})`,
  );
  const BOOKING_BATCH = 5_000;
  const ALLOCATION_BATCH = 20_000;
  for (let i = 0; i < bookings.length; i += BOOKING_BATCH) {
    await insertJson(
      db,
      'bookings',
      'id uuid, region_id uuid, unit_id uuid, patient_id uuid, visit_type_id uuid, status text, starts_at timestamptz, ends_at timestamptz, steps jsonb, cancel_reason text, created_by uuid, created_at timestamptz, updated_at timestamptz',
      bookings.slice(i, i + BOOKING_BATCH),
    );
    await progress(Math.min(i + BOOKING_BATCH, bookings.length), bookings.length);
  }
  const allocationProgress = (done: number) => progress(done, allocations.length);
  for (let i = 0; i < allocations.length; i += ALLOCATION_BATCH) {
    await insertJson(
      db,
      'allocations',
      'id uuid, region_id uuid, booking_id uuid, resource_kind text, resource_id uuid, step_key text, starts_at timestamptz, ends_at timestamptz, active boolean',
      allocations.slice(i, i + ALLOCATION_BATCH),
    );
    await allocationProgress(Math.min(i + ALLOCATION_BATCH, allocations.length));
  }

  const others = home.patients.slice(benchCount).map((p) => p.id);
  return {
    units: plans.length,
    staff: plans.reduce((n, p) => n + p.staff.length, 0),
    rooms: plans.reduce((n, p) => n + p.rooms.length, 0),
    equipment: plans.reduce((n, p) => n + p.devices.length, 0),
    patients: plans.reduce((n, p) => n + p.patients.length, 0),
    bookings: bookings.length,
    allocations: allocations.length,
    firstDate,
    lastDate,
    teamVisitTypeId: home.visitTypeIds.get('team_visit')!,
    healthCheckVisitTypeId: home.visitTypeIds.get('health_check')!,
    benchPatientIds: bench.map((p) => p.id),
    otherPatientIds: others,
    buildSeconds: (performance.now() - began) / 1000,
  };
}

interface GenerateOptions {
  plans: UnitPlan[];
  regionId: string;
  creatorId: string;
  firstDate: string;
  lastDate: string;
  today: string;
  closed: Set<string>;
  away: Map<string, Set<string>>;
  /** Working hours: per resource, per ISO weekday, spans in minutes from local midnight. */
  spans: Map<string, Map<number, Array<[number, number]>>>;
  taken: Map<string, Array<{ id: string; from: number; to: number }>>;
  targetAllocations: number;
  rnd: Random;
}

/** Minutes from local midnight: the first start and the last end of a generated visit. */
const DAY_START = 8 * 60;
const DAY_END = 16 * 60 + 30;
const GRID = 15;

/**
 * Fills each open day of each unit with visits at random 15-minute starts until the day's share of the
 * allocations is reached; a visit is placed only where its room, staff, device and patient are all free
 * and the staff are at work, so no two active allocations of one resource overlap.
 */
async function generateBookings(o: GenerateOptions) {
  const { rnd } = o;
  const days: Array<{ date: string; weight: number }> = [];
  for (let date = o.firstDate; date <= o.lastDate; date = addDays(date, 1)) {
    if (weekday(date) > 5 || o.closed.has(date)) continue;
    // The future fills up over time: full for the next few weeks, a fifth half a year ahead.
    const ahead = (Date.parse(date) - Date.parse(o.today)) / DAY_MS;
    days.push({ date, weight: ahead <= 14 ? 1 : Math.max(0.2, 1 - (ahead - 14) / 180) });
  }
  const totalWeight = days.reduce((s, d) => s + d.weight, 0) * o.plans.length;
  const perUnitDay = o.targetAllocations / totalWeight;
  const mixTotal = HISTORY_MIX.reduce((s, [, w]) => s + w, 0);
  const pickType = () => {
    let x = rnd.next() * mixTotal;
    for (const [code, w] of HISTORY_MIX) {
      x -= w;
      if (x < 0) return code;
    }
    return HISTORY_MIX[0]![0];
  };
  const locations = new Map(VISIT_TYPE_PLANS.map((t) => [t.code, t.location]));
  const nowMs = Date.now();
  const bookings: object[] = [];
  const allocations: object[] = [];
  /** Is this span inside the resource's working hours that weekday? */
  const within = (id: string, day: number, from: number, to: number) =>
    (o.spans.get(id)?.get(day) ?? []).some(([f, t]) => f <= from && to <= t);

  for (const plan of o.plans) {
    /** Allocations still owed to the target: a day that overshoots takes it from the next. */
    let owed = 0;
    const staffById = new Map(plan.staff.map((s) => [s.id, s]));
    for (const { date, weight } of days) {
      const noon = localInstant(date, '12:00', TZ);
      const at = (minutes: number) => noon + (minutes - 720) * MINUTE;
      const day = weekday(date);
      const atWork = plan.staff.filter((s) => !o.away.get(s.id)?.has(date) && o.spans.get(s.id)?.has(day));
      const busy = new Map<string, Array<[number, number]>>();
      for (const t of o.taken.get(date) ?? []) busy.set(t.id, [...(busy.get(t.id) ?? []), [t.from, t.to]]);
      const free = (id: string, from: number, to: number) =>
        !(busy.get(id) ?? []).some(([s, e]) => s < to && from < e);
      const take = (id: string, from: number, to: number) => {
        const list = busy.get(id) ?? [];
        list.push([from, to]);
        busy.set(id, list);
      };
      owed += perUnitDay * weight;
      for (let attempt = 0; owed > 0 && attempt < 200; attempt++) {
        const code = pickType();
        const steps = plan.steps.get(code);
        const patient = rnd.pick(plan.patients);
        if (!steps || !patient) continue;
        const length = Math.max(...steps.map((s) => s.durationMinutes + offsetOf(steps, s.key)));
        const from = DAY_START + GRID * rnd.int(0, Math.floor((DAY_END - DAY_START - length) / GRID));
        const to = from + length;
        if (!free(patient.id, from, to)) continue;
        // Who does each step: the fixed contact, else anyone of the profession who is at work and free.
        const chosen = new Map<string, string>();
        let ok = true;
        for (const s of steps) {
          const sFrom = from + offsetOf(steps, s.key);
          const sTo = sFrom + s.durationMinutes;
          const perf = s.performer;
          if (perf.kind !== 'fixed' && perf.kind !== 'pool') {
            ok = false;
            break;
          }
          const profession: Profession = perf.kind === 'fixed' ? perf.role : perf.profession;
          const preferred =
            perf.kind === 'fixed'
              ? perf.role === 'doctor'
                ? patient.doctor
                : perf.role === 'nurse'
                  ? patient.nurse
                  : patient.navigator
              : null;
          const candidates = [
            ...(preferred ? [preferred] : []),
            ...atWork.filter((m) => m.profession === profession && m.id !== preferred).map((m) => m.id),
          ];
          const who = candidates.find(
            (id) =>
              atWork.some((m) => m.id === id) &&
              ![...chosen.values()].includes(id) &&
              within(id, day, sFrom, sTo) &&
              free(id, sFrom, sTo),
          );
          if (!who) {
            ok = false;
            break;
          }
          chosen.set(s.key, who);
        }
        if (!ok) continue;
        let room: UnitPlan['rooms'][number] | null = null;
        if (locations.get(code) === 'clinic') {
          const open = plan.rooms.filter((r) => within(r.id, day, from, to) && free(r.id, from, to));
          if (open.length === 0) continue;
          room = rnd.pick(open);
        }
        const device =
          room && plan.devices.length && rnd.chance(0.05)
            ? plan.devices.find((d) => within(d.id, day, from, to) && free(d.id, from, to))
            : undefined;

        const bookingId = randomUUID();
        const startsAt = at(from);
        const endsAt = at(to);
        const past = endsAt < nowMs;
        const r = rnd.next();
        const status = past
          ? r < 0.08
            ? 'cancelled'
            : r < 0.12
              ? 'no_show'
              : 'completed'
          : r < 0.05
            ? 'cancelled'
            : 'booked';
        const active = status !== 'cancelled';
        const iso = (ms: number) => new Date(ms).toISOString();
        const bookedSteps = steps.map((s) => {
          const sFrom = at(from + offsetOf(steps, s.key));
          const staffId = chosen.get(s.key)!;
          return {
            key: s.key,
            label: s.label,
            start: iso(sFrom),
            end: iso(sFrom + s.durationMinutes * MINUTE),
            staffId,
            staffName: staffById.get(staffId)!.name,
            externalId: null,
            roomId: room?.id ?? null,
            roomName: room?.name ?? null,
            equipmentIds: device ? [device.id] : [],
          };
        });
        const createdAt = iso(startsAt - rnd.int(1, 60) * DAY_MS);
        bookings.push({
          id: bookingId,
          region_id: o.regionId,
          unit_id: plan.id,
          patient_id: patient.id,
          visit_type_id: plan.visitTypeIds.get(code)!,
          status,
          starts_at: iso(startsAt),
          ends_at: iso(endsAt),
          steps: bookedSteps,
          cancel_reason: active ? null : 'Patienten lämnade återbud',
          created_by: o.creatorId,
          created_at: createdAt,
          updated_at: createdAt,
        });
        const allocate = (kind: string, id: string, stepKey: string | null, f: number, t: number) => {
          take(id, f, t);
          allocations.push({
            id: randomUUID(),
            region_id: o.regionId,
            booking_id: bookingId,
            resource_kind: kind,
            resource_id: id,
            step_key: stepKey,
            starts_at: iso(at(f)),
            ends_at: iso(at(t)),
            active,
          });
        };
        allocate('patient', patient.id, null, from, to);
        if (room) allocate('room', room.id, null, from, to);
        if (device) allocate('equipment', device.id, null, from, to);
        for (const s of steps) {
          const sFrom = from + offsetOf(steps, s.key);
          allocate('staff', chosen.get(s.key)!, s.key, sFrom, sFrom + s.durationMinutes);
        }
        owed -= 1 + steps.length + (room ? 1 : 0) + (device ? 1 : 0);
      }
    }
  }
  return { bookings, allocations };
}

/** Minutes from the visit's start to a step's start: `after` steps follow without a gap. */
function offsetOf(steps: readonly VisitStep[], key: string): number {
  const s = steps.find((x) => x.key === key)!;
  if (s.relation.kind === 'start') return 0;
  const ref = steps.find((x) => x.key === (s.relation as { step: string }).step)!;
  const base = offsetOf(steps, ref.key);
  return s.relation.kind === 'parallel' ? base : base + ref.durationMinutes;
}
