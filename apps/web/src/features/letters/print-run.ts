/** Where "Skriv ut alla" is: making the letters one by one, then the PDF, then ready (or failed). */
export type PrintRun =
  | { state: 'idle' }
  | { state: 'running'; done: number; total: number; current: string }
  | { state: 'pdf'; total: number }
  | { state: 'ready'; url: string; count: number }
  | { state: 'failed'; error: unknown; done: number; total: number };

/** How full the progress bar is: the share of letters made while running, full once past that. */
export function printPercent(run: PrintRun): number {
  if (run.state === 'running') return (100 * run.done) / Math.max(1, run.total);
  return run.state === 'idle' ? 0 : 100;
}
