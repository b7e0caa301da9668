import { lazy } from 'react';

// The audit feature's door: the log (Logg) and a patient's log extract, loaded when first opened, and
// the extract's button in the patient's header.
export const AuditPage = lazy(() => import('./audit-page.tsx').then((m) => ({ default: m.AuditPage })));
export const PatientLogPage = lazy(() =>
  import('./patient-log-page.tsx').then((m) => ({ default: m.PatientLogPage })),
);
export const ReviewPage = lazy(() => import('./review-page.tsx').then((m) => ({ default: m.ReviewPage })));
export { logExtractAction } from './patient-page-parts.tsx';
