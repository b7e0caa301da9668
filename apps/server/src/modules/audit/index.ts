// The audit module's door. Other modules append entries inside their own transactions.
export {
  type AuditActor,
  type AuditEvent,
  appendAudit,
  findAuditEntries,
  verifyAuditChain,
} from './audit.repository.ts';
export { auditRoutes } from './audit.routes.ts';
