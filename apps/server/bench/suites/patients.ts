import { eq } from 'drizzle-orm';
import { patients } from '../../src/db/schema.ts';
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE } from '../../src/demo/people.ts';
import { seededRandom } from '../../src/demo/random.ts';
import { type Percentiles, round } from '../stats.ts';
import { type Measured, measure, type ReportRow, type Suite } from '../suite.ts';

const PER_CLIENT = 300;
const WARMUP_PER_CLIENT = 30;
const ALONE = 200;
/** The page size the web client's patient search asks for. */
const SEARCH_LIMIT = 50;
const TARGET_SEARCH_P95_MS = 20;
/** Under 10 clients, p95 at most this many times one client's p95 alone (issue #18). */
const TARGET_LOADED_OVER_ALONE = 2;

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

/** Patient search by name prefix and by identity number (the patient read is the reads suite's). */
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

    ctx.log(`  warm-up: ${WARMUP_PER_CLIENT} requests per client of each kind`);
    for (const pathFor of [namePath, identityPath])
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
    const n = ctx.sessions.length;

    return {
      title: `Patients: ${n} concurrent clients at a unit of ${ctx.region.kumlaPatients.toLocaleString('en')} patients`,
      rows: [
        ...searchRows(`Name prefix search, ${n} clients`, byName),
        { label: 'Name prefix search, 1 client alone: p50', value: ms(alone.p50) },
        p95Row('Name prefix search, 1 client alone: p95', alone),
        {
          label: `Name prefix search: p95 with ${n} clients / 1 client alone`,
          value: `${(byName.p95 / alone.p95).toFixed(2)}×`,
          target: {
            text: `≤ ${TARGET_LOADED_OVER_ALONE}×`,
            met: byName.p95 / alone.p95 <= TARGET_LOADED_OVER_ALONE,
          },
        },
        ...searchRows(`Identity number search, ${n} clients`, byIdentity),
        p95Row('Identity number search, 1 client alone, 12-digit forms: p95', twelve),
        p95Row('Identity number search, 1 client alone, 10-digit forms: p95', ten),
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
      },
      notes: [
        `Each client sends its next request when the answer comes (no think time), so latency under load is mostly queueing: p50 ≈ clients / throughput. "1 client alone" is the same search without others.`,
        `Searches ask for up to ${SEARCH_LIMIT} patients, like the web client; name prefixes are 2–4 letters of the demo names.`,
      ],
    };
  },
};
