// The access module's door: sign-in, sessions, roles and the access rules other modules ask.

export { findStaffIdOfUser, grantRole, insertUser, type SessionRow } from './access.repository.ts';
export { type AccessRouteOptions, accessRoutes, SESSION_COOKIE } from './access.routes.ts';
export {
  CLINICAL_ROLES,
  canAccessPatientsOf,
  hasPartnerRole,
  hasRoleIn,
  isFencedByPasswordChange,
  isPartnerAt,
  isPartnerOnly,
  isPartnerPath,
  rolesIn,
} from './access.rules.ts';
export { hashPassword, resolveSession, safeEqual, toActor } from './access.service.ts';
