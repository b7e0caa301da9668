// The surveys module's door: the routes, and the invitations the letters module puts on a letter.

export { insertDemoRows } from './surveys.repository.ts';
export { surveyRoutes } from './surveys.routes.ts';
export {
  ensureSurveyInvitations,
  type InvitationOptions,
  surveyPath,
} from './surveys.service.ts';
