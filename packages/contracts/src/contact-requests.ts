import { z } from 'zod';
import { defineEndpoint, optionalText, text, ZId, ZIdParams, ZPhone } from './http.ts';

export const CALLER_KINDS = [
  'patient',
  'representative',
  'relative',
  'municipal_nurse',
  'group_home',
  'other',
] as const;
/** urgent: call back within the hour; today: before the day ends; normal: within three working days. */
export const URGENCIES = ['urgent', 'today', 'normal'] as const;
export const REQUEST_STATUSES = ['new', 'in_progress', 'waiting', 'done'] as const;
export const ROUTED_TO = ['fixed_nurse', 'stand_in', 'team'] as const;

export const ZContactRequestEvent = z.object({
  at: z.string(),
  byName: z.string(),
  status: z.enum(REQUEST_STATUSES),
  assignedStaffName: z.string().nullable(),
  note: z.string().nullable(),
});

export const ZContactRequest = z.object({
  id: ZId,
  patientId: ZId,
  patientName: z.string(),
  callerKind: z.enum(CALLER_KINDS),
  callerName: z.string(),
  callbackPhone: z.string(),
  subject: z.string(),
  urgency: z.enum(URGENCIES),
  status: z.enum(REQUEST_STATUSES),
  assignedStaffId: ZId.nullable(),
  assignedStaffName: z.string().nullable(),
  routedTo: z.enum(ROUTED_TO),
  createdAt: z.string(),
  doneAt: z.string().nullable(),
  /** Minutes from arrival to done, or to now while open. */
  waitedMinutes: z.number().int(),
  events: z.array(ZContactRequestEvent),
});
export type ContactRequest = z.infer<typeof ZContactRequest>;

export const ZNewContactRequest = z.object({
  patientId: ZId,
  callerKind: z.enum(CALLER_KINDS),
  callerName: text(120),
  callbackPhone: ZPhone,
  subject: text(2000),
  urgency: z.enum(URGENCIES),
});

export const ZContactRequestUpdate = z.object({
  status: z.enum(REQUEST_STATUSES),
  note: optionalText(2000),
  assignToStaffId: ZId.nullish(),
});

export const ZContactRequestQuery = z.object({
  state: z.enum(['open', 'done', 'all']).default('open'),
  mine: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  patientId: ZId.optional(),
});

const tags = ['contact-requests'];
export const contactRequestEndpoints = {
  listContactRequests: defineEndpoint({
    method: 'GET',
    path: '/api/contact-requests',
    summary: 'The active unit’s queue: most urgent, then longest waiting, first',
    tags,
    query: ZContactRequestQuery,
    response: z.array(ZContactRequest),
  }),
  createContactRequest: defineEndpoint({
    method: 'POST',
    path: '/api/contact-requests',
    summary: 'Register a call or message; it is routed to the fixed nurse or the stand-in',
    tags,
    body: ZNewContactRequest,
    response: ZContactRequest,
    status: 201,
  }),
  getContactRequest: defineEndpoint({
    method: 'GET',
    path: '/api/contact-requests/:id',
    summary: 'One request with its log',
    tags,
    params: ZIdParams,
    response: ZContactRequest,
  }),
  updateContactRequest: defineEndpoint({
    method: 'POST',
    path: '/api/contact-requests/:id/events',
    summary: 'Move a request on (status, note, reassign)',
    tags,
    params: ZIdParams,
    body: ZContactRequestUpdate,
    response: ZContactRequest,
  }),
};
