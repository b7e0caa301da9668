import { z } from 'zod';
import { isValidUsername, PASSWORD_MIN_LENGTH, passwordProblem } from './access/credentials.ts';
import { defineEndpoint, ZId, ZIdParams, ZOk } from './http.ts';
import { messageCode, messageIssue } from './messages/index.ts';

export * from './access/credentials.ts';

/**
 * Roles are held per unit. Region admin is a flag on the account, for the whole region. `partner`
 * (samverkanspartner: municipal health care, group home, habilitation) is not a care role: it sees
 * only the network contacts a patient of the unit agreed to share (the care-team module's partner view).
 */
export const ROLES = [
  'navigator',
  'doctor',
  'nurse',
  'assistant_nurse',
  'ot',
  'pt',
  'unit_manager',
  'partner',
] as const;
export const ZRole = z.enum(ROLES);
export type Role = z.infer<typeof ZRole>;
export const LOCALES = ['sv', 'en'] as const;
export const SECOND_FACTOR_STATES = ['none', 'verify', 'enrol'] as const;
export type SecondFactorState = (typeof SECOND_FACTOR_STATES)[number];
export const ZLocale = z.enum(LOCALES);
export type Locale = z.infer<typeof ZLocale>;

export const ZMe = z.object({
  user: z.object({
    id: ZId,
    username: z.string(),
    displayName: z.string(),
    locale: ZLocale,
    isRegionAdmin: z.boolean(),
    regionId: ZId,
    regionName: z.string(),
    /** A temporary password from an administrator: every route but /api/auth/* is refused until a new one is chosen. */
    mustChangePassword: z.boolean(),
    /** The account has a confirmed TOTP authenticator (two-step sign-in). */
    totpEnrolled: z.boolean(),
  }),
  units: z.array(z.object({ id: ZId, name: z.string(), roles: z.array(ZRole) })),
  activeUnitId: ZId.nullable(),
  csrfToken: z.string(),
  /**
   * What the sign-in still owes: `verify` (a code from the authenticator or a recovery code), `enrol`
   * (the region requires TOTP for one of the account's roles and it has none). Until `none`, only the
   * second step's routes answer (403 `second_factor_required` / `totp_enrolment_required`).
   */
  secondFactor: z.enum(SECOND_FACTOR_STATES),
});
export type Me = z.infer<typeof ZMe>;

export const ZSignIn = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: messageCode('username_required') })
    .max(100),
  password: z
    .string()
    .min(1, { error: messageCode('password_required') })
    .max(200),
});

/** A new password (temporary or chosen): the rule of `passwordProblem`. */
export const ZNewPassword = z.string().superRefine((value, ctx) => {
  const problem = passwordProblem(value);
  if (problem === 'too_long') ctx.addIssue(messageIssue('password_too_long', { maximum: 200 }));
  else if (problem) ctx.addIssue(messageIssue('password_too_short', { minimum: PASSWORD_MIN_LENGTH }));
});

export const ZUsername = z
  .string()
  .trim()
  .toLowerCase()
  .refine(isValidUsername, {
    error: messageCode('username_rule'),
  });

/** An account's roles at one unit of the region. */
export const ZAccountUnitRoles = z.object({
  unitId: ZId,
  roles: z
    .array(ZRole)
    .min(1, { error: messageCode('unit_roles_required') })
    .max(ROLES.length),
});

const ZAccountUnits = z
  .array(ZAccountUnitRoles)
  .max(100)
  .refine((list) => new Set(list.map((u) => u.unitId)).size === list.length, {
    error: messageCode('unit_listed_twice'),
  })
  .transform((list) => list.map((u) => ({ unitId: u.unitId, roles: [...new Set(u.roles)] })));

/** What the region admin sets on an account (the whole record is sent on a change). */
export const ZAccountUpdate = z.object({
  displayName: z
    .string()
    .trim()
    .min(1, { error: messageCode('display_name_required') })
    .max(120, { error: messageCode('display_name_too_long') }),
  staffId: ZId.nullish().transform((v) => v ?? null),
  units: ZAccountUnits,
  isRegionAdmin: z.boolean().default(false),
});
export const ZAccountCreate = ZAccountUpdate.extend({
  username: ZUsername,
  temporaryPassword: ZNewPassword,
});

