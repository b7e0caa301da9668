import type { PatientSection } from '../patients/index.ts';
import { HealthChecksCard } from './health-checks-card.tsx';

/** Hälsokontroller on the patient page, after the visits. */
export const healthChecksSection: PatientSection = {
  id: 'health-checks',
  order: 35,
  Component: ({ patient }) => <HealthChecksCard patientId={patient.id} />,
};
