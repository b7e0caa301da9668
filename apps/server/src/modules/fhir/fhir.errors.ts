import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';

export type IssueType = OperationOutcomeIssue['code'];

/**
 * An error answered as a FHIR OperationOutcome: the HTTP status, the issue type of the standard's
 * value set (`invalid`, `not-found`, `not-supported` …) and a sentence that names what was wrong.
 */
export class FhirError extends Error {
  constructor(
    readonly status: number,
    readonly issue: IssueType,
    readonly diagnostics: string,
    readonly expression?: string[],
  ) {
    super(diagnostics);
  }
}

export const badSearch = (text: string, param?: string) =>
  new FhirError(400, 'invalid', text, param ? [param] : undefined);

export const notSupported = (text: string, param?: string) =>
  new FhirError(400, 'not-supported', text, param ? [param] : undefined);

export const resourceNotFound = (type: string, id: string) =>
  new FhirError(404, 'not-found', `${type}/${id} does not exist, or you may not see it.`);

export const accessDenied = (type: string, id: string) =>
  new FhirError(
    403,
    'forbidden',
    `${type}/${id} belongs to a unit where you have no care role. The attempt has been logged.`,
  );

/** The issue type that fits an HTTP status, for errors that do not name their own. */
export function issueForStatus(status: number): IssueType {
  if (status === 401) return 'login';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 413) return 'too-costly';
  if (status === 415 || status === 406) return 'not-supported';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'exception';
  return 'invalid';
}

export function operationOutcome(
  issue: IssueType,
  diagnostics: string,
  opts: {
    severity?: 'fatal' | 'error' | 'warning' | 'information';
    expression?: string[];
    code?: string;
  } = {},
): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: opts.severity ?? 'error',
        code: issue,
        ...(opts.code
          ? { details: { coding: [{ system: 'https://lotsa.se/fhir/CodeSystem/error', code: opts.code }] } }
          : {}),
        diagnostics,
        ...(opts.expression ? { expression: opts.expression } : {}),
      },
    ],
  };
}
