import { eq } from 'drizzle-orm';
import { patients } from '../../src/db/schema.ts';
import { seededRandom } from '../../src/demo/random.ts';
import { countAuditRows } from '../audit-state.ts';
import { withAuditLoggingOff } from '../audit-switch.ts';
import { FULL } from '../region/build.ts';
import { median, round } from '../stats.ts';
import { type BenchContext, type Measured, measure, type Suite } from '../suite.ts';

/**
 * Rounds of three phases — the ceiling, the patient page with audit logging on, and with it off — in an
 * order that turns each round (so no setting always comes first after a pause), all with the same load
 * generator, the same clients and the same patients. Medians of the rounds.
 */
const ROUNDS = FULL ? 10 : 6;
const PER_CLIENT = FULL ? 100 : 60;
const ALONE = 300;
const TARGET_SHARE_OF_CEILING = 0.5;
const TARGET_P95_MS = 10;
const TARGET_AUDIT_COST_PCT = 10;

type Phase = 'ceiling' | 'on' | 'off';
const ORDERS: Phase[][] = [
  ['ceiling', 'on', 'off'],
  ['on', 'off', 'ceiling'],
  ['off', 'ceiling', 'on'],
];

const ms = (n: number) => `${n.toFixed(2)} ms`;
const perSecond = (n: number) => `${n.toFixed(0)} req/s`;

function summary(phases: Measured[]) {
  return {
    rps: median(phases.map((p) => p.rps)),
    p50: median(phases.map((p) => p.p50)),
    p95: median(phases.map((p) => p.p95)),
    p99: median(phases.map((p) => p.p99)),
    range: `${Math.min(...phases.map((p) => p.rps)).toFixed(0)}–${Math.max(...phases.map((p) => p.rps)).toFixed(0)} req/s`,
  };
}

