import type { ForbiddenReason, MessageCode, ParamsArg, Thing } from '@lotsa/contracts';

/** A field's problem: where, and the code (with parameters) of its message. */
export interface FieldProblem {
  path: string;
  code: MessageCode;
  params: Record<string, unknown>;
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
  readonly errors?: ReadonlyArray<FieldProblem>;

  constructor(
    readonly status: number,
    readonly code: string,
    readonly params: Record<string, unknown> = {},
    errors?: ReadonlyArray<FieldProblem>,
  ) {
    super(code);
    if (errors) this.errors = errors;
  }

  /** The same error, also naming a field and its own message: `problem(…).at('username', code, params)`. */
  at<C extends MessageCode>(path: string, code: C, ...[params]: ParamsArg<C>): AppError {
    const field: FieldProblem = { path, code, params: (params ?? {}) as Record<string, unknown> };
    return new AppError(this.status, this.code, this.params, [...(this.errors ?? []), field]);
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
  return new AppError(400, code, p, [{ path, code, params: p }]);
}

/** 404: it does not exist, or the actor may not know it does. */
export function notFound(what: Thing): AppError {
  return problem(404, 'not_found', { what });
}

/** 403 with the reason. */
export function forbidden(reason: ForbiddenReason): AppError {
  return problem(403, 'forbidden', { reason });
}

export const unauthenticated = () => problem(401, 'unauthenticated');

/** 409: the request conflicts with the state of things. */
export function conflict<C extends MessageCode>(code: C, ...[params]: ParamsArg<C>): AppError {
  return new AppError(409, code, (params ?? {}) as Record<string, unknown>);
}

/** 400: the request cannot be carried out as asked. */
export function badRequest<C extends MessageCode>(code: C, ...[params]: ParamsArg<C>): AppError {
  return new AppError(400, code, (params ?? {}) as Record<string, unknown>);
}
