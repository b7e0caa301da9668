import type {
  Endpoint,
  EndpointBody,
  EndpointParams,
  EndpointQuery,
  EndpointResponse,
  Problem,
} from '@lotsa/contracts';
import { renderAnyMessage } from '@lotsa/contracts';
import i18next from 'i18next';

/**
 * An error answer from the API: the problem+json body. Its `code` and `params` (and each field error's) are
 * rendered from the catalogues in @lotsa/contracts; `message` is that text in the UI language.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;
  /** The whole parsed answer, for problems that carry more than the standard fields (a 409's alternatives). */
  readonly body: unknown;

  constructor(problem: Problem, body: unknown = null) {
    super(problemDetail(problem));
    this.name = 'ApiError';
    this.status = problem.status;
    this.problem = problem;
    this.body = body;
  }

  get code(): string {
    return this.problem.code;
  }
}

let csrfToken: string | null = null;

/** The token from `/api/auth/me` or sign-in; sent on every request that changes something. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

type Defined<T, K extends string> = [T] extends [undefined] ? { [P in K]?: never } : { [P in K]: T };

/** What a call needs: exactly the params, query and body the endpoint's contract declares. */
export type CallOptions<E> = Defined<EndpointParams<E>, 'params'> &
  Partial<Defined<EndpointQuery<E>, 'query'>> &
  Defined<EndpointBody<E>, 'body'> & { signal?: AbortSignal };

/** Fills `:name` placeholders of a contract path. */
export function fillPath(path: string, params: Record<string, unknown> | undefined): string {
  return path.replace(/:([A-Za-z]+)/g, (_, name: string) => {
    const value = params?.[name];
    if (value === undefined || value === null) throw new Error(`Missing path parameter "${name}"`);
    return encodeURIComponent(String(value));
  });
}

/** Builds `?a=1&b=2`, leaving out empty values; arrays repeat the key. */
export function buildQuery(query: Record<string, unknown> | undefined): string {
  if (!query) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) {
      if (v === undefined || v === null || v === '') continue;
      search.append(key, String(v));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

function toProblem(status: number, body: unknown): Problem {
  const b = (body ?? {}) as Partial<Problem>;
  if (typeof b.detail === 'string' && typeof b.code === 'string') {
    return {
      type: b.type ?? 'about:blank',
      title: b.title ?? '',
      status: b.status ?? status,
      detail: b.detail,
      code: b.code,
      ...(b.params && typeof b.params === 'object' ? { params: b.params } : {}),
      ...(Array.isArray(b.errors) ? { errors: b.errors } : {}),
    };
  }
  return {
    type: 'about:blank',
    title: i18next.t('errors.title'),
    status,
    detail: i18next.t(status >= 500 ? 'errors.server' : 'errors.unexpected', { status }),
    code: status >= 500 ? 'server_error' : 'unexpected',
  };
}

/**
 * Calls one endpoint of the contract. Sends and receives JSON, the session cookie, the UI language
 * and (on changes) the CSRF token; throws an `ApiError` for every non-2xx answer.
 */
export async function call<E extends Endpoint>(
  endpoint: E,
  options: CallOptions<E> = {} as CallOptions<E>,
): Promise<EndpointResponse<E>> {
  const opts = options as { params?: object; query?: object; body?: unknown; signal?: AbortSignal };
  const url =
    fillPath(endpoint.path, opts.params as Record<string, unknown> | undefined) +
    buildQuery(opts.query as Record<string, unknown> | undefined);
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    'Accept-Language': i18next.language || 'sv',
  };
  if (endpoint.method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  if (opts.body !== undefined) headers['Content-Type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(url, {
      method: endpoint.method,
      headers,
      credentials: 'same-origin',
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
      signal: opts.signal,
    });
  } catch (err) {
    if (err instanceof DOMException && err.name === 'AbortError') throw err;
    throw new ApiError({
      type: 'about:blank',
      title: i18next.t('errors.title'),
      status: 0,
      detail: i18next.t('errors.network'),
      code: 'network',
    });
  }

  const text = await response.text();
  let body: unknown = null;
  if (text) {
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
  }
  if (!response.ok) throw new ApiError(toProblem(response.status, body), body);
  return body as EndpointResponse<E>;
}

type FieldProblem = NonNullable<Problem['errors']>[number];

/** A field error's text in the UI language: by its code from the catalogues, else as the server wrote it. */
export function fieldMessage(f: FieldProblem, lang: string = i18next.language): string {
  return (f.code && renderAnyMessage(lang, f.code, f.params)) || f.message;
}

/**
 * A problem's text in the UI language, rendered by code from the catalogues the server uses (so it follows
 * a language switch); the server's `detail` for a code this build does not know.
 */
export function problemDetail(problem: Problem, lang: string = i18next.language): string {
  if (problem.code === 'validation' && problem.errors?.length)
    return problem.errors.map((f) => fieldMessage(f, lang)).join(' ');
  return renderAnyMessage(lang, problem.code, problem.params) ?? problem.detail;
}

/** Field messages of a validation answer by path (`identityNumber`, `diagnoses.0` also as `diagnoses`). */
export function fieldErrors(error: unknown, lang: string = i18next.language): Record<string, string> {
  const out: Record<string, string> = {};
  if (!(error instanceof ApiError)) return out;
  for (const f of error.problem.errors ?? []) {
    const { path } = f;
    const message = fieldMessage(f, lang);
    if (!path) continue;
    out[path] ??= message;
    const first = path.split('.')[0];
    if (first) out[first] ??= message;
  }
  return out;
}
