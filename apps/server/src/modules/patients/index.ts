// The patients module's door.
export { countPatientsByUnit, insertPatient, insertRepresentative } from './patients.repository.ts';
export { patientRoutes } from './patients.routes.ts';
export { displayIdentity, parsePatientQuery } from './patients.rules.ts';
