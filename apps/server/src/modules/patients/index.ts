// The patients module's door.
export {
  countPatientsByUnit,
  countPatientsOfUnit,
  createPatientRecord,
  findPatientByIdentity,
  findPatientNames,
  type Guarded,
  type GuardedAction,
  insertPatient,
  insertRepresentative,
  movePatientToUnit,
  type NewPatient,
  type PatientGuard,
  type PatientRow,
  searchPatients,
  setNeedsGroup,
  withPatient,
} from './patients.repository.ts';
export { patientRoutes } from './patients.routes.ts';
export { displayIdentity, parsePatientQuery } from './patients.rules.ts';
export { getPatient, requireActiveUnit, unwrap as unwrapPatient } from './patients.service.ts';
