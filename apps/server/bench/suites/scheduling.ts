// The scheduling suite: the team-visit search in-process and through the API, the naive baseline, the
// calendar read alone (the database floor), and bookings under contention with a double-booking count.
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../src/db/database.ts';
import { seededRandom } from '../../src/demo/random.ts';
import type { Actor } from '../../src/lib/actor.ts';
import { resolveSession, SESSION_COOKIE, toActor } from '../../src/modules/access/index.ts';
import { loadSearchInput } from '../../src/modules/scheduling/index.ts';
import {
  feasibleStarts,
  type PlannedVisit,
  type SearchInput,
  searchSlots,
  searchSlotsNaive,
  verifyProposal,
} from '../../src/modules/scheduling/search/index.ts';
import type { PlannedRequest } from '../load/protocol.ts';
import { median, type Percentiles, percentiles, round } from '../stats.ts';
import type { BenchContext, ReportRow, Suite } from '../suite.ts';

/** The targets. */
const TARGET_INPROCESS_P95_MS = 5;
const TARGET_API_P95_MS = 25;

/** In-process inputs: every bench patient with this many start dates, each searched `PASSES` times. */
const DATES_PER_PATIENT = 6;
const PASSES = 2;
/** Inputs the naive baseline runs on (it is slow): spread over patients and dates. */
const NAIVE_INPUTS = 30;
const API_WARMUP_PER_CLIENT = 3;
const API_PER_CLIENT = 30;
const API_ALONE = 60;
/** Booking under contention: patients per client, and retries with the 409's first alternative. */
const BOOKING_PATIENTS_PER_CLIENT = 10;
const BOOKING_RETRIES = 8;
/** Rounds in which every client tries to book the very same proposal. */
const SAME_SLOT_ROUNDS = 10;
const WEEKS = 8;
const LIMIT = 10;

const DAY_MS = 86_400_000;
const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
const stockholmToday = (now: Date) => now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}

/** The actor behind a signed-in session, as the app would build it for a request. */
async function actorOf(ctx: BenchContext, cookie: string): Promise<Actor> {
  const token = decodeURIComponent(cookie.slice(SESSION_COOKIE.length + 1));
  const session = await resolveSession(ctx.database.db, token, { sessionHours: 8 });
  if (!session) throw new Error('the bench session is not valid');
  return toActor(session);
}

/** A booking request for a planned visit, as the web client sends it after a search. */
function bookingBody(patientId: string, visitTypeId: string, v: PlannedVisit) {
  const iso = (t: number) => new Date(t).toISOString();
  return JSON.stringify({
    patientId,
    visitTypeId,
    mode: 'book',
    proposal: {
      start: iso(v.start),
      steps: v.steps.map((s) => ({
        key: s.key,
        start: iso(s.start),
        end: iso(s.end),
        staffId: s.staffId,
        externalId: s.externalId,
        roomId: s.roomId,
        equipmentIds: s.equipmentIds,
      })),
    },
  });
}

interface Phase {
  all: Percentiles;
  rps: number;
  wallMs: number;
  statuses: number[];
  /** Per client, the status of each request sent. */
  byClient: number[][];
}

async function runPhase(
  ctx: BenchContext,
  plans: PlannedRequest[][],
  accept: number[] = [200],
): Promise<Phase> {
  const { latencies, statuses, wallMs } = await ctx.load.run(
    plans.map((paths, c) => ({
      cookie: ctx.sessions[c]!.cookie,
      csrfToken: ctx.sessions[c]!.csrfToken,
      paths,
    })),
    { accept },
  );
  const all = latencies.flat();
  return {
    all: percentiles(all),
    rps: all.length / (wallMs / 1000),
    wallMs,
    statuses: statuses.flat(),
    byClient: statuses,
  };
}

