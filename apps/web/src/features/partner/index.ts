import { lazy } from 'react';

// The partner feature's door: the partner page (Samverkan, loaded when first opened) and who is a
// partner organisation's account.
export const PartnerPage = lazy(() => import('./partner-page.tsx').then((m) => ({ default: m.PartnerPage })));
export { isPartnerOnly, partnerUnits } from './partner-access.ts';