/** An account as the region admin sees it: never a password or its hash. */
export const ZAccount = z.object({
  id: ZId,
  username: z.string(),
  displayName: z.string(),
  staff: z.object({ id: ZId, name: z.string() }).nullable(),
  units: z.array(z.object({ id: ZId, name: z.string(), roles: z.array(ZRole) })),
  active: z.boolean(),
  isRegionAdmin: z.boolean(),
  mustChangePassword: z.boolean(),
  /** Has a confirmed TOTP authenticator (the region admin can reset it). */
  totpEnrolled: z.boolean(),
  createdAt: z.string(),
});
export type Account = z.infer<typeof ZAccount>;

export const ZChangePassword = z.object({
  currentPassword: z
    .string()
    .min(1, { error: messageCode('current_password_required') })
    .max(200),
  newPassword: ZNewPassword,
});

const tags = ['access'];
export const accessEndpoints = {
  signIn: defineEndpoint({
    method: 'POST',
    path: '/api/auth/sign-in',
    summary: 'Sign in with a local account',
    tags,
    body: ZSignIn,
    response: ZMe,
  }),
  signOut: defineEndpoint({
    method: 'POST',
    path: '/api/auth/sign-out',
    summary: 'End the session',
    tags,
    response: ZOk,
  }),
  me: defineEndpoint({
    method: 'GET',
    path: '/api/auth/me',
    summary: 'The signed-in user, units and CSRF token',
    tags,
    response: ZMe,
  }),
  setActiveUnit: defineEndpoint({
    method: 'PUT',
    path: '/api/auth/active-unit',
    summary: 'Choose the unit to work in',
    tags,
    body: z.object({ unitId: ZId }),
    response: ZMe,
  }),
  setLocale: defineEndpoint({
    method: 'PUT',
    path: '/api/auth/locale',
    summary: 'Choose Swedish or English',
    tags,
    body: z.object({ locale: ZLocale }),
    response: ZMe,
  }),
  changePassword: defineEndpoint({
    method: 'POST',
    path: '/api/auth/password',
    summary: 'Choose a new password (required after a temporary one); ends the user’s other sessions',
    tags,
    body: ZChangePassword,
    response: ZMe,
  }),
  listAccounts: defineEndpoint({
    method: 'GET',
    path: '/api/access/accounts',
    summary: 'Accounts of the region, optionally those with a role at one unit (region admin)',
    tags,
    query: z.object({ unitId: ZId.optional() }),
    response: z.array(ZAccount),
  }),
  createAccount: defineEndpoint({
    method: 'POST',
    path: '/api/access/accounts',
    summary: 'Add an account with a temporary password (region admin)',
    tags,
    body: ZAccountCreate,
    response: ZAccount,
    status: 201,
  }),
  updateAccount: defineEndpoint({
    method: 'PATCH',
    path: '/api/access/accounts/:id',
    summary: 'Change name, staff link, roles and region-admin flag of an account (region admin)',
    tags,
    params: ZIdParams,
    body: ZAccountUpdate,
    response: ZAccount,
  }),
  setTemporaryPassword: defineEndpoint({
    method: 'POST',
    path: '/api/access/accounts/:id/temporary-password',
    summary: 'Give an account a new temporary password; ends its sessions (region admin)',
    tags,
    params: ZIdParams,
    body: z.object({ temporaryPassword: ZNewPassword }),
    response: ZAccount,
  }),
  setAccountActive: defineEndpoint({
    method: 'PUT',
    path: '/api/access/accounts/:id/active',
    summary: 'Deactivate (ends its sessions) or reactivate an account (region admin)',
    tags,
    params: ZIdParams,
    body: z.object({ active: z.boolean() }),
    response: ZAccount,
  }),
};
