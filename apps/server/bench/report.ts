import type { Field, ReportRow, SuiteResult } from './suite.ts';

/** The readable table: one section per suite, with each figure's target and whether it was met. */
export function formatReport(heading: string, results: SuiteResult[]): string {
  const rows = results.flatMap((r) => r.rows);
  const labelWidth = Math.max(...rows.map((r) => r.label.length));
  const valueWidth = Math.max(...rows.map((r) => r.value.length));
  const lines = [heading];
  for (const result of results) {
    lines.push('', result.title, '-'.repeat(result.title.length));
    for (const r of result.rows) {
      const target = r.target ? `  target ${r.target.text}: ${r.target.met ? 'met' : 'MISSED'}` : '';
      lines.push(`  ${r.label.padEnd(labelWidth)}  ${r.value.padStart(valueWidth)}${target}`);
    }
    for (const note of result.notes) lines.push(`  * ${note}`);
  }
  return lines.join('\n');
}

/** Every suite's fields in one object; a name two suites both use is a bug, not an overwrite. */
export function mergeFields(results: SuiteResult[]): Record<string, Field> {
  const merged: Record<string, Field> = {};
  for (const { title, fields } of results) {
    for (const [name, value] of Object.entries(fields)) {
      if (name in merged) throw new Error(`JSON field ${name} is set twice (again by "${title}")`);
      merged[name] = value;
    }
  }
  return merged;
}

/** Figures that are not requests through HTTP, so not comparable with the ceiling. */
const NOT_HTTP = /inprocess|load_search_input|naive|verify|^ceiling_/;

/**
 * Every HTTP figure of the run as a ratio to the ceiling measured in the same run (reads suite): throughput
 * as a share of the ceiling's, latencies as a multiple of the ceiling's percentile (one client's figures
 * against the ceiling with one client). Null when the ceiling was not measured (LOTSA_BENCH_SUITES without
 * reads).
 */
export function ceilingRatios(fields: Record<string, Field>): SuiteResult | null {
  const c = (name: string) => (typeof fields[name] === 'number' ? (fields[name] as number) : null);
  const rps = c('ceiling_rps');
  if (rps === null) return null;
  const rows: ReportRow[] = [];
  const out: Record<string, Field> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value !== 'number' || NOT_HTTP.test(name) || name.endsWith('_x_ceiling')) continue;
    let ratio: number | null = null;
    let text = '';
    if (/(^|_)rps(_|$)|_per_s$/.test(name)) {
      ratio = value / rps;
      text = `${(ratio * 100).toFixed(1)} % of the ceiling's req/s`;
    } else {
      const p = /_(p50|p95|p99)_ms/.exec(name)?.[1];
      if (!p) continue;
      const single = name.includes('single_client');
      const base = c(single ? `ceiling_${p}_ms_single_client` : `ceiling_${p}_ms`);
      if (base === null || base === 0) continue;
      ratio = value / base;
      text = `${ratio.toFixed(1)}× the ceiling's ${p}${single ? ' (1 client)' : ''}`;
    }
    out[`${name}_x_ceiling`] = Number(ratio.toFixed(3));
    rows.push({ label: name, value: text });
  }
  return {
    title: 'Every HTTP figure against the ceiling of the same run',
    rows,
    fields: out,
    notes: [
      'Throughput: share of the ceiling’s requests per second with the same clients. Latency: the figure divided by the ceiling’s same percentile (figures of one client alone by the ceiling’s with one client).',
    ],
  };
}
