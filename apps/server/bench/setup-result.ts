import { availableParallelism } from 'node:os';
import type { DbKind } from './database.ts';
import { FULL, KUMLA, type Region, SCALE } from './region/build.ts';
import type { SuiteResult } from './suite.ts';

export interface RunFacts {
  kind: DbKind;
  region: Region;
  clients: number;
  auditStart: number;
  auditEnd: number;
  chain: { checked: number; intact: boolean };
  /** Share (0–1) of all cores other programs used while the suites ran; null if unknown. */
  othersShare: number | null;
  /** The 1-minute load average before and after each suite. */
  loads: Array<{ suite: string; before: number; after: number }>;
}

const n = (x: number) => x.toLocaleString('en');

/** The first section of the report: what was measured on, and the audit log's state afterwards. */
export function setupResult(f: RunFacts): SuiteResult {
  const others = f.othersShare === null ? null : Math.round(f.othersShare * 100);
  return {
    title: `Region Örebro län on ${f.kind}, ${availableParallelism()} cores`,
    rows: [
      { label: 'Patients in the region', value: n(f.region.regionPatients) },
      { label: `Patients at ${KUMLA} (the clients' unit)`, value: n(f.region.kumlaPatients) },
      { label: 'Units with patients', value: String(f.region.units) },
      { label: 'Audit entries before / after the suites', value: `${n(f.auditStart)} / ${n(f.auditEnd)}` },
      { label: 'Audit chain', value: f.chain.intact ? `intact (${n(f.chain.checked)} entries)` : 'BROKEN' },
      {
        label: 'CPU used by other programs during the suites',
        value: others === null ? 'unknown' : `${others} % of all cores`,
      },
      ...f.loads.map((l) => ({
        label: `Load average (1 min) before / after suite ${l.suite}`,
        value: `${l.before.toFixed(2)} / ${l.after.toFixed(2)}`,
      })),
    ],
    fields: {
      db: f.kind,
      cores: availableParallelism(),
      clients: f.clients,
      patients: f.region.regionPatients,
      kumla_unit_patients: f.region.kumlaPatients,
      audit_rows_start: f.auditStart,
      audit_rows_end: f.auditEnd,
      audit_chain_intact: f.chain.intact,
      ...(others === null ? {} : { other_programs_cpu_pct: others }),
      full_sizes: FULL,
      ...Object.fromEntries(
        f.loads.flatMap((l) => [
          [`load_avg_1m_before_${l.suite}`, Number(l.before.toFixed(2))],
          [`load_avg_1m_after_${l.suite}`, Number(l.after.toFixed(2))],
        ]),
      ),
    },
    notes: [
      `${n(SCALE.patients)} generated patients and ${n(SCALE.auditEntries)} earlier audit entries on top of the demo data.`,
      'Other programs on the machine slow every figure: with more than a few per cent, compare ratios (audit cost), not absolute figures.',
    ],
  };
}
