// The health-checks module's door: the routes, and the use cases for the demo and later modules
// (the action plan, SIP, FHIR).

export {
  actionsOfPatient as healthPlanActionsOfPatient,
  type PlanActionRow,
} from './health-checks.repository.ts';
export { healthCheckRoutes } from './health-checks.routes.ts';
export { type Answers, bmiOf, deriveCheck } from './health-checks.rules.ts';
export {
  amendHealthCheck,
  createHealthCheck,
  getHealthCheck,
  listHealthChecks,
  saveSection,
  signHealthCheck,
} from './health-checks.service.ts';
export { currentTemplate, TEMPLATES } from './health-checks.templates.ts';
