// Two-step sign-in (TOTP, RFC 6238, with one-time recovery codes) and the user's own sessions; the
// region admin's resets. The account contracts are access.ts.
import { z } from 'zod';
import { ROLES, ZAccount, ZMe, ZRole } from './access.ts';
import { defineEndpoint, ZId, ZIdParams, ZOk } from './http.ts';
import { messageCode } from './messages/index.ts';

/** Six digits from the authenticator app; spaces (as apps show them, "123 456") are dropped. */
export const ZTotpCode = z
  .string()
  .max(20, { error: messageCode('totp_code_format') })
  .transform((s) => s.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, { error: messageCode('totp_code_format') }));

/** A recovery code as shown (`abcde-fghjk`): case, spaces and dashes do not matter. */
export const RECOVERY_CODE_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
export const RECOVERY_CODE_LENGTH = 10;
export const ZRecoveryCode = z
  .string()
  .max(40, { error: messageCode('recovery_code_format') })
  .transform(normaliseRecoveryCode)
  .pipe(
    z.string().regex(new RegExp(`^[${RECOVERY_CODE_ALPHABET}]{${RECOVERY_CODE_LENGTH}}$`), {
      error: messageCode('recovery_code_format'),
    }),
  );

export function normaliseRecoveryCode(s: string): string {
  return s.toLowerCase().replace(/[\s-]/g, '');
}

export const ZTotpEnrolment = z.object({
  /** Base32, for typing into the app by hand; shown this once (a new enrolment makes a new one). */
  secret: z.string(),
  /** The `otpauth://totp/…` URI the QR code holds. */
  uri: z.string(),
  /** The QR code as an SVG data URL. */
  qrCode: z.string(),
});

export const ZTotpConfirmed = z.object({
  me: ZMe,
  /** Shown once: only their hashes are kept. */
  recoveryCodes: z.array(z.string()),
});

export const ZTotpStatus = z.object({
  enrolled: z.boolean(),
  confirmedAt: z.string().nullable(),
  recoveryCodesLeft: z.number().int(),
  /** The region requires TOTP for one of the account's roles. */
  required: z.boolean(),
});

export const ZSession = z.object({
  id: ZId,
  userAgent: z.string().nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  expiresAt: z.string(),
  /** The session this request came with. */
  current: z.boolean(),
});
export type SessionInfo = z.infer<typeof ZSession>;

export const ZEnded = z.object({ ended: z.number().int() });

/** The roles whose accounts must sign in with TOTP (the region admin's choice; each listed once). */
export const ZTotpRoles = z.object({ roles: z.array(ZRole) });
export const ZTotpRolesChoice = z.object({
  roles: z
    .array(ZRole)
    .max(ROLES.length)
    .transform((r) => [...new Set(r)].sort()),
});

const tags = ['access'];
export const signInEndpoints = {
  totpStatus: defineEndpoint({
    method: 'GET',
    path: '/api/auth/totp',
    summary: 'Whether the account has TOTP, whether the region requires it, recovery codes left',
    tags,
    response: ZTotpStatus,
  }),
  startTotpEnrolment: defineEndpoint({
    method: 'POST',
    path: '/api/auth/totp/enrolment',
    summary: 'Make a new TOTP secret (shown once, as QR code and text); confirmed by a first code',
    tags,
    response: ZTotpEnrolment,
  }),
  confirmTotpEnrolment: defineEndpoint({
    method: 'POST',
    path: '/api/auth/totp/enrolment/confirm',
    summary: 'Confirm the new secret with a code from the app; answers the recovery codes, once',
    tags,
    body: z.object({ code: ZTotpCode }),
    response: ZTotpConfirmed,
  }),
  verifyTotp: defineEndpoint({
    method: 'POST',
    path: '/api/auth/totp/verify',
    summary: 'The sign-in’s second step: a code from the authenticator app',
    tags,
    body: z.object({ code: ZTotpCode }),
    response: ZMe,
  }),
  useRecoveryCode: defineEndpoint({
    method: 'POST',
    path: '/api/auth/totp/recovery',
    summary: 'The sign-in’s second step with a one-time recovery code instead',
    tags,
    body: z.object({ recoveryCode: ZRecoveryCode }),
    response: ZMe,
  }),
  renewRecoveryCodes: defineEndpoint({
    method: 'POST',
    path: '/api/auth/totp/recovery-codes',
    summary: 'New recovery codes (the old ones stop working), confirmed with a current code',
    tags,
    body: z.object({ code: ZTotpCode }),
    response: z.object({ recoveryCodes: z.array(z.string()) }),
  }),
  listSessions: defineEndpoint({
    method: 'GET',
    path: '/api/auth/sessions',
    summary: 'The signed-in user’s active sessions',
    tags,
    response: z.array(ZSession),
  }),
  endSession: defineEndpoint({
    method: 'DELETE',
    path: '/api/auth/sessions/:id',
    summary: 'Sign out one of one’s own sessions',
    tags,
    params: ZIdParams,
    response: ZOk,
  }),
  endOtherSessions: defineEndpoint({
    method: 'POST',
    path: '/api/auth/sessions/sign-out-others',
    summary: 'Sign out everywhere else: every session of the user but this one',
    tags,
    response: ZEnded,
  }),
  getTotpRoles: defineEndpoint({
    method: 'GET',
    path: '/api/access/totp-roles',
    summary: 'The roles that must sign in with TOTP in the region (region admin)',
    tags,
    response: ZTotpRoles,
  }),
  setTotpRoles: defineEndpoint({
    method: 'PUT',
    path: '/api/access/totp-roles',
    summary:
      'Choose the roles that must sign in with TOTP; applies from each account’s next sign-in (region admin)',
    tags,
    body: ZTotpRolesChoice,
    response: ZTotpRoles,
  }),
  resetAccountTotp: defineEndpoint({
    method: 'POST',
    path: '/api/access/accounts/:id/totp-reset',
    summary: 'Remove an account’s TOTP and recovery codes and end its sessions (region admin)',
    tags,
    params: ZIdParams,
    response: ZAccount,
  }),
  endAccountSessions: defineEndpoint({
    method: 'POST',
    path: '/api/access/accounts/:id/sign-out-everywhere',
    summary: 'End every session of an account (region admin)',
    tags,
    params: ZIdParams,
    response: ZEnded,
  }),
};
