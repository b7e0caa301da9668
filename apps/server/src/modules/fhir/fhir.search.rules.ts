import type { SearchBound } from '../../lib/search-bounds.ts';
import { localDateTimeToInstant } from '../../lib/time.ts';
import { badSearch, notSupported } from './fhir.errors.ts';

/** A search parameter a resource handler answers, as the CapabilityStatement lists it. */
export interface SearchParamDef {
  name: string;
  type: 'token' | 'string' | 'date' | 'reference' | 'number' | 'uri';
  documentation?: string;
  /** Modifiers accepted besides none (`exact` for strings …). */
  modifiers?: readonly string[];
}

/** One occurrence of a parameter: its modifier and its comma-separated values (any of them, OR). */
export interface ParamUse {
  modifier?: string;
  values: string[];
}

export interface ParsedSearch {
  /** Per parameter, its occurrences (all of them must hold, AND). */
  params: Map<string, ParamUse[]>;
  count: number;
  offset: number;
  summaryCount: boolean;
  /** The query as sent minus paging, for the Bundle's links. */
  kept: Array<[string, string]>;
}

export const DEFAULT_COUNT = 20;
export const MAX_COUNT = 1000;

/** Parameters every search takes besides the resource's own (the paging and result ones). */
const RESULT_PARAMS = new Set(['_count', '_offset', '_summary', '_format']);

/** `a,b\,c` → `a`, `b,c` (FHIR's escaping of commas, pipes and dollars with a backslash). */
export function splitValues(raw: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (c === '\\' && i + 1 < raw.length) {
      cur += raw[++i];
    } else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

function intParam(name: string, raw: string, min: number, max: number): number {
  if (!/^[0-9]+$/.test(raw)) throw badSearch(`${name} must be a whole number, not "${raw}".`, name);
  return Math.min(Math.max(Number(raw), min), max);
}

/**
 * Reads a search query against the parameters a resource answers. A parameter it does not know, a
 * modifier it does not take or a bad paging value is an error naming it (400), never ignored.
 */
export function parseSearch(
  query: Record<string, string | string[] | undefined>,
  defs: readonly SearchParamDef[],
): ParsedSearch {
  const known = new Map(defs.map((d) => [d.name, d]));
  const params = new Map<string, ParamUse[]>();
  const kept: Array<[string, string]> = [];
  let count = DEFAULT_COUNT;
  let offset = 0;
  let summaryCount = false;
  for (const [key, value] of Object.entries(query)) {
    const raws = Array.isArray(value) ? value : value === undefined ? [] : [value];
    const [name, modifier] = key.split(':', 2) as [string, string | undefined];
    for (const raw of raws) {
      if (RESULT_PARAMS.has(key)) {
        if (key === '_count') count = intParam('_count', raw, 0, MAX_COUNT);
        else if (key === '_offset') offset = intParam('_offset', raw, 0, 1_000_000);
        else if (key === '_summary') {
          if (raw === 'count') summaryCount = true;
          else if (raw !== 'false')
            throw notSupported(`_summary=${raw} is not supported: use _summary=count or false.`, '_summary');
          kept.push([key, raw]);
        } else {
          if (!['json', 'application/json', 'application/fhir+json'].includes(raw))
            throw notSupported(`_format=${raw} is not supported: this server speaks JSON only.`, '_format');
          kept.push([key, raw]);
        }
        continue;
      }
      const def = known.get(name);
      if (!def) throw badSearch(`Unknown search parameter "${name}".`, name);
      if (modifier !== undefined && !(def.modifiers ?? []).includes(modifier))
        throw notSupported(`The modifier :${modifier} is not supported for "${name}".`, key);
      const values = splitValues(raw).filter((v) => v !== '');
      if (values.length === 0) continue;
      const uses = params.get(name) ?? [];
      uses.push({ modifier, values });
      params.set(name, uses);
      kept.push([key, raw]);
    }
  }
  return { params, count, offset, summaryCount, kept };
}

/** A token `system|code`, `|code` (no system) or `code` (any system). */
export function parseToken(v: string): { system?: string; code: string; anySystem: boolean } {
  const bar = v.indexOf('|');
  if (bar < 0) return { code: v, anySystem: true };
  const system = v.slice(0, bar);
  return { system: system === '' ? undefined : system, code: v.slice(bar + 1), anySystem: false };
}

const DATE_RE =
  /^(eq|ne|lt|le|gt|ge|sa|eb|ap)?([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2})(?:T([0-9]{2}):([0-9]{2})(?::([0-9]{2})(?:\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2})?)?)?)?$/;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A date search value with its prefix as the range its precision stands for: `ge2024-03` is
 * "from 1 March 2024", `2024` the whole year. Dates are calendar dates in Europe/Stockholm; a time
 * without a zone is Stockholm time too.
 */
export function parseDateBound(param: string, raw: string): SearchBound {
  const m = DATE_RE.exec(raw);
  if (!m)
    throw badSearch(`"${raw}" is not a FHIR date for ${param} (e.g. 2024, 2024-03, ge2024-03-01).`, param);
  const [, prefix, y, mo, d, hh, mi, ss, zone] = m;
  if (prefix === 'ap') throw notSupported(`The prefix ap is not supported for ${param}.`, param);
  const op = (prefix ?? 'eq') as SearchBound['op'];
  const year = Number(y);
  const month = mo ? Number(mo) : undefined;
  const day = d ? Number(d) : undefined;
  if (month !== undefined && (month < 1 || month > 12))
    throw badSearch(`"${raw}" has no month ${mo}.`, param);
  if (day !== undefined) {
    const last = new Date(Date.UTC(year, month!, 0)).getUTCDate();
    if (day < 1 || day > last) throw badSearch(`"${raw}" has no day ${d}.`, param);
  }
  if (hh === undefined) {
    if (month === undefined) return { op, start: `${y}-01-01`, end: `${year + 1}-01-01` };
    if (day === undefined) {
      const next = month === 12 ? `${year + 1}-01-01` : `${y}-${pad(month + 1)}-01`;
      return { op, start: `${y}-${mo}-01`, end: next };
    }
    const next = new Date(Date.UTC(year, month! - 1, day + 1));
    return {
      op,
      start: `${y}-${mo}-${d}`,
      end: `${next.getUTCFullYear()}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`,
    };
  }
  if (Number(hh) > 23 || Number(mi) > 59 || Number(ss ?? 0) > 59)
    throw badSearch(`"${raw}" is not a time of day.`, param);
  const local = `${y}-${mo}-${d}T${hh}:${mi}:${ss ?? '00'}`;
  const start = zone ? new Date(`${local}${zone}`) : localDateTimeToInstant(local);
  const step = ss === undefined ? 60_000 : 1000;
  return { op, start: start.toISOString(), end: new Date(start.getTime() + step).toISOString() };
}
