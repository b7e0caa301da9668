// The letters module's door: the routes, the pure text rules (for benchmarks and the demo) and the
// picture upload (for the demo's drawn avatars); the PDF pipeline for other modules' easy-read copies
// (the health plan).
export { normaliseImage } from './images.service.ts';
export { lix } from './letters.lix.ts';
export { type PrintableLetter, renderLettersPdf } from './letters.pdf.ts';
export { saveImage } from './letters.repository.ts';
export { letterRoutes } from './letters.routes.ts';
export { sayLocalDate } from './letters.words.ts';
