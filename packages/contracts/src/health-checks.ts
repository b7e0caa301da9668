import { z } from 'zod';
import { ROLES } from './access.ts';
import { defineEndpoint, ZId, ZIdParams } from './http.ts';
import { messageCode } from './messages/index.ts';

/**
 * The health check (hälsokontroll): a versioned protocol template shaped like a FHIR R4 Questionnaire
 * (groups and items with `linkId`, `type`, `text`, `code`, `answerOption`, `enableWhen`, repeating
 * groups as `rows`), and a check's answers per section, shaped like a QuestionnaireResponse. The
 * template is data (docs/health-check.md); a new template version never changes a completed check.
 */

export const ZLocalText = z.object({ sv: z.string(), en: z.string() });
export type LocalText = z.infer<typeof ZLocalText>;

export const HEALTH_CHECK_ITEM_TYPES = [
  'decimal',
  'integer',
  'boolean',
  'choice',
  'date',
  'string',
  'text',
  /** A repeating group (FHIR `group` with `repeats: true`): rows of the item's `columns`. */
  'rows',
] as const;
export type HealthCheckItemType = (typeof HEALTH_CHECK_ITEM_TYPES)[number];

const ZCoding = z.object({ system: z.string(), code: z.string(), display: z.string() });
const ZAnswerOption = z.object({ code: z.string(), text: ZLocalText });

const itemFields = {
  linkId: z.string(),
  type: z.enum(HEALTH_CHECK_ITEM_TYPES),
  text: ZLocalText,
  help: ZLocalText.optional(),
  /** UCUM unit of a measurement (`kg`, `cm`, `mm[Hg]`). */
  unit: z.string().optional(),
  /** LOINC code where one exists (an Observation's code). */
  code: ZCoding.optional(),
  answerOption: z.array(ZAnswerOption).optional(),
  /** Values outside min–max are refused. */
  min: z.number().optional(),
  max: z.number().optional(),
  /** Values outside warnMin–warnMax are saved with a visible warning. */
  warnMin: z.number().optional(),
  warnMax: z.number().optional(),
  /** A date item: prompt when the date is more than `years` ago, or missing. */
  olderThan: z.object({ years: z.number(), prompt: ZLocalText }).optional(),
  /** Shown only when another item of the section has this answer (FHIR enableWhen, operator `=`). */
  enableWhen: z.object({ linkId: z.string(), answer: z.union([z.boolean(), z.string()]) }).optional(),
  /** Computed by Lotsa from other answers (read-only in the form). */
  computed: z.enum(['bmi']).optional(),
  /** A psychotropic row of a medication list needs a STOMP review (`rows` columns only). */
  stomp: z.boolean().optional(),
};

export const ZTemplateColumn = z.object(itemFields);
export const ZTemplateItem = z.object({ ...itemFields, columns: z.array(ZTemplateColumn).optional() });
export type TemplateItem = z.infer<typeof ZTemplateItem>;

export const ZTemplateSection = z.object({
  linkId: z.string(),
  text: ZLocalText,
  /** Who usually fills the section in (anyone in the patient's care team may). */
  roles: z.array(z.enum(ROLES)),
  /** A diagnosis module: attached when the patient has an ICD-10 code starting with one of these. */
  diagnoses: z.array(z.string()).optional(),
  item: z.array(ZTemplateItem),
});
export type TemplateSection = z.infer<typeof ZTemplateSection>;

export const ZHealthCheckTemplate = z.object({
  resourceType: z.literal('Questionnaire'),
  url: z.string(),
  version: z.number().int(),
  name: z.string(),
  title: ZLocalText,
  status: z.enum(['draft', 'active', 'retired']),
  date: z.string(),
  item: z.array(ZTemplateSection),
});
export type HealthCheckTemplate = z.infer<typeof ZHealthCheckTemplate>;

const ZCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ZAnswerValue = z.union([
  z.number(),
  z.boolean(),
  z.string().max(4000),
  z.array(z.record(z.string(), ZCell)).max(60),
  z.null(),
]);
export type AnswerValue = z.infer<typeof ZAnswerValue>;

/** One item's answer; an item not done carries the reason ("tolererade inte blodtryck"). */
export const ZItemAnswer = z.object({
  value: ZAnswerValue.default(null),
  notDoneReason: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((v) => (v ? v : null)),
});
export type ItemAnswer = z.output<typeof ZItemAnswer>;
const ZItemAnswerOut = z.object({ value: ZAnswerValue, notDoneReason: z.string().nullable() });

export const ZSaveSectionRequest = z.object({
  /** The section version the form was loaded with (0: never saved). A stale version is refused 409. */
  expectedVersion: z.number().int().min(0),
  answers: z.record(z.string().max(80), ZItemAnswer),
});

