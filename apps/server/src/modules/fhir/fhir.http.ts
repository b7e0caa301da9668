import { type MessageCode, renderAnyMessage } from '@lotsa/contracts';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Scope } from '../../kernel/index.ts';
import { AppError } from '../../lib/errors.ts';
import { pickLocale } from '../../lib/language.ts';
import { publicBaseUrl } from '../../lib/public-url.ts';
import { FhirError, issueForStatus, operationOutcome } from './fhir.errors.ts';

export const FHIR_BASE = '/fhir/R4';
export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

export function fhirBase(req: FastifyRequest, publicUrl: string | undefined): string {
  return `${publicBaseUrl(req, publicUrl)}${FHIR_BASE}`;
}

/** The signed-in scope of a FHIR request (the session plugin built it), or 401 as an OperationOutcome. */
export function requireScope(req: FastifyRequest): Scope {
  if (!req.scope) throw new FhirError(401, 'login', 'Sign in first: this FHIR request has no valid session.');
  return req.scope;
}

function sendOutcome(reply: FastifyReply, status: number, body: unknown) {
  return reply.status(status).type(FHIR_JSON).send(body);
}

/** Database refusals that bad or racing input can cause: the client's problem, not ours. */
const PG_STATUS: Record<string, [number, MessageCode]> = {
  '23505': [409, 'duplicate'],
  '23P01': [409, 'overlap'],
  '23503': [400, 'reference'],
  '22P02': [400, 'invalid_text'],
  '40001': [409, 'retry'],
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
 * Every error of the FHIR API is an OperationOutcome (application/fhir+json): our own FhirErrors, the
 * app's AppErrors (in the caller's language, with the app's code in `details`), sign-in and CSRF
 * refusals of the session plugin, unreadable bodies and database refusals. Only our faults are 500.
 */
export function registerFhirErrors(app: FastifyInstance) {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const locale = pickLocale(req.actor?.locale, req.headers['accept-language']);
    if (err instanceof FhirError)
      return sendOutcome(
        reply,
        err.status,
        operationOutcome(err.issue, err.diagnostics, { expression: err.expression }),
      );
    if (err instanceof AppError) {
      const text = renderAnyMessage(locale, err.code, err.params) ?? err.code;
      return sendOutcome(
        reply,
        err.status,
        operationOutcome(issueForStatus(err.status), text, { code: err.code }),
      );
    }
    if (hasZodFastifySchemaValidationErrors(err))
      return sendOutcome(reply, 400, operationOutcome('invalid', err.message));
    const code = pgCode(err);
    const pg = code ? PG_STATUS[code] : undefined;
    if (pg) {
      req.log.warn({ err }, 'database refused the FHIR request');
      const text = renderAnyMessage(locale, pg[1], {}) ?? pg[1];
      return sendOutcome(reply, pg[0], operationOutcome(issueForStatus(pg[0]), text, { code: pg[1] }));
    }
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500)
      return sendOutcome(
        reply,
        err.statusCode,
        operationOutcome(issueForStatus(err.statusCode), `The request could not be read: ${err.message}`),
      );
    req.log.error({ err }, 'unexpected error in the FHIR API');
    return sendOutcome(
      reply,
      500,
      operationOutcome('exception', 'Something went wrong on our side. Nothing was saved.'),
    );
  });
  app.setNotFoundHandler((req, reply) =>
    sendOutcome(
      reply,
      404,
      operationOutcome(
        'not-supported',
        `There is no ${req.method} ${req.url.split('?')[0]}: see ${FHIR_BASE}/metadata for what this server answers.`,
      ),
    ),
  );
  // FHIR's JSON media type (and the old one) read like JSON.
  app.addContentTypeParser(
    ['application/fhir+json', 'application/json+fhir'],
    { parseAs: 'string' },
    (_req, body, done) => {
      try {
        done(null, body === '' ? undefined : JSON.parse(body as string));
      } catch {
        done(new FhirError(400, 'structure', 'The body is not valid JSON.'), undefined);
      }
    },
  );
  // Every answer is FHIR JSON unless the route chose another type (NDJSON files).
  app.addHook('onSend', async (_req, reply, payload) => {
    const type = String(reply.getHeader('content-type') ?? '');
    if (type === '' || type.startsWith('application/json')) reply.header('content-type', FHIR_JSON);
    return payload;
  });
}
