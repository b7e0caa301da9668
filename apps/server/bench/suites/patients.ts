import { eq } from 'drizzle-orm';
import { patients } from '../../src/db/schema.ts';
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE } from '../../src/demo/people.ts';
import { seededRandom } from '../../src/demo/random.ts';
import { countAuditRows } from '../audit-state.ts';
import { withAuditLoggingOff } from '../audit-switch.ts';
import { type LatencySummary, median, round } from '../stats.ts';
import { measure, type ReportRow, type Suite } from '../suite.ts';

const REQUESTS_PER_CLIENT = 300;
const WARMUP_PER_CLIENT = 30;
/** Read phases alternate audit logging on, off, on, off …: this many of each. */
const READ_ROUNDS = 3;
const READS_PER_CLIENT_PER_ROUND = 200;
/** The page size the web client's patient search asks for. */
const SEARCH_LIMIT = 50;
const TARGET_SEARCH_P95_MS = 20;
const TARGET_AUDIT_OVERHEAD_PCT = 15;

const NAMES = [...FAMILY, ...GIVEN_FEMALE, ...GIVEN_MALE];
/** The ways people type an identity number: 12 digits, with a dash, and the short 10-digit forms. */
const IDENTITY_FORMS = [
  (n: string) => n,
  (n: string) => `${n.slice(0, 8)}-${n.slice(8)}`,
  (n: string) => n.slice(2),
  (n: string) => `${n.slice(2, 8)}-${n.slice(8)}`,
];

const ms = (n: number) => `${n.toFixed(1)} ms`;
const rps = (n: number) => `${n.toFixed(0)} req/s`;
const latencyRows = (what: string, s: LatencySummary): ReportRow[] => [
  { label: `${what} p50`, value: ms(s.p50) },
  {
    label: `${what} p95`,
    value: ms(s.p95),
    target: { text: `≤ ${TARGET_SEARCH_P95_MS} ms`, met: s.p95 <= TARGET_SEARCH_P95_MS },
  },
  { label: `${what} p99`, value: ms(s.p99) },
  { label: `${what} throughput`, value: rps(s.rps) },
];

/** Patient search (name prefix, identity number) and patient-page reads with audit logging on and off. */
export const patientsSuite: Suite = {
  name: 'patients',
  async run(ctx) {
    const { db } = ctx.database;
    const unitPatients = await db
      .select({ id: patients.id, identityNumber: patients.identityNumber })
      .from(patients)
      .where(eq(patients.unitId, ctx.region.kumlaUnitId));
    const rnd = seededRandom(4711);
    const namePath = () =>
      `/api/patients?limit=${SEARCH_LIMIT}&q=${encodeURIComponent(rnd.pick(NAMES).slice(0, rnd.int(2, 4)))}`;
    const identityPath = (_c: number, i: number) =>
      `/api/patients?limit=${SEARCH_LIMIT}&q=${IDENTITY_FORMS[i % IDENTITY_FORMS.length]!(rnd.pick(unitPatients).identityNumber)}`;
    const readPath = () => `/api/patients/${rnd.pick(unitPatients).id}`;

    ctx.log(`  warm-up (${WARMUP_PER_CLIENT} requests per client of each kind)`);
    for (const pathFor of [namePath, identityPath, readPath]) await measure(ctx, WARMUP_PER_CLIENT, pathFor);
    ctx.log('  search by name prefix');
    const byName = await measure(ctx, REQUESTS_PER_CLIENT, namePath);
    ctx.log('  search by identity number');
    const byIdentity = await measure(ctx, REQUESTS_PER_CLIENT, identityPath);

    const on: LatencySummary[] = [];
    const off: LatencySummary[] = [];
    for (let r = 1; r <= READ_ROUNDS; r++) {
      ctx.log(`  patient reads, round ${r}/${READ_ROUNDS}: audit logging on, then off`);
      on.push(await measure(ctx, READS_PER_CLIENT_PER_ROUND, readPath));
      const before = await countAuditRows(db);
      off.push(await withAuditLoggingOff(db, () => measure(ctx, READS_PER_CLIENT_PER_ROUND, readPath)));
      if ((await countAuditRows(db)) !== before)
        throw new Error('audit entries were written while logging was off');
    }
    const rpsOn = median(on.map((s) => s.rps));
    const rpsOff = median(off.map((s) => s.rps));
    const overheadPct = ((rpsOff - rpsOn) / rpsOff) * 100;
    const rounds = (xs: LatencySummary[]) => xs.map((s) => s.rps.toFixed(0)).join(', ');

    return {
      title: `Patients: ${ctx.sessions.length} concurrent clients, Kumla unit of ${ctx.region.kumlaPatients.toLocaleString('en')} patients`,
      rows: [
        ...latencyRows('Search by name prefix', byName),
        ...latencyRows('Search by identity number', byIdentity),
        { label: 'Patient read, audit on (median of rounds)', value: rps(rpsOn) },
        { label: '  rounds', value: rounds(on) },
        {
          label: '  p50 / p95 (median of rounds)',
          value: `${ms(median(on.map((s) => s.p50)))} / ${ms(median(on.map((s) => s.p95)))}`,
        },
        { label: 'Patient read, audit off (median of rounds)', value: rps(rpsOff) },
        { label: '  rounds', value: rounds(off) },
        {
          label: '  p50 / p95 (median of rounds)',
          value: `${ms(median(off.map((s) => s.p50)))} / ${ms(median(off.map((s) => s.p95)))}`,
        },
        {
          label: 'Audit logging overhead on reads',
          value: `${overheadPct.toFixed(1)} %`,
          target: { text: `≤ ${TARGET_AUDIT_OVERHEAD_PCT} %`, met: overheadPct <= TARGET_AUDIT_OVERHEAD_PCT },
        },
      ],
      fields: {
        patient_search_p50_ms_api: round(byName.p50),
        patient_search_p95_ms_api: round(byName.p95),
        patient_search_p99_ms_api: round(byName.p99),
        patient_search_rps_api: round(byName.rps, 1),
        identity_search_p50_ms_api: round(byIdentity.p50),
        identity_search_p95_ms_api: round(byIdentity.p95),
        identity_search_p99_ms_api: round(byIdentity.p99),
        identity_search_rps_api: round(byIdentity.rps, 1),
        patient_read_rps_audit_on: round(rpsOn, 1),
        patient_read_rps_audit_off: round(rpsOff, 1),
        audit_overhead_pct: round(overheadPct, 1),
      },
      notes: [
        `Searches ask for up to ${SEARCH_LIMIT} patients, like the web client; name prefixes are 2–4 letters of the demo names, identity numbers alternate 12-digit, dashed, 10-digit and 10-digit dashed forms.`,
        '"Audit off" drops the audit row in the database (a BEFORE INSERT trigger returning NULL): no chain lock, hash, row or index entries. The app still sends the INSERT in the same transaction, so its round trip stays in both figures.',
      ],
    };
  },
};
