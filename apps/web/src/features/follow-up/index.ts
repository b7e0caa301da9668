import { lazy } from 'react';

// The follow-up feature's door (Uppföljning): the page, loaded when first opened, and who sees it.
export const FollowUpPage = lazy(() =>
  import('./follow-up-page.tsx').then((m) => ({ default: m.FollowUpPage })),
);
export { followUpRights } from './follow-up-access.ts';
