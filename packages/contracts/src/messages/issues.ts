import type { MessageCode } from './codes.ts';
import { isMessageCode } from './render.ts';

/** The parts of a zod issue that its message needs (kept loose: zod's issue union is wide). */
export interface IssueLike {
  code?: string;
  message?: string;
  path?: ReadonlyArray<PropertyKey>;
  expected?: unknown;
  input?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  format?: string;
  values?: unknown[];
  keys?: string[];
  /** A custom issue's parameters (`messageIssue(code, params)`). */
  params?: Record<string, unknown>;
}

/** One field's problem: where, and the catalogue code with its parameters. */
export interface IssueCode {
  path: string;
  code: MessageCode;
  params: Record<string, unknown>;
}

const bound = (v: unknown) => (typeof v === 'bigint' ? Number(v) : (v as number));

/**
 * The code of one zod issue, the same on the server (validation answers) and in the web (checks before
 * sending): the contract's own when its message is a catalogue code (with the issue's bounds and custom
 * params), else one that names the field and zod's complaint.
 */
export function issueCode(issue: IssueLike): IssueCode {
  const path = (issue.path ?? []).map(String).join('.');
  const msg = issue.message ?? '';
  if (isMessageCode(msg)) {
    const params: Record<string, unknown> = {};
    if (issue.minimum !== undefined) params.minimum = bound(issue.minimum);
    if (issue.maximum !== undefined) params.maximum = bound(issue.maximum);
    return { path, code: msg, params: { ...params, ...issue.params } };
  }
  const at = (code: MessageCode, params: Record<string, unknown> = {}): IssueCode => ({
    path,
    code,
    params: { field: path, ...params },
  });
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? at('required')
        : at('wrong_type', { expected: String(issue.expected) });
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? at('required')
          : at('too_short', { minimum: bound(issue.minimum) });
      return at('too_small', { minimum: bound(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? at('too_long', { maximum: bound(issue.maximum) })
        : at('too_big', { maximum: bound(issue.maximum) });
    case 'invalid_format':
      return at('bad_format', { format: String(issue.format) });
    case 'invalid_value':
      return at('not_one_of', { values: (issue.values ?? []).map(String) });
    case 'unrecognized_keys':
      return { path, code: 'unknown_keys', params: { keys: issue.keys ?? [] } };
    default:
      return at('not_valid');
  }
}
