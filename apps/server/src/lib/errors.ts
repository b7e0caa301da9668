import type { ForbiddenReason, MessageCode, ParamsArg, Thing } from '@lotsa/contracts';

/** A field's problem: where, and the code (with parameters) of its message. */
export interface FieldProblem {
  path: string;
  code: MessageCode;
  params: Record<string, unknown>;
}

/** @deprecated A field error written in both languages inline; use a code (FieldProblem). */
export interface LegacyFieldProblem {
  path: string;
  sv: string;
  en: string;
}

/**
 * An error a person can act on: an HTTP status and a stable code with its parameters. The text in
 * Swedish and English comes from the catalogues in packages/contracts (`messages/`), by code; the error
 * handler turns it into problem+json in the request's language. Thrown by services:
 *
 *     throw problem(409, 'username_taken', { username });
 *     throw notFound('unit');  throw forbidden('manage_accounts');
 */
export class AppError extends Error {
  readonly params: Record<string, unknown>;
  /** @deprecated inline Swedish (old API, until every module uses codes). */
  readonly sv?: string;
  /** @deprecated inline English (old API). */
  readonly en?: string;
  readonly errors?: ReadonlyArray<FieldProblem | LegacyFieldProblem>;

  constructor(
    readonly status: number,
    readonly code: string,
    svOrParams: string | Record<string, unknown> = {},
    en?: string,
    errors?: ReadonlyArray<FieldProblem | LegacyFieldProblem>,
  ) {
    super(typeof svOrParams === 'string' ? (en ?? svOrParams) : code);
    if (typeof svOrParams === 'string') {
      this.sv = svOrParams;
      this.en = en ?? svOrParams;
      this.params = {};
    } else {
      this.params = svOrParams;
    }
    if (errors) this.errors = errors;
  }

  /** The same error, also naming a field and its own message: `problem(…).at('username', code, params)`. */
  at<C extends MessageCode>(path: string, code: C, ...[params]: ParamsArg<C>): AppError {
    const field: FieldProblem = { path, code, params: (params ?? {}) as Record<string, unknown> };
    return new AppError(this.status, this.code, this.sv ?? this.params, this.en, [
      ...(this.errors ?? []),
      field,
    ]);
  }
}

/** An error with a catalogue code and its parameters (TypeScript checks the parameters against the code). */
export function problem<C extends MessageCode>(status: number, code: C, ...[params]: ParamsArg<C>): AppError {
  return new AppError(status, code, (params ?? {}) as Record<string, unknown>);
}

/** A 400 about one field (shown at the field): `fieldProblem('username', 'username_taken', { username })`. */
export function fieldProblem<C extends MessageCode>(
  path: string,
  code: C,
  ...[params]: ParamsArg<C>
): AppError {
  const p = (params ?? {}) as Record<string, unknown>;
  return new AppError(400, code, p, undefined, [{ path, code, params: p }]);
}

/** 404: it does not exist, or the actor may not know it does. */
export function notFound(what: Thing): AppError;
/** @deprecated pass a Thing code */
export function notFound(what: { sv: string; en: string }): AppError;
export function notFound(what: Thing | { sv: string; en: string }): AppError {
  if (typeof what === 'string') return problem(404, 'not_found', { what });
  return new AppError(
    404,
    'not_found',
    `${what.sv} finns inte, eller så har du inte behörighet att se den.`,
    `${what.en} does not exist, or you may not see it.`,
  );
}

/** 403 with the reason. */
export function forbidden(reason: ForbiddenReason): AppError;
/** @deprecated pass a ForbiddenReason */
export function forbidden(sv: string, en: string): AppError;
export function forbidden(reason: string, en?: string): AppError {
  if (en === undefined) return problem(403, 'forbidden', { reason: reason as ForbiddenReason });
  return new AppError(403, 'forbidden', reason, en);
}

export const unauthenticated = () => problem(401, 'unauthenticated');

/** 409: the request conflicts with the state of things. */
export function conflict<C extends MessageCode>(code: C, ...params: ParamsArg<C>): AppError;
/** @deprecated use a catalogue code */
export function conflict(code: string, sv: string, en: string): AppError;
export function conflict(code: string, a?: unknown, en?: string): AppError {
  if (typeof a === 'string') return new AppError(409, code, a, en);
  return new AppError(409, code, (a ?? {}) as Record<string, unknown>);
}

/** 400: the request cannot be carried out as asked. */
export function badRequest<C extends MessageCode>(code: C, ...params: ParamsArg<C>): AppError;
/** @deprecated use a catalogue code */
export function badRequest(code: string, sv: string, en: string): AppError;
export function badRequest(code: string, a?: unknown, en?: string): AppError {
  if (typeof a === 'string') return new AppError(400, code, a, en);
  return new AppError(400, code, (a ?? {}) as Record<string, unknown>);
}
