import type { Field, SuiteResult } from './suite.ts';

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
