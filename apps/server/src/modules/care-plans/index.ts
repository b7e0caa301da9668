// The care-plans module's door: the routes, and the use cases for the demo (SIP).
export { carePlanRoutes } from './care-plans.routes.ts';
export { completenessOf, legalReference } from './care-plans.rules.ts';
export {
  addParticipant,
  agreeCarePlan,
  contentOf,
  createCarePlan,
  recordConsent,
  reviseCarePlan,
  saveCarePlan,
} from './care-plans.service.ts';
