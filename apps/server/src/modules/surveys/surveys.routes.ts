import {
  surveyEndpoints as e,
  KIOSK_KEY_HEADER,
  SURVEY_RESULTS_CSV_PATH,
  ZSurveyResultsQuery,
} from '@lotsa/contracts';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { unauthenticated } from '../../lib/errors.ts';
import { publicBaseUrl } from '../../lib/public-url.ts';
import { type RateLimit, takeRateLimit } from '../../ops/rate-limit.repository.ts';
import { route } from '../../plugins/contract-routes.ts';
import { kioskNotStarted, tooManyAnswers } from './surveys.errors.ts';
import { answerKiosk, endKiosk, kioskInfo, startKiosk } from './surveys.kiosk.ts';
import { exportResultsCsv, getResults } from './surveys.results.ts';
import { answerPublicSurvey, ensureSurveyInvitations, getPublicSurvey } from './surveys.service.ts';

/** A survey answer is small: 2,000 characters of comment and five numbers. */
export const SURVEY_BODY_LIMIT = 16 * 1024;

/**
 * Per client address, counted in the database (any instance): link look-ups and answers (links are
 * 256-bit secrets; this only slows down a noisy client).
 */
export const SURVEY_READS: RateLimit = { bucket: 'survey_read', limit: 120, windowMs: 10 * 60_000 };
export const SURVEY_ANSWERS: RateLimit = { bucket: 'survey_answer', limit: 20, windowMs: 10 * 60_000 };

const kioskKey = (req: FastifyRequest) => {
  const v = req.headers[KIOSK_KEY_HEADER];
  return typeof v === 'string' ? v : undefined;
};

/** The kiosk's routes take no session but the kiosk key (OpenAPI scheme `kiosk`, declared in app.ts). */
const KIOSK = { scheme: 'kiosk', header: KIOSK_KEY_HEADER, missing: kioskNotStarted };

/** Where patients reach this server (LOTSA_PUBLIC_URL, else the staff member's host): the QR code's base. */
const originOf = (req: FastifyRequest) => publicBaseUrl(req, req.server.publicUrl);

export async function surveyRoutes(app: FastifyInstance) {
  const db = app.db;
  const limit = async (rule: RateLimit, req: FastifyRequest) => {
    if (!(await takeRateLimit(db, rule, req.ip))) throw tooManyAnswers();
  };

  route(app, e.createInvitations, ({ actor, params, req }) =>
    ensureSurveyInvitations(db, actor, params.id, { origin: originOf(req) }),
  );
  route(
    app,
    e.getPublicSurvey,
    async ({ params, req }) => {
      await limit(SURVEY_READS, req);
      return getPublicSurvey(db, params.token);
    },
    { public: true },
  );
  route(
    app,
    e.answerPublicSurvey,
    async ({ params, body, req }) => {
      await limit(SURVEY_ANSWERS, req);
      return answerPublicSurvey(db, params.token, body);
    },
    { public: true, bodyLimit: SURVEY_BODY_LIMIT },
  );

  route(app, e.startKiosk, ({ actor }) => startKiosk(db, actor));
  route(app, e.getKiosk, ({ req }) => kioskInfo(db, kioskKey(req)), { public: true, credential: KIOSK });
  route(app, e.answerKiosk, ({ body, req }) => answerKiosk(db, kioskKey(req), body), {
    public: true,
    bodyLimit: SURVEY_BODY_LIMIT,
    credential: KIOSK,
  });
  route(
    app,
    e.endKiosk,
    async ({ req }) => {
      await endKiosk(db, kioskKey(req));
      return { ok: true as const };
    },
    { public: true, credential: KIOSK },
  );

  route(app, e.getResults, ({ actor, query }) => getResults(db, actor, query));
  app.get(
    SURVEY_RESULTS_CSV_PATH,
    {
      schema: {
        summary: 'The results as CSV (Swedish headers, semicolons, UTF-8 with BOM)',
        tags: ['surveys'],
        querystring: ZSurveyResultsQuery,
      },
    },
    async (req, reply) => {
      if (!req.actor) throw unauthenticated();
      const csv = await exportResultsCsv(db, req.actor, req.query as never);
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${csv.filename}"`)
        .header('cache-control', 'no-store')
        .send(csv.body);
    },
  );
}
