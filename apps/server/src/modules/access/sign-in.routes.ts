import { signInEndpoints as e } from '@lotsa/contracts';
import type { FastifyInstance } from 'fastify';
import { unauthenticated } from '../../lib/errors.ts';
import { route } from '../../plugins/contract-routes.ts';
import type { SessionRow } from './access.repository.ts';
import * as totp from './totp.service.ts';

/** Two-step sign-in, one's own sessions, and the region admin's resets (totp.service.ts). */
export async function signInRoutes(app: FastifyInstance, opts: totp.TotpSettings) {
  const session = (s: SessionRow | null): SessionRow => {
    if (!s) throw unauthenticated();
    return s;
  };
  route(app, e.totpStatus, ({ req }) => totp.totpStatus(app.db, session(req.session)));
  route(app, e.startTotpEnrolment, ({ req }) => totp.startEnrolment(app.db, session(req.session), opts));
  route(app, e.confirmTotpEnrolment, ({ req, actor, body }) =>
    totp.confirmEnrolment(app.db, session(req.session), actor, body.code, opts),
  );
  route(app, e.verifyTotp, ({ req, body }) => totp.verifyCode(app.db, session(req.session), body.code, opts));
  route(app, e.useRecoveryCode, ({ req, actor, body }) =>
    totp.useRecoveryCode(app.db, session(req.session), actor, body.recoveryCode, opts),
  );
  route(app, e.renewRecoveryCodes, ({ req, actor, body }) =>
    totp.renewRecoveryCodes(app.db, session(req.session), actor, body.code, opts),
  );
  route(app, e.listSessions, ({ req }) => totp.listSessions(app.db, session(req.session)));
  route(app, e.endSession, ({ req, params }) => totp.endSession(app.db, session(req.session), params.id));
  route(app, e.endOtherSessions, ({ req }) => totp.endOtherSessions(app.db, session(req.session)));
  route(app, e.getTotpRoles, ({ actor }) => totp.getTotpRoles(app.db, actor));
  route(app, e.setTotpRoles, ({ actor, body }) => totp.chooseTotpRoles(app.db, actor, body.roles));
  route(app, e.resetAccountTotp, ({ actor, params }) => totp.resetAccountTotp(app.db, actor, params.id));
  route(app, e.endAccountSessions, ({ actor, params }) => totp.endAccountSessions(app.db, actor, params.id));
}
