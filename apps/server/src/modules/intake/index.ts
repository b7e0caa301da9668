// The intake module's door: the routes, and the steps the demo data takes through the same rules.

export { submitPublicRegistration } from './intake.public.service.ts';
export { endedPatientIds, listBoard } from './intake.repository.ts';
export { intakeRoutes } from './intake.routes.ts';
export { createRegistration, type StepOptions } from './intake.service.ts';
export {
  addNote,
  addToWaitingList,
  bookFirstCall,
  close,
  decideEligibility,
  declineOffer,
  enrol,
  exit,
  recordConsent,
  recordFirstCall,
  withdrawConsent,
} from './intake.steps.service.ts';
