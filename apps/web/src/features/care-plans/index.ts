import { lazy } from 'react';

// The care-plans feature's door: the SIP page (loaded when first opened), the patient page's SIP card
// and the partner's SIPs on /samverkan.
export const CarePlanPage = lazy(() =>
  import('./care-plan-page.tsx').then((m) => ({ default: m.CarePlanPage })),
);
export { DueCarePlanFollowUps } from './due-follow-ups.tsx';
export { PartnerCarePlans } from './partner-care-plans.tsx';
export { carePlansSection } from './patient-page-parts.tsx';
