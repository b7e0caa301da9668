export * from './access.ts';
export * from './adaptations.ts';
export * from './audit.ts';
export * from './audit-review.ts';
export * from './care-access.ts';
export * from './care-plans.ts';
export * from './care-team.ts';
export * from './contact-requests.ts';
export * from './follow-up.ts';
export * from './health-checks.ts';
export * from './http.ts';
export * from './intake.ts';
export * from './letters.ts';
export * from './messages/index.ts';
export * from './municipalities.ts';
export * from './organisation.ts';
export * from './patients/diagnoses.ts';
export * from './patients/identity-number.ts';
export * from './patients.ts';
export * from './scheduling.ts';
export * from './sign-in.ts';
export * from './surveys.ts';

import { accessEndpoints } from './access.ts';
import { adaptationEndpoints } from './adaptations.ts';
import { auditEndpoints } from './audit.ts';
import { auditReviewEndpoints } from './audit-review.ts';
import { careAccessEndpoints } from './care-access.ts';
import { carePlanEndpoints, partnerCarePlanEndpoints } from './care-plans.ts';
import { careTeamEndpoints } from './care-team.ts';
import { contactRequestEndpoints } from './contact-requests.ts';
import { followUpEndpoints } from './follow-up.ts';
import { healthCheckEndpoints, healthPlanEndpoints } from './health-checks.ts';
import { intakeEndpoints } from './intake.ts';
import { letterEndpoints } from './letters.ts';
import { organisationEndpoints } from './organisation.ts';
import { patientEndpoints } from './patients.ts';
import { schedulingEndpoints } from './scheduling.ts';
import { signInEndpoints } from './sign-in.ts';
import { surveyEndpoints } from './surveys.ts';

/** Every endpoint of the API, by module. */
export const endpoints = {
  access: accessEndpoints,
  adaptations: adaptationEndpoints,
  careAccess: careAccessEndpoints,
  carePlans: carePlanEndpoints,
  partnerCarePlans: partnerCarePlanEndpoints,
  careTeam: careTeamEndpoints,
  contactRequests: contactRequestEndpoints,
  healthChecks: healthCheckEndpoints,
  healthPlans: healthPlanEndpoints,
  audit: auditEndpoints,
  auditReview: auditReviewEndpoints,
  followUp: followUpEndpoints,
  intake: intakeEndpoints,
  letters: letterEndpoints,
  organisation: organisationEndpoints,
  patients: patientEndpoints,
  scheduling: schedulingEndpoints,
  signIn: signInEndpoints,
  surveys: surveyEndpoints,
};
