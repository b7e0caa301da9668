/**
 * An error a person can act on: an HTTP status, a stable code for clients and a message in
 * Swedish and English. Thrown by services; the error handler turns it into problem+json.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly sv: string,
    readonly en: string,
    readonly errors?: Array<{ path: string; sv: string; en: string }>,
  ) {
    super(en);
  }
}

export const notFound = (what: { sv: string; en: string }) =>
  new AppError(
    404,
    'not_found',
    `${what.sv} finns inte, eller så har du inte behörighet att se den.`,
    `${what.en} does not exist, or you may not see it.`,
  );

export const forbidden = (sv: string, en: string) => new AppError(403, 'forbidden', sv, en);

export const unauthenticated = () =>
  new AppError(
    401,
    'unauthenticated',
    'Du är inte inloggad, eller så har sessionen gått ut. Logga in igen.',
    'You are not signed in, or your session has expired. Please sign in again.',
  );

export const conflict = (code: string, sv: string, en: string) => new AppError(409, code, sv, en);

export const badRequest = (code: string, sv: string, en: string) => new AppError(400, code, sv, en);
