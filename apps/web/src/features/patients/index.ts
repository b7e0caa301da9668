// The patients feature's door: the search, registration, patient and edit pages; the patient page's
// slots, which other features fill with cards, header notes and buttons (app/extensions.ts); and the
// patient query for other features' pages.
export { CreatePatientPage } from './create-patient-page.tsx';
export { EditPatientPage } from './edit-patient-page.tsx';
export { PatientPage } from './patient-page.tsx';
export {
  type PatientPartProps,
  type PatientSection,
  patientHeaderActions,
  patientHeaderNotes,
  patientPageSections,
} from './patient-page-slots.ts';
export { PatientSearchPage } from './patient-search-page.tsx';
export { usePatient } from './use-patients.ts';
