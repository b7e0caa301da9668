// The follow-up module's door (Uppföljning): the routes. Its figures are SQL aggregates over other
// modules' tables, read only (see follow-up.repository.ts and docs/follow-up.md).
export { followUpRoutes } from './follow-up.routes.ts';
