import { lazy } from 'react';

// The letters feature's door: the letters log (Kallelser) and the public letter page (each loaded when
// first opened), a booking's letter buttons, and the picture dialog for staff photos and entrances.
export const LettersPage = lazy(() => import('./letters-page.tsx').then((m) => ({ default: m.LettersPage })));
export const PublicLetterPage = lazy(() =>
  import('./public-letter-page.tsx').then((m) => ({ default: m.PublicLetterPage })),
);
export { LetterActions } from './letter-actions.tsx';
export { PictureModal } from './picture-modal.tsx';
