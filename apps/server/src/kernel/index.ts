// The kernel's door: what every module builds on. The request scope, the one guarded path to patient
// data (load → region → access → audit, in one transaction), the pure access rules and the audit
// log's write and read path. The kernel imports no module; modules import it only through here.

export {
  type AccessBasis,
  type AccessDecision,
  type AccessFlag,
  type AccessSettings,
  CLINICAL_ROLES,
  canAccessPatientsOf,
  canTakeLogExtract,
  DEFAULT_ACCESS_SETTINGS,
  decidePatientAccess,
  type GrantKind,
  grantExpiry,
  hasPartnerRole,
  hasRoleIn,
  isPartnerAt,
  isPartnerOnly,
  isPartnerPath,
  rolesIn,
} from './access-rules.ts';
export {
  type AuditActor,
  type AuditEvent,
  type AuditFilter,
  appendAudit,
  findAuditEntries,
  verifyAuditChain,
} from './audit-log.ts';
export {
  captureSealHorizon,
  horizonReached,
  type SealHorizon,
  sealAuditLog,
  sealUpTo,
} from './audit-seal.ts';
export {
  accessBasesOf,
  accessBasesSubquery,
  accessSettingsOf,
  basesFromJson,
  type GrantInput,
  grantAccess,
  setTotpRoles,
} from './care-relations.ts';
export {
  type Authorize,
  careRelationReadAudit,
  confirmRequired,
  type Guarded,
  type GuardedAction,
  type GuardedWork,
  type GuardScope,
  guardedRead,
  guardedRow,
  type ReadCandidate,
  type ReadGuard,
  type ReadLoad,
  type RowGuard,
  reasonRequired,
} from './guarded.ts';
export { type Scope, scopeOf } from './scope.ts';
