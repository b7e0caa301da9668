import { eq } from 'drizzle-orm';
import { patients } from '../../src/db/schema.ts';
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE } from '../../src/demo/people.ts';
import { seededRandom } from '../../src/demo/random.ts';
import { countAuditRows } from '../audit-state.ts';
import { withAuditLoggingOff } from '../audit-switch.ts';
import { median, type Percentiles, round } from '../stats.ts';
import { type BenchContext, type Measured, measure, type ReportRow, type Suite } from '../suite.ts';

const PER_CLIENT = 300;
const WARMUP_PER_CLIENT = 30;
const ALONE = 200;
/**
 * Read phases alternate audit logging on, off, on, off …: many short rounds, so that both settings meet the
 * same background noise and the medians shrug off a disturbed round.
 */
const READ_ROUNDS = 10;
const READS_PER_CLIENT = 60;
/** The page size the web client's patient search asks for. */
const SEARCH_LIMIT = 50;
const TARGET_SEARCH_P95_MS = 20;
const TARGET_AUDIT_OVERHEAD_PCT = 15;

const NAMES = [...FAMILY, ...GIVEN_FEMALE, ...GIVEN_MALE];
/** How people type an identity number: 12 digits, dashed, then the 10-digit forms without century. */
const IDENTITY_FORMS = [
  (n: string) => n,
  (n: string) => `${n.slice(0, 8)}-${n.slice(8)}`,
  (n: string) => n.slice(2),
  (n: string) => `${n.slice(2, 8)}-${n.slice(8)}`,
];
const isTenDigitForm = (i: number) => i % IDENTITY_FORMS.length >= 2;

const ms = (n: number) => `${n.toFixed(1)} ms`;
const perSecond = (n: number) => `${n.toFixed(0)} req/s`;
const p95Row = (label: string, p: Percentiles): ReportRow => ({
  label,
  value: ms(p.p95),
  target: { text: `≤ ${TARGET_SEARCH_P95_MS} ms`, met: p.p95 <= TARGET_SEARCH_P95_MS },
});
const searchRows = (what: string, m: Measured): ReportRow[] => [
  { label: `${what}: p50`, value: ms(m.p50) },
  p95Row(`${what}: p95`, m),
  { label: `${what}: p99`, value: ms(m.p99) },
  { label: `${what}: throughput`, value: perSecond(m.rps) },
];

/** Patient-page reads in rounds alternating audit logging on and off; medians of the rounds. */
async function compareAuditOnOff(ctx: BenchContext, readPath: () => string) {
  const on: Measured[] = [];
  const off: Measured[] = [];
  const { db } = ctx.database;
  for (let r = 1; r <= READ_ROUNDS; r++) {
    ctx.log(`  patient reads, round ${r}/${READ_ROUNDS}: audit logging on, then off`);
    on.push(await measure(ctx, { perClient: READS_PER_CLIENT }, readPath));
    const before = await countAuditRows(db);
    off.push(await withAuditLoggingOff(db, () => measure(ctx, { perClient: READS_PER_CLIENT }, readPath)));
    if ((await countAuditRows(db)) !== before)
      throw new Error('audit entries were written while logging was off');
  }
  const summary = (phases: Measured[]) => ({
    rps: median(phases.map((p) => p.rps)),
    p50: median(phases.map((p) => p.p50)),
    p95: median(phases.map((p) => p.p95)),
    range: `${Math.min(...phases.map((p) => p.rps)).toFixed(0)}–${Math.max(...phases.map((p) => p.rps)).toFixed(0)} req/s`,
  });
  const [withLog, without] = [summary(on), summary(off)];
  return {
    on: withLog,
    off: without,
    overheadPct: ((without.rps - withLog.rps) / without.rps) * 100,
    // Each round's on phase against the off phase right after it: cancels slow drift in background load.
    pairedPct: median(on.map((p, i) => ((off[i]!.rps - p.rps) / off[i]!.rps) * 100)),
  };
}

