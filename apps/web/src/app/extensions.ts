import { accountsAdminTab } from '../features/access/index.ts';
import { adaptationBannerNote, adaptationsSection } from '../features/adaptations/index.ts';
import { logExtractAction } from '../features/audit/index.ts';
import { carePlansSection } from '../features/care-plans/index.ts';
import { careTeamSection } from '../features/care-team/index.ts';
import { newContactRequestAction } from '../features/contact-requests/index.ts';
import { healthChecksSection } from '../features/health-checks/index.ts';
import { intakeSection } from '../features/intake/index.ts';
import { adminTabs } from '../features/organisation/index.ts';
import { patientHeaderActions, patientHeaderNotes, patientPageSections } from '../features/patients/index.ts';
import { bookingsSection, bookVisitAction } from '../features/scheduling/index.ts';
import { fill } from '../lib/slots.tsx';

/**
 * Which feature fills which slot (lib/slots.tsx). A page that other features extend defines its slots
 * in its door; each part says its own place (`order`). A new feature adds its parts here, and the page
 * it extends stays as it is.
 */
export const extensions = [
  fill(patientPageSections, [
    adaptationsSection,
    bookingsSection,
    healthChecksSection,
    carePlansSection,
    careTeamSection,
    intakeSection,
  ]),
  fill(patientHeaderNotes, [adaptationBannerNote]),
  fill(patientHeaderActions, [bookVisitAction, newContactRequestAction, logExtractAction]),
  fill(adminTabs, [accountsAdminTab]),
];
