import { lazy } from 'react';

// The care-team feature's door: the patient page's Vårdkontakter card and the easy-read "my contacts"
// sheet (loaded when first opened).
export const MyContactsPage = lazy(() =>
  import('./my-contacts-page.tsx').then((m) => ({ default: m.MyContactsPage })),
);
export { careTeamSection } from './patient-page-parts.tsx';
