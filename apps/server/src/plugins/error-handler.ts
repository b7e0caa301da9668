import {
  type Locale,
  type MessageCode,
  type Problem,
  type ProblemTitle,
  problemTitle,
  renderAnyMessage,
} from '@lotsa/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../lib/errors.ts';
import { pickLocale } from '../lib/language.ts';
import { describeIssue, type IssueLike } from '../lib/validation-messages.ts';

type FieldError = NonNullable<Problem['errors']>[number];

function send(reply: FastifyReply, p: Omit<Problem, 'type'>) {
  return reply
    .status(p.status)
    .type('application/problem+json')
    .send({ type: `https://lotsa.se/problems/${p.code}`, ...p });
}

/** A problem+json answer for a catalogue code: its text in the request's language, and the params. */
function sendCode(
  reply: FastifyReply,
  locale: Locale,
  p: {
    status: number;
    code: MessageCode | string;
    params?: Record<string, unknown>;
    title: ProblemTitle;
    errors?: FieldError[];
  },
) {
  const params = p.params ?? {};
  return send(reply, {
    status: p.status,
    code: p.code,
    title: problemTitle(locale, p.title),
    detail: renderAnyMessage(locale, p.code, params) ?? p.code,
    params,
    ...(p.errors ? { errors: p.errors } : {}),
  });
}

/** Database errors that bad or racing input can cause, answered as the person's problem, not ours. */
const PG_PROBLEMS: Record<string, { status: number; code: MessageCode }> = {
  '23505': { status: 409, code: 'duplicate' },
  '23P01': { status: 409, code: 'overlap' },
  '23503': { status: 400, code: 'reference' },
  '22P02': { status: 400, code: 'invalid_text' },
  '40001': { status: 409, code: 'retry' },
};

function pgCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** An AppError as problem+json: by code from the catalogues, in the request's language. */
function sendAppError(reply: FastifyReply, locale: Locale, err: AppError) {
  const errors = err.errors?.map(
    (x): FieldError => ({
      path: x.path,
      code: x.code,
      params: x.params,
      message: renderAnyMessage(locale, x.code, x.params) ?? x.code,
    }),
  );
  return sendCode(reply, locale, {
    status: err.status,
    code: err.code,
    params: err.params,
    title: 'refused',
    ...(errors ? { errors } : {}),
  });
}

/**
 * Every error becomes application/problem+json with a message a person can act on, in their
 * language. Only a fault of ours is a 500, and it is logged.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const locale = pickLocale(req.actor?.locale, req.headers['accept-language']);
    if (err instanceof AppError) return sendAppError(reply, locale, err);
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = err.validation.map((v) => {
        const p = v.params as IssueLike & { params?: Record<string, unknown> };
        return describeIssue(
          { ...p, code: v.keyword, message: v.message, path: v.instancePath.split('/').filter(Boolean) },
          locale,
        );
      });
      return send(reply, {
        status: 400,
        code: 'validation',
        title: problemTitle(locale, 'check_form'),
        detail: errors.map((x) => x.message).join(' '),
        params: {},
        errors,
      });
    }
    const code = pgCode(err);
    const pg = code ? PG_PROBLEMS[code] : undefined;
    if (pg) {
      req.log.warn({ err }, 'database refused the request');
      return sendCode(reply, locale, { status: pg.status, code: pg.code, title: 'refused' });
    }
    if (
      typeof err.statusCode === 'number' &&
      err.statusCode >= 400 &&
      err.statusCode < 500 &&
      !isResponseSerializationError(err)
    ) {
      return err.statusCode === 413
        ? sendCode(reply, locale, { status: 413, code: 'request_too_large', title: 'bad_request' })
        : sendCode(reply, locale, {
            status: err.statusCode,
            code: 'request_unreadable',
            params: { reason: err.message },
            title: 'bad_request',
          });
    }
    req.log.error({ err }, 'unexpected error');
    return sendCode(reply, locale, { status: 500, code: 'internal', title: 'internal' });
  });
}

/** The answer for an API path that does not exist. */
export function sendNoSuchRoute(req: FastifyRequest, reply: FastifyReply) {
  const locale = pickLocale(req.actor?.locale, req.headers['accept-language']);
  const path = req.url.split('?')[0] ?? '';
  return sendCode(reply, locale, {
    status: 404,
    code: 'no_such_route',
    params: { method: req.method, path },
    title: 'not_found',
  });
}