/** The ceiling, and the audited patient read against it with audit logging on and off (issue #18). */
export const readsSuite: Suite = {
  name: 'reads',
  async run(ctx: BenchContext) {
    const { db } = ctx.database;
    const ids = (
      await db.select({ id: patients.id }).from(patients).where(eq(patients.unitId, ctx.region.kumlaUnitId))
    ).map((r) => r.id);
    const rnd = seededRandom(1818);
    const pick = () => rnd.pick(ids);
    const lotsaPath = () => `/api/patients/${pick()}`;
    const ceilingPath = () => ctx.ceiling.server.pathFor(pick());
    const run = (phase: Phase, perClient = PER_CLIENT, clients?: number) =>
      phase === 'ceiling'
        ? measure(ctx, { perClient, clients, target: 'ceiling' }, ceilingPath)
        : phase === 'on'
          ? measure(ctx, { perClient, clients }, lotsaPath)
          : withAuditLoggingOff(db, () => measure(ctx, { perClient, clients }, lotsaPath));

    ctx.log('  warm-up: the ceiling and the patient page');
    await run('ceiling', 30);
    await run('on', 30);
    await run('off', 30);
    const by: Record<Phase, Measured[]> = { ceiling: [], on: [], off: [] };
    for (let r = 0; r < ROUNDS; r++) {
      const order = ORDERS[r % ORDERS.length]!;
      ctx.log(`  round ${r + 1}/${ROUNDS}: ${order.join(', ')}`);
      for (const phase of order) {
        const before = phase === 'off' ? await countAuditRows(db) : 0;
        by[phase].push(await run(phase));
        if (phase === 'off' && (await countAuditRows(db)) !== before)
          throw new Error('audit entries were written while logging was off');
      }
    }
    ctx.log('  one client alone: the ceiling, then the patient page');
    const ceilingAlone = await run('ceiling', ALONE, 1);
    const lotsaAlone = await run('on', ALONE, 1);

    const [ceiling, on, off] = [summary(by.ceiling), summary(by.on), summary(by.off)];
    ctx.ceiling.tenClients = ceiling;
    ctx.ceiling.oneClient = ceilingAlone;
    const auditCost = ((off.rps - on.rps) / off.rps) * 100;
    const pairedCost = median(by.on.map((p, i) => ((by.off[i]!.rps - p.rps) / by.off[i]!.rps) * 100));
    const share = on.rps / ceiling.rps;
    const n = ctx.sessions.length;
    return {
      title: `Patient read against the ceiling: ${n} clients, ${ROUNDS} rounds of ${PER_CLIENT} requests per client`,
      rows: [
        {
          label: 'Ceiling (node:http + pg, no auth, no audit): median of rounds',
          value: perSecond(ceiling.rps),
        },
        { label: `  slowest–fastest of ${ROUNDS} rounds`, value: ceiling.range },
        { label: '  p50 / p95 / p99', value: `${ms(ceiling.p50)} / ${ms(ceiling.p95)} / ${ms(ceiling.p99)}` },
        { label: 'Lotsa GET /api/patients/:id, audit on: median of rounds', value: perSecond(on.rps) },
        { label: `  slowest–fastest of ${ROUNDS} rounds`, value: on.range },
        { label: '  p50 / p99', value: `${ms(on.p50)} / ${ms(on.p99)}` },
        {
          label: '  p95',
          value: ms(on.p95),
          target: { text: `≤ ${TARGET_P95_MS} ms`, met: on.p95 <= TARGET_P95_MS },
        },
        {
          label: '  share of the ceiling’s throughput',
          value: `${(share * 100).toFixed(1)} %`,
          target: { text: `≥ ${TARGET_SHARE_OF_CEILING * 100} %`, met: share >= TARGET_SHARE_OF_CEILING },
        },
        { label: '  p95 / the ceiling’s p95', value: `${(on.p95 / ceiling.p95).toFixed(2)}×` },
        { label: 'Lotsa, audit off: median of rounds', value: perSecond(off.rps) },
        { label: `  slowest–fastest of ${ROUNDS} rounds`, value: off.range },
        { label: '  p50 / p95', value: `${ms(off.p50)} / ${ms(off.p95)}` },
        {
          label: '  share of the ceiling’s throughput',
          value: `${((off.rps / ceiling.rps) * 100).toFixed(1)} %`,
        },
        {
          label: 'Audit logging cost (throughput off vs on)',
          value: `${auditCost.toFixed(1)} %`,
          target: { text: `≤ ${TARGET_AUDIT_COST_PCT} %`, met: auditCost <= TARGET_AUDIT_COST_PCT },
        },
        { label: '  median of the rounds’ own on/off differences', value: `${pairedCost.toFixed(1)} %` },
        {
          label: '1 client alone: ceiling p50 / p95',
          value: `${ms(ceilingAlone.p50)} / ${ms(ceilingAlone.p95)}`,
        },
        { label: '1 client alone: Lotsa p50 / p95', value: `${ms(lotsaAlone.p50)} / ${ms(lotsaAlone.p95)}` },
      ],
      fields: {
        ceiling_rps: round(ceiling.rps, 1),
        ceiling_p50_ms: round(ceiling.p50, 3),
        ceiling_p95_ms: round(ceiling.p95, 3),
        ceiling_p99_ms: round(ceiling.p99, 3),
        ceiling_p50_ms_single_client: round(ceilingAlone.p50, 3),
        ceiling_p95_ms_single_client: round(ceilingAlone.p95, 3),
        ceiling_p99_ms_single_client: round(ceilingAlone.p99, 3),
        patient_read_rps_audit_on: round(on.rps, 1),
        patient_read_rps_audit_off: round(off.rps, 1),
        patient_read_p50_ms_audit_on: round(on.p50, 3),
        patient_read_p95_ms_audit_on: round(on.p95, 3),
        patient_read_p99_ms_audit_on: round(on.p99, 3),
        patient_read_p50_ms_audit_off: round(off.p50, 3),
        patient_read_p95_ms_audit_off: round(off.p95, 3),
        patient_read_p50_ms_single_client: round(lotsaAlone.p50, 3),
        patient_read_p95_ms_single_client: round(lotsaAlone.p95, 3),
        patient_read_p99_ms_single_client: round(lotsaAlone.p99, 3),
        audit_overhead_pct: round(auditCost, 1),
        audit_overhead_pct_paired: round(pairedCost, 1),
        read_rounds: ROUNDS,
      },
      notes: [
        'The ceiling is a node:http server in this process that reads the same patient and its representatives in one statement on the same database (its own pg pool of 10 on PostgreSQL; the same PGlite instance on PGlite): what a request costs with no framework, session, scope or audit entry.',
        'Every round runs the ceiling, audit on and audit off in a turning order; figures are medians of the rounds.',
        '"Audit off" drops the audit row in the database (a BEFORE INSERT trigger returning NULL). The app still sends the INSERT in the same transaction, so its round trip stays in both figures.',
      ],
    };
  },
};