export const ZCreateHealthCheckRequest = z.object({ bookingId: ZId.nullish() });
export const ZAmendHealthCheckRequest = z.object({
  reason: z
    .string()
    .trim()
    .min(3, { error: messageCode('health_check_reason_required') })
    .max(500),
});

export const HEALTH_CHECK_STATUSES = ['draft', 'signed', 'amended'] as const;
export type HealthCheckStatus = (typeof HEALTH_CHECK_STATUSES)[number];

export const ZSectionAnswers = z.object({
  linkId: z.string(),
  version: z.number().int(),
  answers: z.record(z.string(), ZItemAnswerOut),
  updatedAt: z.string().nullable(),
  updatedBy: z.string().nullable(),
});
export type SectionAnswers = z.infer<typeof ZSectionAnswers>;

/** Something the protocol says about the answers: a warning, a prompt, or what stops signing. */
export const ZCheckNote = z.object({ section: z.string(), linkId: z.string(), text: ZLocalText });
export type CheckNote = z.infer<typeof ZCheckNote>;

export const SCREENING_PROGRAMMES = ['cervical', 'breast', 'bowel', 'aaa'] as const;
export const ZScreeningDue = z.object({
  programme: z.enum(SCREENING_PROGRAMMES),
  /** Invited by age and sex under the Swedish programmes. */
  eligible: z.boolean(),
  text: ZLocalText,
});

export const ZHealthCheckSummary = z.object({
  id: ZId,
  patientId: ZId,
  bookingId: ZId.nullable(),
  seriesId: ZId,
  version: z.number().int(),
  status: z.enum(HEALTH_CHECK_STATUSES),
  templateVersion: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string(),
  signedAt: z.string().nullable(),
  signedBy: z.string().nullable(),
  amendReason: z.string().nullable(),
});
export type HealthCheckSummary = z.infer<typeof ZHealthCheckSummary>;

export const ZHealthCheck = ZHealthCheckSummary.extend({
  /** The template version the check was made with (never a newer one). */
  template: ZHealthCheckTemplate,
  /** The template's sections this check has: the general ones plus the patient's diagnosis modules. */
  sectionIds: z.array(z.string()),
  sections: z.array(ZSectionAnswers),
  derived: z.object({
    bmi: z.number().nullable(),
    warnings: z.array(ZCheckNote),
    prompts: z.array(ZCheckNote),
    /** Unanswered STOMP reviews and diagnostic-overshadowing rule-outs: signing waits for them. */
    signBlockers: z.array(ZCheckNote),
    screening: z.array(ZScreeningDue),
  }),
  /** Last year's signed check: items not done then, and why (an adapted check carries forward). */
  previous: z
    .object({
      id: ZId,
      signedAt: z.string().nullable(),
      notDone: z.array(z.object({ section: z.string(), linkId: z.string(), reason: z.string() })),
    })
    .nullable(),
  /** Whether the signed-in user may sign (the responsible doctor: role doctor at the patient's unit). */
  canSign: z.boolean(),
});
export type HealthCheck = z.infer<typeof ZHealthCheck>;

export const ZSectionParams = z.object({ id: ZId, section: z.string().regex(/^[a-z][a-z0-9-]{0,40}$/) });

const tags = ['health-checks'];
export const healthCheckEndpoints = {
  currentTemplate: defineEndpoint({
    method: 'GET',
    path: '/api/health-check-templates/current',
    summary: 'The protocol template new health checks are made with (FHIR Questionnaire shape)',
    tags,
    response: ZHealthCheckTemplate,
  }),
  listHealthChecks: defineEndpoint({
    method: 'GET',
    path: '/api/patients/:id/health-checks',
    summary: 'The patient’s health checks, newest first (every version)',
    tags,
    params: ZIdParams,
    response: z.array(ZHealthCheckSummary),
  }),
  createHealthCheck: defineEndpoint({
    method: 'POST',
    path: '/api/patients/:id/health-checks',
    summary: 'Prepare a health check (a draft with the current template), optionally for a booked visit',
    tags,
    params: ZIdParams,
    body: ZCreateHealthCheckRequest,
    response: ZHealthCheck,
    status: 201,
  }),
  getHealthCheck: defineEndpoint({
    method: 'GET',
    path: '/api/health-checks/:id',
    summary: 'A health check with its template, answers per section and what the protocol derives',
    tags,
    params: ZIdParams,
    response: ZHealthCheck,
  }),
  saveSection: defineEndpoint({
    method: 'PUT',
    path: '/api/health-checks/:id/sections/:section',
    summary: 'Save one section (optimistic concurrency: a stale expectedVersion is refused 409)',
    tags,
    params: ZSectionParams,
    body: ZSaveSectionRequest,
    response: ZHealthCheck,
  }),
  signHealthCheck: defineEndpoint({
    method: 'POST',
    path: '/api/health-checks/:id/sign',
    summary: 'Sign the check (the responsible doctor); it is read-only afterwards',
    tags,
    params: ZIdParams,
    response: ZHealthCheck,
  }),
  amendHealthCheck: defineEndpoint({
    method: 'POST',
    path: '/api/health-checks/:id/amend',
    summary: 'Correct a signed check: a new, attributed draft version with the answers copied',
    tags,
    params: ZIdParams,
    body: ZAmendHealthCheckRequest,
    response: ZHealthCheck,
    status: 201,
  }),
};

