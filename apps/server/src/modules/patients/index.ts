// The patients module's door.
export {
  type Authorize,
  countPatientsByUnit,
  findPatientNames,
  type Guarded,
  type GuardedAction,
  guarded as withPatient,
  insertPatient,
  insertRepresentative,
  type PatientRow,
  setNeedsGroup,
} from './patients.repository.ts';
export { patientRoutes } from './patients.routes.ts';
export { displayIdentity, parsePatientQuery } from './patients.rules.ts';
export { requireActiveUnit, unwrap as unwrapPatient } from './patients.service.ts';
