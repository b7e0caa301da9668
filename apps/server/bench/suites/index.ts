import type { Suite } from '../suite.ts';
import { patientsSuite } from './patients.ts';
import { schedulingSuite } from './scheduling.ts';

/** The suites `npm run bench` runs, in order. */
export const SUITES: Suite[] = [patientsSuite, schedulingSuite];
