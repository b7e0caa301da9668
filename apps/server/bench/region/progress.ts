/** Called after each INSERT statement with the rows done so far. */
export type Progress = (done: number, total: number) => Promise<void>;

/**
 * Logs every `step` rows, and lets the event loop turn: PGlite answers without I/O, so without this a
 * Ctrl-C would wait until the whole region is built.
 */
export const every =
  (step: number, log: (message: string) => void, what: string): Progress =>
  async (done, total) => {
    if (done % step === 0 || done === total)
      log(`  ${what} ${done.toLocaleString('en')}/${total.toLocaleString('en')}`);
    await new Promise((resolve) => setImmediate(resolve));
  };
