// Every table, for drizzle-kit and for the typed database handle. Each module owns its tables.

export * from '../kernel/audit-log.tables.ts';
export * from '../kernel/care-relations.tables.ts';
export * from '../modules/access/access.tables.ts';
export * from '../modules/adaptations/adaptations.tables.ts';
export * from '../modules/audit/audit.tables.ts';
export * from '../modules/care-plans/care-plans.tables.ts';
export * from '../modules/care-team/care-team.tables.ts';
export * from '../modules/contact-requests/contact-requests.tables.ts';
export * from '../modules/fhir/fhir.tables.ts';
export * from '../modules/health-checks/health-checks.tables.ts';
export * from '../modules/intake/intake.tables.ts';
export * from '../modules/letters/letters.tables.ts';
export * from '../modules/organisation/organisation.tables.ts';
export * from '../modules/patients/patients.tables.ts';
export * from '../modules/scheduling/scheduling.tables.ts';
export * from '../modules/surveys/surveys.tables.ts';
export * from '../ops/ops.tables.ts';
