import { access } from './access.ts';
import { adaptations, careTeam } from './adaptations.ts';
import { audit } from './audit.ts';
import { careAccess } from './care-access.ts';
import { carePlans } from './care-plans.ts';
import { common } from './common.ts';
import { contactRequests } from './contact-requests.ts';
import { followUp } from './follow-up.ts';
import { healthChecks } from './health-checks.ts';
import { intake } from './intake.ts';
import { letters } from './letters.ts';
import { organisation } from './organisation.ts';
import { partner } from './partner.ts';
import { patients } from './patients.ts';
import { scheduling } from './scheduling.ts';
import { surveys } from './surveys.ts';

/** Every Swedish string of the web client; the default language. */
export const sv = {
  ...common,
  access,
  patients,
  organisation,
  audit,
  adaptations,
  careTeam,
  careAccess,
  contactRequests,
  followUp,
  intake,
  letters,
  partner,
  scheduling,
  surveys,
  healthChecks,
  carePlans,
};
export type Messages = typeof sv;
