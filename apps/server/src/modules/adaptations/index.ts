// The adaptations module's door.
export {
  type AdaptationVersionRow,
  findCurrentAdaptations,
  insertAdaptationVersion,
  readCurrentAdaptations,
} from './adaptations.repository.ts';
export { adaptationRoutes } from './adaptations.routes.ts';
export { diffAdaptationItems, normaliseItem } from './adaptations.rules.ts';
export { getSchedulingRequirements } from './adaptations.service.ts';
