// Sign-in rules of the access module (pure): the temporary-password fence and sign-in throttling.

/**
 * The only API paths an account with a temporary password may use until it has chosen its own
 * (me, sign-out, language and the password change itself); every other route answers 403.
 */
export const PASSWORD_CHANGE_API_PREFIXES = ['/api/auth/'] as const;

export function isPasswordChangePath(path: string): boolean {
  return PASSWORD_CHANGE_API_PREFIXES.some((p) => path.startsWith(p));
}

/** Whether the session plugin refuses a request: a password change is due and the path is not one of the above. */
export function isFencedByPasswordChange(mustChangePassword: boolean, path: string): boolean {
  return mustChangePassword && !isPasswordChangePath(path);
}

/** Sign-in throttling: failures in the window that lock a user name or an address. */
export const SIGN_IN_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_IP = 30;

export function isSignInLocked(failures: { byUser: number; byIp: number }): boolean {
  return failures.byUser >= MAX_FAILURES_PER_USER || failures.byIp >= MAX_FAILURES_PER_IP;
}

/**
 * The only API paths a session that owes its second step may use (me, sign-out, language and the step
 * itself); every other route answers 403 (`second_factor_required` or `totp_enrolment_required`).
 */
export const SECOND_FACTOR_PATHS: Record<'verify' | 'enrol', readonly string[]> = {
  verify: [
    '/api/auth/me',
    '/api/auth/sign-out',
    '/api/auth/locale',
    '/api/auth/totp/verify',
    '/api/auth/totp/recovery',
  ],
  enrol: [
    '/api/auth/me',
    '/api/auth/sign-out',
    '/api/auth/locale',
    '/api/auth/totp',
    '/api/auth/totp/enrolment',
    '/api/auth/totp/enrolment/confirm',
  ],
};

/** The code the session plugin refuses with, or null: the path is open to the session's state. */
export function secondFactorFence(
  state: 'none' | 'verify' | 'enrol',
  path: string,
): 'second_factor_required' | 'totp_enrolment_required' | null {
  if (state === 'none' || SECOND_FACTOR_PATHS[state].includes(path)) return null;
  return state === 'verify' ? 'second_factor_required' : 'totp_enrolment_required';
}

/** A session still owing its second step lasts this long, without sliding. */
export const SECOND_FACTOR_MINUTES = 10;
/** Wrong TOTP or recovery codes in a row that lock the account's codes, and for how long. */
export const MAX_WRONG_CODES = 5;
export const CODE_LOCK_MINUTES = 15;

/** Whether the region requires TOTP of an account: it holds one of the chosen roles at some unit. */
export function isTotpRequired(heldRoles: readonly string[], totpRoles: readonly string[]): boolean {
  return heldRoles.some((r) => totpRoles.includes(r));
}

export interface SessionSettings {
  /** The absolute lifetime: a session ends this long after sign-in, however much it is used. */
  sessionHours: number;
  /** Idle timeout: a session unused this long ends (null: only the lifetime). */
  idleMinutes?: number | null;
}

/** When a session in use ends: the idle timeout from now, never past its lifetime from sign-in. */
export function slidingExpiry(createdAt: Date, now: Date, settings: SessionSettings): Date {
  const end = createdAt.getTime() + settings.sessionHours * 3_600_000;
  const idle = settings.idleMinutes ? now.getTime() + settings.idleMinutes * 60_000 : end;
  return new Date(Math.min(end, idle));
}
