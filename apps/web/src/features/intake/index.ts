import { lazy } from 'react';

// The intake feature's door: the public interest form, the board and one registration (each loaded
// when first opened), who may use them, and the patient page's Intag card.
export const PublicRegistrationPage = lazy(() =>
  import('./public-registration-page.tsx').then((m) => ({ default: m.PublicRegistrationPage })),
);
export const IntakeBoardPage = lazy(() =>
  import('./intake-board-page.tsx').then((m) => ({ default: m.IntakeBoardPage })),
);
export const RegistrationPage = lazy(() =>
  import('./registration-page.tsx').then((m) => ({ default: m.RegistrationPage })),
);
export { type IntakeRights, intakeRights } from './intake-access.ts';
export { intakeSection } from './patient-page-parts.tsx';
