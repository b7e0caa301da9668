export * from './access.ts';
export * from './audit.ts';
export * from './http.ts';
export * from './municipalities.ts';
export * from './organisation.ts';
export * from './patients/diagnoses.ts';
export * from './patients/identity-number.ts';
export * from './patients.ts';

import { accessEndpoints } from './access.ts';
import { auditEndpoints } from './audit.ts';
import { organisationEndpoints } from './organisation.ts';
import { patientEndpoints } from './patients.ts';

/** Every endpoint of the API, by module. */
export const endpoints = {
  access: accessEndpoints,
  audit: auditEndpoints,
  organisation: organisationEndpoints,
  patients: patientEndpoints,
};
