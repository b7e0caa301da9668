// The access feature's door: sign-in, choosing one's own password, the header's unit switcher and
// sign-out, and Konton (accounts) for the administration. The session itself is lib/session.ts.
export { accountsAdminTab } from './admin-parts.ts';
export { ChangePasswordLink } from './change-password-link.tsx';
export { ChangePasswordPage } from './change-password-page.tsx';
export { SecondStepPage } from './second-step-page.tsx';
export { SecurityLink } from './security-link.tsx';
export { SecurityPage } from './security-page.tsx';
export { SignInPage } from './sign-in-page.tsx';
export { SignOutButton } from './sign-out-button.tsx';
export { CHANGE_PASSWORD_PATH, SECOND_STEP_PATH, SECURITY_PATH, startPath } from './start-path.ts';
export { UnitSwitcher } from './unit-switcher.tsx';
