// The patients module's door.

export { exportPatients, findPatients, type PatientFilter } from './patients.list.repository.ts';
export {
  countPatientsByUnit,
  countPatientsOfUnit,
  createPatientRecord,
  findPatientByIdentity,
  findPatientNames,
  findPatientUnit,
  findPatientUnits,
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
export { displayIdentity, parsePatientQuery, toPatient as toPatientAnswer } from './patients.rules.ts';
export { getPatient, requireActiveUnit, unwrap as unwrapPatient } from './patients.service.ts';
