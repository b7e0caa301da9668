import { lazy } from 'react';

// The surveys feature's door: the after-visit survey, the reception kiosk and the results (each loaded
// when first opened), and who may use the kiosk and results.
export const SurveyPage = lazy(() => import('./survey-page.tsx').then((m) => ({ default: m.SurveyPage })));
export const KioskPage = lazy(() => import('./kiosk-page.tsx').then((m) => ({ default: m.KioskPage })));
export const SurveyResultsPage = lazy(() =>
  import('./results-page.tsx').then((m) => ({ default: m.SurveyResultsPage })),
);
export { surveyRights } from './survey-access.ts';
