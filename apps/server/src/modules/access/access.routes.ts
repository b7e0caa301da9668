import { accessEndpoints as e } from '@lotsa/contracts';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { unauthenticated } from '../../lib/errors.ts';
import { route } from '../../plugins/contract-routes.ts';
import * as service from './access.service.ts';
import * as accounts from './accounts.service.ts';
import { signInRoutes } from './sign-in.routes.ts';

export const SESSION_COOKIE = 'lotsa_session';

export interface AccessRouteOptions {
  sessionHours: number;
  /** Idle timeout (LOTSA_SESSION_IDLE_MINUTES); null: only the lifetime. */
  idleMinutes: number | null;
  secureCookies: boolean;
  /** LOTSA_TOTP_KEY: TOTP secrets are encrypted with it (null: kept unencrypted, never shown again). */
  totpKey: Buffer | null;
}

export async function accessRoutes(app: FastifyInstance, opts: AccessRouteOptions) {
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: opts.secureCookies,
      maxAge: opts.sessionHours * 3600,
    });

  route(
    app,
    e.signIn,
    async ({ body, req, reply }) => {
      const { token, me } = await service.signIn(
        app.db,
        body,
        req.ip,
        opts,
        req.headers['user-agent'] ?? null,
      );
      setCookie(reply, token);
      return me;
    },
    { public: true },
  );

  route(
    app,
    e.signOut,
    async ({ req, reply }) => {
      const token = req.cookies[SESSION_COOKIE];
      if (token) await service.signOut(app.db, token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
    { public: true },
  );

  route(app, e.me, async ({ req }) => service.toMe(app.db, requireSession(req.session)));
  route(app, e.setActiveUnit, async ({ req, body }) =>
    service.setActiveUnit(app.db, requireSession(req.session), body.unitId),
  );
  route(app, e.setLocale, async ({ req, body }) =>
    service.setLocale(app.db, requireSession(req.session), body.locale),
  );
  route(app, e.changePassword, async ({ req, actor, body }) =>
    accounts.changeOwnPassword(app.db, requireSession(req.session), actor, body, req.ip),
  );

  // Two-step sign-in, one's own sessions, the admin's TOTP reset and sign-out everywhere.
  await signInRoutes(app, opts);

  // Account administration: the region admin, for accounts of the region.
  route(app, e.listAccounts, ({ actor, query }) => accounts.listAccounts(app.db, actor, query.unitId));
  route(app, e.createAccount, ({ actor, body }) => accounts.createAccount(app.db, actor, body));
  route(app, e.updateAccount, ({ actor, params, body }) =>
    accounts.updateAccount(app.db, actor, params.id, body),
  );
  route(app, e.setTemporaryPassword, ({ actor, params, body }) =>
    accounts.setTemporaryPassword(app.db, actor, params.id, body.temporaryPassword),
  );
  route(app, e.setAccountActive, ({ actor, params, body }) =>
    accounts.setAccountActive(app.db, actor, params.id, body.active),
  );
}

function requireSession<T>(s: T | null): T {
  if (!s) throw unauthenticated();
  return s;
}
