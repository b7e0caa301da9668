import cookie from '@fastify/cookie';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { isPartnerOnly, isPartnerPath, type Scope, scopeOf } from '../kernel/index.ts';
import type { Actor } from '../lib/actor.ts';
import { forbidden, problem, unauthenticated } from '../lib/errors.ts';
import {
  isFencedByPasswordChange,
  resolveSession,
  SESSION_COOKIE,
  SessionCache,
  type SessionRow,
  safeEqual,
  secondFactorFence,
  toActor,
} from '../modules/access/index.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** No session needed (see needsSession). */
    public?: boolean;
    /** A public route's own credential: the OpenAPI security scheme it declares (see route()). */
    credential?: string;
  }
  interface FastifyRequest {
    session: SessionRow | null;
    actor: Actor | null;
    /** The request scope (database, actor, region, units), built once here for every signed-in request. */
    scope: Scope | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Sign-in has no session yet; it is protected by SameSite=Strict and the JSON content type. */
const CSRF_EXEMPT = new Set(['/api/auth/sign-in']);
/**
 * Routes for the public (no account), e.g. the interest form: they never use the session, so a
 * signed-in staff member's cookie in the same browser must not make them demand a CSRF token.
 */
const PUBLIC_PREFIX = '/api/public/';

/** Where the session plugin works: the JSON API and the FHIR API. */
const SESSION_PREFIXES = ['/api/', '/fhir/'];
const isSessionPath = (url: string) => SESSION_PREFIXES.some((p) => url.startsWith(p));

/**
 * The one answer to "does this route need a session?": every `/api/` and `/fhir/` route does unless its
 * config says `public: true`; what is outside them (health, metrics, the web client) is not the session's.
 * The onRequest hook below enforces it (and, for the same routes, the temporary-password and partner
 * fences) and the onRoute hook declares it in OpenAPI from the same answer, so the document cannot say
 * public where the server says 401.
 */
export function needsSession(url: string, config: unknown): boolean {
  if (!isSessionPath(url)) return false;
  return (config as { public?: boolean } | undefined)?.public !== true;
}

/**
 * What the OpenAPI document declares for a route: the session where `needsSession`; for a public route the
 * credential it names instead (`config.credential`, e.g. the survey kiosk's key header, checked by route()),
 * or nothing.
 */
export function declaredSecurity(url: string, config: unknown): Array<Record<string, string[]>> {
  if (needsSession(url, config)) return [{ session: [] }];
  const credential = (config as { credential?: string } | undefined)?.credential;
  return credential ? [{ [credential]: [] }] : [];
}

/**
 * Reads the session cookie (before validation, so a signed-out request gets 401, not 400) into `request.session` and `request.actor`, and checks the CSRF token
 * (header `x-csrf-token`, the value `/api/auth/me` returned) on every state-changing request. A partner
 * account (`isPartnerOnly`) is refused (403) every route but sign-in and the partner API; an account
 * with a temporary password every route but `/api/auth/*` (code `password_change_required`); a session
 * owing its second step every route but that step's (`second_factor_required`, `totp_enrolment_required`).
 */
export const sessionPlugin = fp(
  async (
    app: FastifyInstance,
    opts: { sessionHours: number; idleMinutes: number | null; cacheMs: number },
  ) => {
    await app.register(cookie);
    // Sessions kept in memory between requests, dropped on every change (modules/access/session-cache.ts).
    const cache = opts.cacheMs > 0 ? new SessionCache(opts.cacheMs) : undefined;
    if (cache) {
      await cache.start(app.database);
      app.addHook('onClose', () => cache.stop());
      // A change made through this instance takes effect here before its answer leaves.
      app.addHook('onSend', async (req) => {
        if (!SAFE_METHODS.has(req.method)) cache.clear();
      });
    }
    app.decorateRequest('session', null);
    app.decorateRequest('actor', null);
    app.decorateRequest('scope', null);
    // Every route registered after this plugin (all the modules' routes) gets its OpenAPI security from
    // `needsSession`, whether it came through route() or app.get(). @fastify/swagger keeps the route
    // options themselves and reads them when the document is made, so the schema set here is what it shows.
    app.addHook('onRoute', (opts) => {
      const schema = (opts.schema ?? {}) as { security?: unknown; hide?: boolean };
      if (schema.hide) return;
      schema.security = declaredSecurity(opts.url, opts.config);
      opts.schema = schema as typeof opts.schema;
    });
    app.addHook('onRequest', async (req) => {
      if (!isSessionPath(req.url)) return;
      const token = req.cookies[SESSION_COOKIE];
      if (token) {
        const session = await resolveSession(app.db, token, opts, cache);
        if (session) {
          req.session = session;
          req.actor = toActor(session);
          req.scope = scopeOf(app.db, req.actor);
        }
      }
      const routeUrl = req.routeOptions.url;
      const isPublic = !routeUrl || !needsSession(routeUrl, req.routeOptions.config);
      if (!isPublic && !req.session) throw unauthenticated();
      const path = req.url.split('?')[0] ?? '';
      // The sign-in's second step first (a code, or enrolling an authenticator): nothing else answers.
      const owed =
        !isPublic && req.session && req.routeOptions.url
          ? secondFactorFence(req.session.secondFactor, path)
          : null;
      if (owed) throw problem(403, owed);
      // A temporary password: choose your own first (the web shows the page for it on this code).
      if (
        !isPublic &&
        req.session &&
        req.routeOptions.url &&
        isFencedByPasswordChange(req.session.user.mustChangePassword, path)
      )
        throw problem(403, 'password_change_required');
      // Deny by default: a partner account reaches sign-in and the partner view, no other route.
      if (!isPublic && req.actor && req.routeOptions.url && isPartnerOnly(req.actor) && !isPartnerPath(path))
        throw forbidden('partner_only');
      if (
        !SAFE_METHODS.has(req.method) &&
        req.session &&
        !CSRF_EXEMPT.has(path) &&
        !path.startsWith(PUBLIC_PREFIX)
      ) {
        const sent = req.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !safeEqual(sent, req.session.csrfToken)) {
          throw problem(403, 'csrf');
        }
      }
    });
  },
);
