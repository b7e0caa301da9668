import { and, not, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * A date or time search bound, as the FHIR search's date prefixes mean it: the value stands for the
 * range `[start, end)` of its precision (`2024` is the whole year), and the prefix says how a stored
 * value must relate to that range. `start`/`end` are ISO dates (`2024-01-01`) for date columns or
 * instants for timestamp columns. Repositories turn it into SQL with `boundSql`.
 */
export interface SearchBound {
  op: 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge' | 'sa' | 'eb';
  start: string;
  end: string;
}

/** The condition "column matches the bound" (a missing value never matches). */
export function boundSql(column: PgColumn | SQL, b: SearchBound): SQL {
  switch (b.op) {
    case 'eq':
      return and(sql`${column} >= ${b.start}`, sql`${column} < ${b.end}`)!;
    case 'ne':
      return and(
        sql`${column} is not null`,
        not(and(sql`${column} >= ${b.start}`, sql`${column} < ${b.end}`)!),
      )!;
    case 'lt':
    case 'eb':
      return sql`${column} < ${b.start}`;
    case 'le':
      return sql`${column} < ${b.end}`;
    case 'gt':
    case 'sa':
      return sql`${column} >= ${b.end}`;
    case 'ge':
      return sql`${column} >= ${b.start}`;
  }
}

/** Whether an instant matches the bound (for lists searched in memory); dates are Stockholm days. */
export function instantMatches(at: Date, b: SearchBound, dayStart: (date: string) => Date): boolean {
  const ms = (s: string) => (s.length === 10 ? dayStart(s) : new Date(s)).getTime();
  const v = at.getTime();
  const start = ms(b.start);
  const end = ms(b.end);
  switch (b.op) {
    case 'eq':
      return v >= start && v < end;
    case 'ne':
      return !(v >= start && v < end);
    case 'lt':
    case 'eb':
      return v < start;
    case 'le':
      return v < end;
    case 'gt':
    case 'sa':
      return v >= end;
    case 'ge':
      return v >= start;
  }
}