export const schedulingSuite: Suite = {
  name: 'scheduling',
  async run(ctx) {
    const { db } = ctx.database;
    const s = ctx.region.scheduling;
    if (s.benchPatientIds.length === 0) throw new Error('the region has no bench patients');
    const actor = await actorOf(ctx, ctx.sessions[0]!.cookie);
    const now = new Date();
    const today = stockholmToday(now);
    const rnd = seededRandom(5_318_008);

    // --- The calendar read alone, and the inputs for the in-process search -----------------------------
    const requests = s.benchPatientIds.flatMap((patientId, p) =>
      Array.from({ length: DATES_PER_PATIENT }, (_, d) => ({
        patientId,
        visitTypeId: s.teamVisitTypeId,
        fromDate: addDays(today, d * 4 + (p % 4)),
        weeks: WEEKS,
        limit: LIMIT,
        relax: [] as Array<'staff' | 'time_window'>,
      })),
    );
    ctx.log(`  reading ${requests.length} search inputs (loadSearchInput)`);
    for (const r of requests.slice(0, 20)) await loadSearchInput(db, actor, r, { now }); // warm-up
    const inputs: SearchInput[] = [];
    const loadMs: number[] = [];
    for (const r of requests) {
      const t0 = performance.now();
      inputs.push(await loadSearchInput(db, actor, r, { now }));
      loadMs.push(performance.now() - t0);
    }
    const load = percentiles(loadMs);
    // The same reads without the calendar cache: every calendar of the unit read from the database.
    ctx.log(`  the same ${requests.length} reads without the calendar cache`);
    const uncachedMs: number[] = [];
    for (const r of requests) {
      const t0 = performance.now();
      await loadSearchInput(db, actor, r, { now, cache: false });
      uncachedMs.push(performance.now() - t0);
    }
    const uncached = percentiles(uncachedMs);

    // --- In-process search ---------------------------------------------------------------------------------
    ctx.log(`  searchSlots in-process: ${inputs.length} inputs × ${PASSES} passes`);
    for (const input of inputs.slice(0, 50)) searchSlots(input); // warm-up (JIT)
    const searchMs: number[] = [];
    const verifyMs: number[] = [];
    let empty = 0;
    let unverified = 0;
    for (let pass = 0; pass < PASSES; pass++)
      for (const input of inputs) {
        const [outcome, t] = time(() => searchSlots(input));
        searchMs.push(t);
        if (pass > 0) continue;
        const best = outcome.proposals[0];
        if (!best) {
          empty++;
          continue;
        }
        const [verdict, tv] = time(() => verifyProposal(input, best));
        verifyMs.push(tv);
        if (!verdict.ok) unverified++;
      }
    const inproc = percentiles(searchMs);
    const verify = percentiles(verifyMs);

    // --- The naive baseline on a subset, interleaved with the fast search on the same inputs ---------------
    const subset = Array.from(
      { length: Math.min(NAIVE_INPUTS, inputs.length) },
      (_, i) => inputs[Math.floor((i * inputs.length) / Math.min(NAIVE_INPUTS, inputs.length))]!,
    );
    ctx.log(`  naive minute-by-minute baseline on ${subset.length} of the inputs`);
    const naiveMs: number[] = [];
    const fastMs: number[] = [];
    const startsMs: number[] = [];
    let disagreements = 0;
    for (const input of subset) {
      const [, tf] = time(() => searchSlots(input));
      const [fast, ts] = time(() => feasibleStarts(input));
      const [slow, tn] = time(() => searchSlotsNaive(input));
      fastMs.push(tf);
      startsMs.push(ts);
      naiveMs.push(tn);
      if (fast.length !== slow.length || fast.some((t, i) => t !== slow[i])) disagreements++;
    }
    const naiveSpeedup = median(naiveMs) / median(fastMs);

    // --- Through the HTTP API, 10 clients and one alone --------------------------------------------------------
    const searchRequest = (): PlannedRequest => {
      const r = rnd.pick(requests);
      return {
        method: 'POST',
        path: '/api/scheduling/search',
        body: JSON.stringify({ ...r, fromDate: addDays(today, rnd.int(0, 27)) }),
      };
    };
    const clients = ctx.sessions.length;
    const plan = (perClient: number, n = clients) =>
      Array.from({ length: n }, () => Array.from({ length: perClient }, searchRequest));
    ctx.log(`  API search: warm-up, ${clients} clients × ${API_PER_CLIENT}, then 1 client × ${API_ALONE}`);
    await runPhase(ctx, plan(API_WARMUP_PER_CLIENT));
    const api = await runPhase(ctx, plan(API_PER_CLIENT));
    const apiAlone = await runPhase(ctx, plan(API_ALONE, 1));
    // The floor of any audited patient request under the same load: the patient page of the same
    // patients (session, one audited transaction, the row and its representatives), no calendars.
    ctx.log(`  audited patient read: ${clients} clients × ${API_PER_CLIENT}`);
    const readPlan = Array.from({ length: clients }, () =>
      Array.from(
        { length: API_PER_CLIENT },
        (): PlannedRequest => ({ method: 'GET', path: `/api/patients/${rnd.pick(s.benchPatientIds)}` }),
      ),
    );
    await runPhase(
      ctx,
      readPlan.map((l) => l.slice(0, API_WARMUP_PER_CLIENT)),
    );
    const audited = await runPhase(ctx, readPlan);

    // --- Bookings under contention ----------------------------------------------------------------------------
    // Each client books health checks for its own patients, each from a search made before the phase on
    // the same calendars: the proposals of different patients overlap (the same fixed staff and rooms), so
    // clients collide; a 409 answers with fresh alternatives and the client books the first of them.
    const bookers = s.otherPatientIds.slice(
      0,
      Math.min(
        clients * BOOKING_PATIENTS_PER_CLIENT,
        Math.max(0, s.otherPatientIds.length - SAME_SLOT_ROUNDS),
      ),
    );
    ctx.log(`  bookings under contention: ${bookers.length} patients over ${clients} clients`);
    const bookingPlans: PlannedRequest[][] = Array.from({ length: clients }, () => []);
    let group = 0;
    for (const [i, patientId] of bookers.entries()) {
      const input = await loadSearchInput(
        db,
        actor,
        { patientId, visitTypeId: s.healthCheckVisitTypeId, weeks: 2, limit: 3 },
        { now },
      );
      const best = searchSlots(input).proposals[0];
      if (!best) continue;
      bookingPlans[i % clients]!.push({
        method: 'POST',
        path: '/api/bookings',
        body: bookingBody(patientId, s.healthCheckVisitTypeId, best),
        group: group++,
        retryWithAlternative: BOOKING_RETRIES,
      });
    }
    const allocationsBefore = await countActive(ctx);
    const booking = await runPhase(ctx, bookingPlans, [201, 409]);
    const booked = booking.statuses.filter((x) => x === 201).length;
    const conflicts = booking.statuses.filter((x) => x === 409).length;
    const bookingsPerS = booked / (booking.wallMs / 1000);

    // Every client tries the very same proposal, round after round: exactly one may win each round. Each
    // round's proposal lies in its own week, after the weeks the contention phase booked in.
    ctx.log(`  the same proposal from all ${clients} clients at once, ${SAME_SLOT_ROUNDS} rounds`);
    const sameSlot: PlannedRequest[] = [];
    const roundPatients = s.otherPatientIds.slice(bookers.length, bookers.length + SAME_SLOT_ROUNDS);
    for (const [r, patientId] of roundPatients.entries()) {
      const input = await loadSearchInput(
        db,
        actor,
        {
          patientId,
          visitTypeId: s.healthCheckVisitTypeId,
          fromDate: addDays(today, 7 * (r + 4)),
          weeks: 1,
          limit: 1,
        },
        { now },
      );
      const best = searchSlots(input).proposals[0];
      if (best)
        sameSlot.push({
          method: 'POST',
          path: '/api/bookings',
          body: bookingBody(patientId, s.healthCheckVisitTypeId, best),
        });
    }
    const race = await runPhase(
      ctx,
      Array.from({ length: clients }, () => sameSlot),
      [201, 409],
    );
    const raceWins = race.statuses.filter((x) => x === 201).length;
    const winnersPerRound = sameSlot.map((_, r) => race.byClient.filter((st) => st[r] === 201).length);
    const racesRight = winnersPerRound.filter((w) => w === 1).length;

    ctx.log('  counting double bookings');
    const allocationsAfter = await countActive(ctx);
    const [overlaps] = await queryRows<{ n: number }>(
      db,
      sql`select count(*)::int as n from allocations a join allocations b
            on a.resource_id = b.resource_id and a.id < b.id
           and tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')
         where a.active and b.active`,
    );
    const doubleBookings = Number(overlaps!.n);

    const dbFloorRatio = apiAlone.all.p50 / load.p50;
    const dbFloorRatioLoaded = api.all.p50 / load.p50;
    const n = (x: number) => x.toLocaleString('en');
    const rows: ReportRow[] = [
      {
        label: 'Region: staff / rooms / devices / units',
        value: `${s.staff} / ${s.rooms} / ${s.equipment} / ${s.units}`,
      },
      { label: 'Region: patients with fixed contacts', value: n(s.patients) },
      {
        label: `Region: bookings / allocations (${s.firstDate} – ${s.lastDate})`,
        value: `${n(s.bookings)} / ${n(s.allocations)}`,
      },
      {
        label: 'Region build: whole / scheduling part',
        value: `${ctx.region.buildSeconds.toFixed(0)} s / ${s.buildSeconds.toFixed(0)} s`,
      },
      {
        label: 'Calendar read alone (loadSearchInput, as a search does it): p50 / p95',
        value: `${ms(load.p50)} / ${ms(load.p95)}`,
      },
      {
        label: '  the same without the calendar cache: p50 / p95',
        value: `${ms(uncached.p50)} / ${ms(uncached.p95)}`,
      },
      { label: `Team-visit search in-process (${searchMs.length} runs): p50`, value: ms(inproc.p50) },
      {
        label: 'Team-visit search in-process: p95',
        value: ms(inproc.p95),
        target: { text: `≤ ${TARGET_INPROCESS_P95_MS} ms`, met: inproc.p95 <= TARGET_INPROCESS_P95_MS },
      },
      {
        label: 'verifyProposal of the best proposal: p50 / p95',
        value: `${ms(verify.p50)} / ${ms(verify.p95)}`,
      },
      {
        label: `Naive baseline on ${subset.length} inputs: median (fast search: median)`,
        value: `${ms(median(naiveMs))} (${ms(median(fastMs))})`,
      },
      { label: 'Naive speed-up (naive median / searchSlots median)', value: `${naiveSpeedup.toFixed(0)}×` },
      { label: `Team-visit search API, ${clients} clients: p50`, value: ms(api.all.p50) },
      {
        label: `Team-visit search API, ${clients} clients: p95`,
        value: ms(api.all.p95),
        target: { text: `≤ ${TARGET_API_P95_MS} ms`, met: api.all.p95 <= TARGET_API_P95_MS },
      },
      {
        label: `Team-visit search API, ${clients} clients: p99 / throughput`,
        value: `${ms(api.all.p99)} / ${api.rps.toFixed(0)} req/s`,
      },
      {
        label: `Audited patient read (GET /api/patients/:id), ${clients} clients: p50 / p95`,
        value: `${ms(audited.all.p50)} / ${ms(audited.all.p95)}`,
      },
      {
        label: '  search API p95 / audited read p95 (same load)',
        value: `${(api.all.p95 / audited.all.p95).toFixed(2)}×`,
      },
      {
        label: 'Team-visit search API, 1 client alone: p50 / p95',
        value: `${ms(apiAlone.all.p50)} / ${ms(apiAlone.all.p95)}`,
      },
      {
        label: 'DB floor ratio (API p50, 1 client / calendar read p50)',
        value: `${dbFloorRatio.toFixed(2)}×`,
      },
      { label: `  the same with ${clients} clients' API p50`, value: `${dbFloorRatioLoaded.toFixed(2)}×` },
      {
        label: `Bookings under contention, ${clients} clients`,
        value: `${bookingsPerS.toFixed(1)} bookings/s`,
      },
      {
        label: '  booked / conflicts (409) / gave up',
        value: `${booked} / ${conflicts} / ${bookingPlans.flat().length - booked}`,
      },
      { label: '  booking request p50 / p95', value: `${ms(booking.all.p50)} / ${ms(booking.all.p95)}` },
      {
        label: `Same proposal from ${clients} clients: rounds with exactly one winner`,
        value: `${racesRight} / ${sameSlot.length}`,
        target: { text: 'every round', met: racesRight === sameSlot.length },
      },
      {
        label: 'Double bookings (overlapping active allocations of one resource)',
        value: String(doubleBookings),
        target: { text: '0', met: doubleBookings === 0 },
      },
    ];
    return {
      title: `Scheduling: team visit (3 professions, floor lift + wide bench, extended time), ${WEEKS}-week horizon`,
      rows,
      fields: {
        scheduling_units: s.units,
        scheduling_staff: s.staff,
        scheduling_rooms: s.rooms,
        scheduling_patients: s.patients,
        scheduling_bookings: s.bookings,
        scheduling_allocations: s.allocations,
        region_build_s: round(ctx.region.buildSeconds, 0),
        scheduling_region_build_s: round(s.buildSeconds, 0),
        search_inputs: inputs.length,
        search_empty_inputs: empty,
        search_p50_ms_inprocess: round(inproc.p50, 3),
        search_p95_ms_inprocess: round(inproc.p95, 3),
        search_p99_ms_inprocess: round(inproc.p99, 3),
        verify_p50_ms_inprocess: round(verify.p50, 3),
        verify_p95_ms_inprocess: round(verify.p95, 3),
        load_search_input_p50_ms: round(load.p50),
        load_search_input_p95_ms: round(load.p95),
        load_search_input_uncached_p50_ms: round(uncached.p50),
        load_search_input_uncached_p95_ms: round(uncached.p95),
        db_floor_ratio_uncached: round(apiAlone.all.p50 / uncached.p50, 2),
        naive_p50_ms: round(median(naiveMs)),
        naive_speedup: round(naiveSpeedup, 1),
        naive_speedup_vs_feasible_starts: round(median(naiveMs) / median(startsMs), 1),
        naive_disagreements: disagreements,
        search_p50_ms_api: round(api.all.p50),
        search_p95_ms_api: round(api.all.p95),
        search_p99_ms_api: round(api.all.p99),
        search_rps_api: round(api.rps, 1),
        audited_read_p50_ms_api: round(audited.all.p50),
        audited_read_p95_ms_api: round(audited.all.p95),
        search_over_audited_read_p95: round(api.all.p95 / audited.all.p95, 2),
        search_p50_ms_api_single_client: round(apiAlone.all.p50),
        search_p95_ms_api_single_client: round(apiAlone.all.p95),
        db_floor_ratio: round(dbFloorRatio, 2),
        db_floor_ratio_10_clients: round(dbFloorRatioLoaded, 2),
        bookings_per_s: round(bookingsPerS, 1),
        booking_conflicts: conflicts,
        booking_p50_ms: round(booking.all.p50),
        booking_p95_ms: round(booking.all.p95),
        same_slot_rounds: sameSlot.length,
        same_slot_winners: raceWins,
        same_slot_rounds_one_winner: racesRight,
        active_allocations_added: allocationsAfter - allocationsBefore,
        double_bookings: doubleBookings,
      },
      notes: [
        `In-process: ${requests.length} inputs (${s.benchPatientIds.length} patients × ${DATES_PER_PATIENT} start dates) read once by loadSearchInput; searchSlots timed ${PASSES} times on each. ${empty} inputs had no proposal; ${unverified} best proposals failed verifyProposal.`,
        `Naive baseline: searchSlotsNaive (every minute, every performer combination, linear scans) against searchSlots on the same ${subset.length} inputs, interleaved; it agreed with feasibleStarts on ${subset.length - disagreements} of them.`,
        `db_floor_ratio = API p50 with one client alone / loadSearchInput p50 (both one request at a time; loadSearchInput as the search runs it, with the calendar cache checking its version and reading what changed); db_floor_ratio_uncached uses the read of every calendar from the database instead. With ${clients} clients the API p50 is mostly queueing.`,
        `Bookings: each client books a health check for ${BOOKING_PATIENTS_PER_CLIENT} patients from proposals found before the phase (they overlap: shared fixed staff and rooms); on a 409 it books the answer's first fresh alternative (up to ${BOOKING_RETRIES} times). bookings_per_s = 201 answers / wall time.`,
      ],
    };
  },
};

async function countActive(ctx: BenchContext) {
  const [row] = await queryRows<{ n: number }>(
    ctx.database.db,
    sql`select count(*)::int as n from allocations where active`,
  );
  return Number(row!.n);
}