/** Patient search (name prefix, identity number) and patient-page reads with audit logging on and off. */
export const patientsSuite: Suite = {
  name: 'patients',
  async run(ctx) {
    const unitPatients = await ctx.database.db
      .select({ id: patients.id, identityNumber: patients.identityNumber })
      .from(patients)
      .where(eq(patients.unitId, ctx.region.kumlaUnitId));
    const rnd = seededRandom(4711);
    const search = (q: string) => `/api/patients?limit=${SEARCH_LIMIT}&q=${encodeURIComponent(q)}`;
    const namePath = () => search(rnd.pick(NAMES).slice(0, rnd.int(2, 4)));
    const identityPath = (_c: number, i: number) =>
      search(IDENTITY_FORMS[i % IDENTITY_FORMS.length]!(rnd.pick(unitPatients).identityNumber));
    const readPath = () => `/api/patients/${rnd.pick(unitPatients).id}`;

    ctx.log(`  warm-up: ${WARMUP_PER_CLIENT} requests per client of each kind`);
    for (const pathFor of [namePath, identityPath, readPath])
      await measure(ctx, { perClient: WARMUP_PER_CLIENT }, pathFor);
    ctx.log('  search by name prefix');
    const byName = await measure(ctx, { perClient: PER_CLIENT }, namePath);
    const alone = await measure(ctx, { perClient: ALONE, clients: 1 }, namePath);
    ctx.log('  search by identity number');
    const byIdentity = await measure(ctx, { perClient: PER_CLIENT }, identityPath);
    // Per form only without other clients: under load every request mostly waits behind the others.
    const identityAlone = await measure(ctx, { perClient: ALONE, clients: 1 }, identityPath);
    const twelve = identityAlone.subset((_c, i) => !isTenDigitForm(i));
    const ten = identityAlone.subset((_c, i) => isTenDigitForm(i));
    const reads = await compareAuditOnOff(ctx, readPath);
    const n = ctx.sessions.length;

    return {
      title: `Patients: ${n} concurrent clients at a unit of ${ctx.region.kumlaPatients.toLocaleString('en')} patients`,
      rows: [
        ...searchRows(`Name prefix search, ${n} clients`, byName),
        { label: 'Name prefix search, 1 client alone: p50', value: ms(alone.p50) },
        p95Row('Name prefix search, 1 client alone: p95', alone),
        ...searchRows(`Identity number search, ${n} clients`, byIdentity),
        p95Row('Identity number search, 1 client alone, 12-digit forms: p95', twelve),
        p95Row('Identity number search, 1 client alone, 10-digit forms: p95', ten),
        { label: 'Patient read, audit on: median of rounds', value: perSecond(reads.on.rps) },
        { label: `  slowest–fastest of ${READ_ROUNDS} rounds`, value: reads.on.range },
        { label: '  p50 / p95', value: `${ms(reads.on.p50)} / ${ms(reads.on.p95)}` },
        { label: 'Patient read, audit off: median of rounds', value: perSecond(reads.off.rps) },
        { label: `  slowest–fastest of ${READ_ROUNDS} rounds`, value: reads.off.range },
        { label: '  p50 / p95', value: `${ms(reads.off.p50)} / ${ms(reads.off.p95)}` },
        {
          label: 'Audit logging cost on patient reads',
          value: `${reads.overheadPct.toFixed(1)} %`,
          target: {
            text: `≤ ${TARGET_AUDIT_OVERHEAD_PCT} %`,
            met: reads.overheadPct <= TARGET_AUDIT_OVERHEAD_PCT,
          },
        },
        { label: '  median of the rounds’ own on/off differences', value: `${reads.pairedPct.toFixed(1)} %` },
      ],
      fields: {
        patient_search_p50_ms_api: round(byName.p50),
        patient_search_p95_ms_api: round(byName.p95),
        patient_search_p99_ms_api: round(byName.p99),
        patient_search_rps_api: round(byName.rps, 1),
        patient_search_p50_ms_single_client: round(alone.p50),
        patient_search_p95_ms_single_client: round(alone.p95),
        identity_search_p50_ms_api: round(byIdentity.p50),
        identity_search_p95_ms_api: round(byIdentity.p95),
        identity_search_p99_ms_api: round(byIdentity.p99),
        identity_search_rps_api: round(byIdentity.rps, 1),
        identity_search_p95_ms_single_client_12_digit: round(twelve.p95),
        identity_search_p95_ms_single_client_10_digit: round(ten.p95),
        patient_read_rps_audit_on: round(reads.on.rps, 1),
        patient_read_rps_audit_off: round(reads.off.rps, 1),
        audit_overhead_pct: round(reads.overheadPct, 1),
        audit_overhead_pct_paired: round(reads.pairedPct, 1),
      },
      notes: [
        `Each client sends its next request when the answer comes (no think time), so latency under load is mostly queueing: p50 ≈ clients / throughput. "1 client alone" is the same search without others.`,
        `Searches ask for up to ${SEARCH_LIMIT} patients, like the web client; name prefixes are 2–4 letters of the demo names.`,
        '"Audit off" drops the audit row in the database (a BEFORE INSERT trigger returning NULL): no chain lock, hash, row or index entries. The app still sends the INSERT in the same transaction, so its round trip stays in both figures.',
      ],
    };
  },
};
