import type { Suite } from '../suite.ts';
import { fhirSuite } from './fhir.ts';
import { patientsSuite } from './patients.ts';
import { readsSuite } from './reads.ts';
import { schedulingSuite } from './scheduling.ts';

/** The suites `npm run bench` runs, in order; reads first, as it measures the ceiling the others are set against. */
export const SUITES: Suite[] = [readsSuite, patientsSuite, schedulingSuite, fhirSuite];
