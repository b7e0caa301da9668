// The letters module's door: the routes, the pure text rules (for benchmarks and the demo) and the
// picture upload (for the demo's drawn avatars).
export { normaliseImage } from './images.service.ts';
export { lix } from './letters.lix.ts';
export { saveImage } from './letters.repository.ts';
export { letterRoutes } from './letters.routes.ts';
