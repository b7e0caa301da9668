import { eq } from 'drizzle-orm';
import { patients } from '../../src/db/schema.ts';
import { seededRandom } from '../../src/demo/random.ts';
import { median, round } from '../stats.ts';
import { type BenchContext, type Measured, measure, type Suite } from '../suite.ts';

/**
 * The FHIR API's two hot reads against the same ceiling as the reads suite (issue #15): `GET
 * /fhir/R4/Patient/:id` and `GET /fhir/R4/Patient?identifier=…` with the session, scope and audit on,
 * rounds in a turning order with the ceiling, medians of the rounds.
 */
const ROUNDS = 4;
const PER_CLIENT = 60;
const TARGET_SHARE = 0.5;
const TARGET_RPS = 1400;
const PNR = 'urn:oid:1.2.752.129.2.1.3.1';

type Phase = 'ceiling' | 'read' | 'identifier';
const ORDERS: Phase[][] = [
  ['ceiling', 'read', 'identifier'],
  ['read', 'identifier', 'ceiling'],
  ['identifier', 'ceiling', 'read'],
];

export const fhirSuite: Suite = {
  name: 'fhir',
  async run(ctx: BenchContext) {
    const rows = await ctx.database.db
      .select({ id: patients.id, kind: patients.identityKind, number: patients.identityNumber })
      .from(patients)
      .where(eq(patients.unitId, ctx.region.kumlaUnitId));
    const byPnr = rows.filter((r) => r.kind === 'personnummer');
    const rnd = seededRandom(1515);
    const path: Record<Phase, () => string> = {
      ceiling: () => ctx.ceiling.server.pathFor(rnd.pick(rows).id),
      read: () => `/fhir/R4/Patient/${rnd.pick(rows).id}`,
      identifier: () =>
        `/fhir/R4/Patient?identifier=${encodeURIComponent(`${PNR}|${rnd.pick(byPnr).number}`)}`,
    };
    const run = (phase: Phase, perClient = PER_CLIENT) =>
      measure(
        ctx,
        { perClient, ...(phase === 'ceiling' ? { target: 'ceiling' as const } : {}) },
        path[phase],
      );
    ctx.log('  warm-up');
    for (const p of ['ceiling', 'read', 'identifier'] as Phase[]) await run(p, 20);
    const by: Record<Phase, Measured[]> = { ceiling: [], read: [], identifier: [] };
    for (let r = 0; r < ROUNDS; r++) {
      const order = ORDERS[r % ORDERS.length]!;
      ctx.log(`  round ${r + 1}/${ROUNDS}: ${order.join(', ')}`);
      for (const phase of order) by[phase].push(await run(phase));
    }
    const rps = (p: Phase) => median(by[p].map((m) => m.rps));
    const p95 = (p: Phase) => median(by[p].map((m) => m.p95));
    const ceiling = rps('ceiling');
    const row = (label: string, p: Phase) => [
      {
        label,
        value: `${rps(p).toFixed(0)} req/s`,
        target: { text: `≥ ${TARGET_RPS} req/s`, met: rps(p) >= TARGET_RPS },
      },
      {
        label: '  share of the ceiling’s throughput',
        value: `${((rps(p) / ceiling) * 100).toFixed(1)} %`,
        target: { text: `≥ ${TARGET_SHARE * 100} %`, met: rps(p) / ceiling >= TARGET_SHARE },
      },
      { label: '  p95', value: `${p95(p).toFixed(2)} ms` },
    ];
    return {
      title: `FHIR reads against the ceiling: ${ctx.sessions.length} clients, ${ROUNDS} rounds of ${PER_CLIENT} requests per client`,
      rows: [
        {
          label: 'Ceiling (node:http + pg, no auth, no audit): median of rounds',
          value: `${ceiling.toFixed(0)} req/s`,
        },
        ...row('GET /fhir/R4/Patient/:id, audit on', 'read'),
        ...row('GET /fhir/R4/Patient?identifier=…, audit on', 'identifier'),
      ],
      fields: {
        fhir_ceiling_rps: round(ceiling, 1),
        fhir_patient_read_rps: round(rps('read'), 1),
        fhir_patient_read_share_of_ceiling: round(rps('read') / ceiling, 3),
        fhir_patient_read_p95_ms: round(p95('read'), 3),
        fhir_patient_identifier_rps: round(rps('identifier'), 1),
        fhir_patient_identifier_share_of_ceiling: round(rps('identifier') / ceiling, 3),
        fhir_patient_identifier_p95_ms: round(p95('identifier'), 3),
      },
      notes: [
        'The ceiling is the reads suite’s node:http + pg server (one statement: the patient and its representatives, no auth, no audit), measured again in every round here.',
        'Each FHIR request resolves the session, checks access on the patient’s unit and appends its audit entry in the same transaction, like the app’s patient page.',
      ],
    };
  },
};
