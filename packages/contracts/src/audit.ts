import { z } from 'zod';
import { defineEndpoint, ZId, ZIdParams } from './http.ts';
import { messageCode } from './messages/index.ts';

export const AUDIT_ACTIONS = ['read', 'list', 'create', 'update', 'delete', 'export', 'denied'] as const;
export const ZAuditAction = z.enum(AUDIT_ACTIONS);

export const ZAuditEntry = z.object({
  seq: z.number().int(),
  at: z.string(),
  userId: ZId.nullable(),
  userName: z.string(),
  unitId: ZId.nullable(),
  patientIds: z.array(ZId),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  reason: z.string(),
  detail: z.unknown().nullable(),
});
export type AuditEntry = z.infer<typeof ZAuditEntry>;

const ZDate = z.iso.date({ error: messageCode('date_format') });
export const ZAuditQuery = z.object({
  from: ZDate.optional(),
  to: ZDate.optional(),
  userId: ZId.optional(),
  patientId: ZId.optional(),
  action: ZAuditAction.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  beforeSeq: z.coerce.number().int().positive().optional(),
});

export const ZAuditVerification = z.object({
  checked: z.number().int(),
  intact: z.boolean(),
  firstBrokenSeq: z.number().int().nullable(),
  /** Seals of the region checked (decision 0009), and entries no seal covers yet (still being written). */
  seals: z.number().int().optional(),
  unsealed: z.number().int().optional(),
});

const tags = ['audit'];
export const auditEndpoints = {
  searchAudit: defineEndpoint({
    method: 'GET',
    path: '/api/audit',
    summary: 'Filter the audit log of the active unit (unit manager)',
    tags,
    query: ZAuditQuery,
    response: z.object({ entries: z.array(ZAuditEntry), nextBeforeSeq: z.number().int().nullable() }),
  }),
  patientExtract: defineEndpoint({
    method: 'GET',
    path: '/api/audit/patients/:id',
    summary: 'Every logged access to one patient’s data (log extract)',
    tags,
    params: ZIdParams,
    response: z.object({
      patient: z.object({ id: ZId, name: z.string(), identityNumber: z.string() }),
      entries: z.array(ZAuditEntry),
    }),
  }),
  verifyAudit: defineEndpoint({
    method: 'GET',
    path: '/api/audit/verify',
    summary: 'Check the hash chain of the region’s audit log',
    tags,
    response: ZAuditVerification,
  }),
};