// ---------------------------------------------------------------------------------------------------
// The health action plan (hälsoplan): actions from the findings, each with an owner, a due date and a
// status (a FHIR CarePlan's activities), and the date of the next check.

/** What an action is about: its pictogram on the easy-read copy. */
export const PLAN_TOPICS = [
  'doctor',
  'nurse',
  'blood_test',
  'weigh',
  'blood_pressure',
  'talk',
  'home',
  'other',
] as const;
export const PLAN_OWNER_KINDS = ['team', 'municipal', 'patient', 'representative', 'other_clinic'] as const;
export const PLAN_ACTION_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
const ZLocalDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: messageCode('health_check_date_format') });

export const ZPlanActionInput = z.object({
  text: z.string().trim().min(3).max(300),
  /** The same in easy-read words, for the patient's copy; the text itself when left out. */
  easyText: z
    .string()
    .trim()
    .max(200)
    .nullish()
    .transform((v) => (v ? v : null)),
  topic: z.enum(PLAN_TOPICS),
  ownerKind: z.enum(PLAN_OWNER_KINDS),
  ownerName: z.string().trim().min(1).max(120),
  dueDate: ZLocalDate,
});
export const ZPlanActionUpdate = ZPlanActionInput.extend({
  expectedVersion: z.number().int().min(1),
  status: z.enum(PLAN_ACTION_STATUSES),
  followUp: z
    .string()
    .trim()
    .max(500)
    .nullish()
    .transform((v) => (v ? v : null)),
});
export const ZPlanSettings = z.object({ nextCheckDate: ZLocalDate });

export const ZPlanAction = z.object({
  id: ZId,
  text: z.string(),
  easyText: z.string().nullable(),
  topic: z.enum(PLAN_TOPICS),
  ownerKind: z.enum(PLAN_OWNER_KINDS),
  ownerName: z.string(),
  dueDate: z.string(),
  status: z.enum(PLAN_ACTION_STATUSES),
  followUp: z.string().nullable(),
  contactRequestId: ZId.nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  /** Due and not done or cancelled. */
  overdue: z.boolean(),
});
export type PlanAction = z.infer<typeof ZPlanAction>;

export const ZHealthPlan = z.object({
  checkId: ZId,
  seriesId: ZId,
  patientId: ZId,
  /** The recall date of the next health check (twelve months after the check unless set). */
  nextCheckDate: z.string(),
  actions: z.array(ZPlanAction),
});
export type HealthPlan = z.infer<typeof ZHealthPlan>;

const ZActionParams = z.object({ id: ZId, actionId: ZId });
export const HEALTH_PLAN_PDF_PATH = '/api/health-checks/:id/plan/easy-read.pdf';

const planTags = ['health-checks'];
export const healthPlanEndpoints = {
  getPlan: defineEndpoint({
    method: 'GET',
    path: '/api/health-checks/:id/plan',
    summary: 'The check’s health action plan (the actions of the check’s series, the next check date)',
    tags: planTags,
    params: ZIdParams,
    response: ZHealthPlan,
  }),
  setPlan: defineEndpoint({
    method: 'PUT',
    path: '/api/health-checks/:id/plan',
    summary: 'Set the next health check date (the recall)',
    tags: planTags,
    params: ZIdParams,
    body: ZPlanSettings,
    response: ZHealthPlan,
  }),
  addAction: defineEndpoint({
    method: 'POST',
    path: '/api/health-checks/:id/plan/actions',
    summary: 'Add an action to the plan',
    tags: planTags,
    params: ZIdParams,
    body: ZPlanActionInput,
    response: ZHealthPlan,
    status: 201,
  }),
  updateAction: defineEndpoint({
    method: 'PUT',
    path: '/api/health-checks/:id/plan/actions/:actionId',
    summary: 'Change an action or its status (a stale expectedVersion is refused 409)',
    tags: planTags,
    params: ZActionParams,
    body: ZPlanActionUpdate,
    response: ZHealthPlan,
  }),
  actionContactRequest: defineEndpoint({
    method: 'POST',
    path: '/api/health-checks/:id/plan/actions/:actionId/contact-request',
    summary: 'Make a contact request (ärende) for the action, routed to the fixed nurse',
    tags: planTags,
    params: ZActionParams,
    response: ZHealthPlan,
    status: 201,
  }),
};
