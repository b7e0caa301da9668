import type { PatientSection } from '../patients/index.ts';
import { CareTeamCard } from './care-team-card.tsx';

/** Vårdkontakter on the patient page. */
export const careTeamSection: PatientSection = {
  id: 'care-team',
  order: 50,
  Component: ({ patient }) => <CareTeamCard patientId={patient.id} unitId={patient.unitId} />,
};
