/**
 * Errors as the log shows them, without the data of the query that failed. Drizzle's "Failed query"
 * message ends with the query's parameters (patient names, identity numbers, password hashes), and
 * PGlite's error keeps `query` and `params` as fields, and a database `detail` can show the failing
 * row: none of that goes to the log. Kept: type, message up to the parameters, code, constraint,
 * table, column, stack (also cut), and the cause in the same way.
 */
export interface LoggedError {
  [key: string]: unknown;
  type: string;
  message: string;
  stack: string;
  code?: unknown;
  constraint?: unknown;
  table?: unknown;
  column?: unknown;
  cause?: LoggedError;
}

const PARAMS = /\nparams: [\s\S]*?(?=\n {4}at |$)/;

/** A message or stack with Drizzle's `params: …` part replaced by `params: (hidden)`. */
export function withoutParams(text: string): string {
  return text.replace(PARAMS, '\nparams: (hidden)');
}

export function serializeError(err: unknown, depth = 0): LoggedError {
  if (!(err instanceof Error)) return { type: typeof err, message: '(not an Error)', stack: '' };
  const e = err as Error & Record<string, unknown>;
  const out: LoggedError = {
    type: e.constructor?.name ?? 'Error',
    message: withoutParams(e.message),
    stack: typeof e.stack === 'string' ? withoutParams(e.stack) : '',
  };
  for (const key of ['code', 'constraint', 'table', 'column'] as const)
    if (e[key] !== undefined) out[key] = e[key];
  if (e.cause !== undefined && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}
