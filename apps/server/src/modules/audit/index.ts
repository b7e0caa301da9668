// The audit module's door: the log review routes. The log itself (append, search, verify) is the
// kernel's (kernel/audit-log.ts), so that every module writes it the same way.
export { auditRoutes } from './audit.routes.ts';
