// The patients module's door.
export {
  type Authorize,
  countPatientsByUnit,
  countPatientsOfUnit,
  createPatientRecord,
  findPatientByIdentity,
  findPatientNames,
  type Guarded,
  type GuardedAction,
  guarded as withPatient,
  insertPatient,
  insertRepresentative,
  movePatientToUnit,
  type NewPatient,
  type PatientRow,
  searchPatients,
  setNeedsGroup,
} from './patients.repository.ts';
export { patientRoutes } from './patients.routes.ts';
export { displayIdentity, parsePatientQuery } from './patients.rules.ts';
export { getPatient, requireActiveUnit, unwrap as unwrapPatient } from './patients.service.ts';
