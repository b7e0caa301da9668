import type { Problem } from '@lotsa/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from '../lib/errors.ts';
import { pickLocale } from '../lib/language.ts';
import { describeIssue, type IssueLike } from '../lib/validation-messages.ts';

function send(reply: FastifyReply, p: Omit<Problem, 'type'>) {
  return reply
    .status(p.status)
    .type('application/problem+json')
    .send({ type: `https://lotsa.se/problems/${p.code}`, ...p });
}

/** Database errors that bad or racing input can cause, answered as the person's problem, not ours. */
const PG_PROBLEMS: Record<string, { status: number; code: string; sv: string; en: string }> = {
  '23505': {
    status: 409,
    code: 'duplicate',
    sv: 'Det finns redan en post med de uppgifterna.',
    en: 'A record with those details already exists.',
  },
  '23P01': {
    status: 409,
    code: 'overlap',
    sv: 'Tiden krockar med en annan bokning.',
    en: 'The time overlaps another booking.',
  },
  '23503': {
    status: 400,
    code: 'reference',
    sv: 'Något som förfrågan hänvisar till finns inte.',
    en: 'Something the request refers to does not exist.',
  },
  '22P02': {
    status: 400,
    code: 'invalid_text',
    sv: 'Ett värde har fel format.',
    en: 'A value has the wrong format.',
  },
  '40001': {
    status: 409,
    code: 'retry',
    sv: 'Någon annan ändrade samtidigt. Försök igen.',
    en: 'Someone else changed this at the same time. Try again.',
  },
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

/**
 * Every error becomes application/problem+json with a message a person can act on, in their
 * language. Only a fault of ours is a 500, and it is logged.
 */
export function registerErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
    const locale = pickLocale(req.actor?.locale, req.headers['accept-language']);
    const en = locale === 'en';
    if (err instanceof AppError) {
      return send(reply, {
        status: err.status,
        code: err.code,
        title: en ? 'Request refused' : 'Förfrågan nekades',
        detail: en ? err.en : err.sv,
        errors: err.errors?.map((x) => ({ path: x.path, message: en ? x.en : x.sv })),
      });
    }
    if (hasZodFastifySchemaValidationErrors(err)) {
      const errors = err.validation.map((v) =>
        describeIssue(
          {
            ...(v.params as IssueLike),
            code: v.keyword,
            message: v.message,
            path: v.instancePath.split('/').filter(Boolean),
          },
          locale,
        ),
      );
      return send(reply, {
        status: 400,
        code: 'validation',
        title: en ? 'Check the form' : 'Kontrollera uppgifterna',
        detail: errors.map((x) => x.message).join(' '),
        errors,
      });
    }
    const code = pgCode(err);
    const pg = code ? PG_PROBLEMS[code] : undefined;
    if (pg) {
      req.log.warn({ err }, 'database refused the request');
      return send(reply, {
        status: pg.status,
        code: pg.code,
        title: en ? 'Request refused' : 'Förfrågan nekades',
        detail: en ? pg.en : pg.sv,
      });
    }
    if (
      typeof err.statusCode === 'number' &&
      err.statusCode >= 400 &&
      err.statusCode < 500 &&
      !isResponseSerializationError(err)
    ) {
      const tooLarge = err.statusCode === 413;
      return send(reply, {
        status: err.statusCode,
        code: err.code ?? 'bad_request',
        title: en ? 'Bad request' : 'Felaktig förfrågan',
        detail: tooLarge
          ? en
            ? 'The request is too large.'
            : 'Förfrågan är för stor.'
          : en
            ? `The request could not be read: ${err.message}`
            : `Förfrågan kunde inte läsas: ${err.message}`,
      });
    }
    req.log.error({ err }, 'unexpected error');
    return send(reply, {
      status: 500,
      code: 'internal',
      title: en ? 'Something went wrong' : 'Något gick fel',
      detail: en
        ? 'Something went wrong on our side. Nothing was saved. Try again, and tell support if it happens again.'
        : 'Något gick fel hos oss. Inget sparades. Försök igen och kontakta supporten om det händer igen.',
    });
  });
}

/** The answer for an API path that does not exist. */
export function sendNoSuchRoute(req: FastifyRequest, reply: FastifyReply) {
  const en = pickLocale(req.actor?.locale, req.headers['accept-language']) === 'en';
  const path = req.url.split('?')[0];
  return send(reply, {
    status: 404,
    code: 'no_such_route',
    title: en ? 'Not found' : 'Finns inte',
    detail: en ? `There is no ${req.method} ${path}.` : `Det finns ingen ${req.method} ${path}.`,
  });
}
