import type { PatientSection } from '../patients/index.ts';
import { PatientIntakeCard } from './patient-intake-card.tsx';

/** Intag on the patient page: the registrations that led to enrolment. */
export const intakeSection: PatientSection = {
  id: 'intake',
  order: 60,
  Component: ({ patient }) => <PatientIntakeCard patientId={patient.id} />,
};
