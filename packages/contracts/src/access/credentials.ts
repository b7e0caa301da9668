/**
 * The rules for user names and passwords, shared by the server (which decides) and the web (which
 * says so before sending). Pure functions: see credentials.test.ts.
 */

export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 40;
const USERNAME_PATTERN = /^[a-z0-9.-]+$/;

/** A user name: 3–40 of lowercase a–z, digits, dot and hyphen (what people type at sign-in). */
export function isValidUsername(username: string): boolean {
  return (
    username.length >= USERNAME_MIN_LENGTH &&
    username.length <= USERNAME_MAX_LENGTH &&
    USERNAME_PATTERN.test(username)
  );
}

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'too_short' | 'too_long' | 'blank';

/**
 * Why a new password is not accepted, or null when it is. Length is what makes a password strong
 * (NIST SP 800-63B): at least 12 characters, counted as a person sees them (å is one), not only spaces.
 */
export function passwordProblem(password: string): PasswordProblem | null {
  const length = [...password].length;
  if (password.trim().length === 0) return 'blank';
  if (length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (length > PASSWORD_MAX_LENGTH) return 'too_long';
  return null;
}
