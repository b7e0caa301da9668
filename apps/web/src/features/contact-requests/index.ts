import { lazy } from 'react';

// The contact-requests feature's door: the unit's queue (Ärenden, loaded when first opened) and
// "Nytt ärende" in the patient's header.
export const ContactRequestsPage = lazy(() =>
  import('./contact-requests-page.tsx').then((m) => ({ default: m.ContactRequestsPage })),
);
export { newContactRequestAction } from './patient-page-parts.tsx';
