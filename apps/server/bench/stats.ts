export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
}

/** Latency figures of one measured phase. */
export interface LatencySummary extends Percentiles {
  /** Requests per second over the phase's wall time. */
  rps: number;
}

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function percentiles(latenciesMs: readonly number[]): Percentiles {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Rounds for the report and the JSON: two decimals are more than the noise allows. */
export const round = (n: number, decimals = 2) => Number(n.toFixed(decimals));
