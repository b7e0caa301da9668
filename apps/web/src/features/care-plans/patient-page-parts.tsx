import type { PatientSection } from '../patients/index.ts';
import { CarePlansCard } from './care-plans-card.tsx';

/** SIP on the patient page, after the health checks. */
export const carePlansSection: PatientSection = {
  id: 'care-plans',
  order: 37,
  Component: ({ patient }) => <CarePlansCard patientId={patient.id} />,
};
