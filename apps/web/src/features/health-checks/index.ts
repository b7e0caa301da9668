import { lazy } from 'react';

// The health-checks feature's door: the health check page (loaded when first opened) and the patient
// page's Hälsokontroller card.
export const HealthCheckPage = lazy(() =>
  import('./health-check-page.tsx').then((m) => ({ default: m.HealthCheckPage })),
);
export { healthChecksSection } from './patient-page-parts.tsx';
