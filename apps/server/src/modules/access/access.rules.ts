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
