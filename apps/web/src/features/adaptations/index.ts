// The adaptations feature's door: the patient page's card and banner, and the profile for booking.
export { adaptationBannerNote, adaptationsSection } from './patient-page-parts.tsx';
export { useAdaptations } from './use-adaptations.ts';
