// The FHIR module's door: the R4 API's routes (a facade over the other modules' doors; it owns no
// patient data and reads all of it through the kernel's guarded, audited paths).
export { FHIR_HANDLERS, fhirRoutes } from './fhir.routes.ts';
