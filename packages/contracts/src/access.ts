import { z } from 'zod';
import { defineEndpoint, ZId, ZOk } from './http.ts';

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
  }),
  units: z.array(z.object({ id: ZId, name: z.string(), roles: z.array(ZRole) })),
  activeUnitId: ZId.nullable(),
  csrfToken: z.string(),
});
export type Me = z.infer<typeof ZMe>;

export const ZSignIn = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: 'Skriv ditt användarnamn. / Enter your user name.' })
    .max(100),
  password: z.string().min(1, { error: 'Skriv ditt lösenord. / Enter your password.' }).max(200),
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
};
