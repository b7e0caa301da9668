import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { KIOSK_KEY_HEADER } from '@lotsa/contracts';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { Database, Db } from './db/database.ts';
import { serializeError } from './lib/log-errors.ts';
import { REDACTED_HEADERS, redactUrl } from './lib/log-redaction.ts';
import { accessRoutes, SESSION_COOKIE } from './modules/access/index.ts';
import { adaptationRoutes } from './modules/adaptations/index.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { carePlanRoutes } from './modules/care-plans/index.ts';
import { careTeamRoutes } from './modules/care-team/index.ts';
import { contactRequestRoutes } from './modules/contact-requests/index.ts';
import { fhirRoutes } from './modules/fhir/index.ts';
import { followUpRoutes } from './modules/follow-up/index.ts';
import { healthCheckRoutes } from './modules/health-checks/index.ts';
import { intakeRoutes } from './modules/intake/index.ts';
import { letterRoutes } from './modules/letters/index.ts';
import { organisationRoutes } from './modules/organisation/index.ts';
import { countPatientsByUnit, patientRoutes } from './modules/patients/index.ts';
import { schedulingRoutes } from './modules/scheduling/index.ts';
import { surveyRoutes } from './modules/surveys/index.ts';
import type { JobRunner } from './ops/jobs.ts';
import { registerMetrics } from './ops/metrics.ts';
import { registerErrorHandler, sendNoSuchRoute } from './plugins/error-handler.ts';
import { registerHealth } from './plugins/health.ts';
import { sessionPlugin } from './plugins/session.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    database: Database;
    /** `LOTSA_PUBLIC_URL`, if set: see lib/public-url.ts. */
    publicUrl: string | undefined;
    /** True from the moment the process was asked to stop (SIGTERM): `/ready` answers 503. */
    shuttingDown: boolean;
  }
}

export interface AppOptions {
  database: Database;
  logLevel?: string;
  sessionHours?: number;
  /** A session unused this long ends (LOTSA_SESSION_IDLE_MINUTES); absent: only the lifetime `sessionHours`. */
  sessionIdleMinutes?: number | null;
  secureCookies?: boolean;
  /** The address patients use for letter and survey links (`LOTSA_PUBLIC_URL`); default: the request's host. */
  publicUrl?: string;
  /** Folder of the built web client; served when it exists. */
  webDist?: string;
  /**
   * How long this instance may keep a resolved session in memory (#18; every change drops it at once on
   * every instance through NOTIFY, see modules/access/session-cache.ts); 0: look it up on every request.
   * Default 30 s.
   */
  sessionCacheMs?: number;
  /** LOTSA_TOTP_KEY read (32 bytes): encrypts TOTP secrets at rest; null/absent: kept unencrypted. */
  totpKey?: Buffer | null;
  /** The scheduled jobs' runner of this process, for /metrics (main.ts starts it). */
  jobs?: JobRunner;
}

/** A request id a client or load balancer sent (`x-request-id`) is kept when it looks like one. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

const defaultWebDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: opts.logLevel ?? 'info',
      redact: REDACTED_HEADERS.map((h) => `req.headers["${h}"]`),
      // JSON lines; each request's lines carry its id (`reqId`). The request line without the secrets
      // of links or query values (lib/log-redaction.ts); errors without the failed query's parameters
      // (patient data, password hashes).
      serializers: {
        err: serializeError,
        req: (req) => ({
          method: req.method,
          url: redactUrl(req.url),
          host: req.host,
          remoteAddress: req.ip,
          remotePort: req.socket?.remotePort,
        }),
      },
    },
    bodyLimit: 256 * 1024,
    trustProxy: false,
    genReqId: (req) => {
      const sent = req.headers['x-request-id'];
      return typeof sent === 'string' && REQUEST_ID.test(sent) ? sent : randomUUID();
    },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('database', opts.database);
  app.decorate('db', opts.database.db);
  app.decorate('publicUrl', opts.publicUrl);
  app.decorate('shuttingDown', false);
  // The id is in every log line of the request and in the answer, so a user's report can be found.
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });
  // While stopping, an answer closes its connection: a kept-alive one would hold the stop until it
  // times out.
  app.addHook('onSend', async (_req, reply) => {
    if (app.shuttingDown) reply.header('connection', 'close');
  });
  registerErrorHandler(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
      },
    },
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Lotsa API',
        version: '0.1.0',
        description: 'SMO: coordinated primary care for adults with extensive disabilities.',
      },
      // Each operation's `security` is set from its route's config by the session plugin (declaredSecurity).
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          kiosk: { type: 'apiKey', in: 'header', name: KIOSK_KEY_HEADER },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );

  const sessionHours = opts.sessionHours ?? 10;
  const idleMinutes = opts.sessionIdleMinutes ?? null;
  await app.register(sessionPlugin, { sessionHours, idleMinutes, cacheMs: opts.sessionCacheMs ?? 30_000 });
  registerHealth(app);
  registerMetrics(app, { jobs: opts.jobs });
  await app.register(accessRoutes, {
    sessionHours,
    idleMinutes,
    secureCookies: opts.secureCookies ?? false,
    totpKey: opts.totpKey ?? null,
  });
  await app.register(organisationRoutes, { countPatientsByUnit });
  await app.register(patientRoutes);
  await app.register(auditRoutes);
  await app.register(adaptationRoutes);
  await app.register(careTeamRoutes);
  await app.register(contactRequestRoutes);
  await app.register(intakeRoutes);
  await app.register(surveyRoutes);
  await app.register(schedulingRoutes);
  await app.register(letterRoutes);
  await app.register(followUpRoutes);
  await app.register(healthCheckRoutes);
  await app.register(carePlanRoutes);
  await app.register(fhirRoutes);

  const webDist = opts.webDist ?? defaultWebDist;
  const hasWeb = existsSync(path.join(webDist, 'index.html'));
  // wildcard: files are looked up per request, so a rebuilt client is served without a restart.
  if (hasWeb) await app.register(fastifyStatic, { root: webDist, wildcard: true });
  app.setNotFoundHandler((req, reply) => {
    // The web client routes in the browser: any other page path gets its index.html.
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api/')) return reply.sendFile('index.html');
    return sendNoSuchRoute(req, reply);
  });
  return app;
}
