// The access module's door: sign-in, sessions, accounts and roles. The access rules other modules
// ask live in the kernel (kernel/access-rules.ts).

export {
  deleteExpiredSessions,
  deleteSignInAttemptsBefore,
  findPartnerAccounts,
  findStaffIdOfUser,
  grantRole,
  insertUser,
  type SessionRow,
} from './access.repository.ts';
export { type AccessRouteOptions, accessRoutes, SESSION_COOKIE } from './access.routes.ts';
export { isFencedByPasswordChange, secondFactorFence } from './access.rules.ts';
export { hashPassword, resolveSession, safeEqual, toActor } from './access.service.ts';
export { SESSION_CHANNEL, SessionCache } from './session-cache.ts';
export {
  describeSetup,
  type FirstRegion,
  type FirstRegionInput,
  SetupRefused,
  setUpFirstRegion,
  setupInputFromEnv,
} from './setup.service.ts';
export { readTotpKey } from './totp.crypto.ts';
