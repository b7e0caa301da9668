/*
 * What the logs may show of a request (the logger's `req` serializer in app.ts uses these). Logs are
 * read by operators who must not see patients' data or anything that opens it:
 *   - the secret of a link in the address (letters, surveys, and any later link: add its path prefix
 *     to SECRET_LINK_PATHS) becomes `…`;
 *   - the values in a query string become `…` (a patient search's `q` is a name or an identity
 *     number), except for the few keys in SAFE_QUERY_KEYS;
 *   - headers that carry a secret are never written (REDACTED_HEADERS, for the logger's `redact`).
 */

/** Address prefixes followed by a secret token (one path segment). */
export const SECRET_LINK_PATHS: readonly string[] = [
  '/brev/',
  '/enkat/',
  '/api/public/letters/',
  '/api/public/surveys/',
  // Questionnaires sent to patients before a visit (planned, issue #12): their links carry a token too.
  '/formular/',
  '/api/public/questionnaires/',
];

/** Query keys whose values are never patient data and help reading a log. */
export const SAFE_QUERY_KEYS: ReadonlySet<string> = new Set([
  'lang',
  'from',
  'to',
  'date',
  'week',
  'state',
  'stage',
  'status',
  'action',
  'entity',
  'kind',
  'limit',
  'offset',
  'page',
]);

/** Request headers never logged (the serializer logs none; this is the logger's second guard). */
export const REDACTED_HEADERS: readonly string[] = [
  'cookie',
  'authorization',
  'x-csrf-token',
  'x-survey-kiosk',
];

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const SECRET_LINK = new RegExp(`^(${SECRET_LINK_PATHS.map(escapeRegExp).join('|')})[^/?#]+`);

/** A request address fit for the log. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  const pathPart = (q < 0 ? url : url.slice(0, q)).replace(SECRET_LINK, '$1…');
  if (q < 0) return pathPart;
  const query = url
    .slice(q + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const eq = pair.indexOf('=');
      const key = eq < 0 ? pair : pair.slice(0, eq);
      if (eq < 0) return key;
      return SAFE_QUERY_KEYS.has(key) ? pair : `${key}=…`;
    })
    .join('&');
  return `${pathPart}?${query}`;
}
