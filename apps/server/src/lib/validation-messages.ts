import { isMessageCode, type Locale, type MessageCode, renderAnyMessage } from '@lotsa/contracts';
import { localise } from './language.ts';

/** The parts of a zod issue that the messages need (kept loose: zod's issue union is wide). */
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
  /** A custom issue's parameters (`messageIssue(code, params)` in the contracts). */
  params?: Record<string, unknown>;
}

/** One field's problem: the catalogue code and its parameters. */
export interface IssueCode {
  path: string;
  code: MessageCode;
  params: Record<string, unknown>;
}

/**
 * The code of one validation issue: the contract's own when its message is a catalogue code, else one
 * that names the field and zod's complaint.
 */
export function issueCode(issue: IssueLike): IssueCode {
  const path = (issue.path ?? []).map(String).join('.');
  const msg = issue.message ?? '';
  if (isMessageCode(msg)) return { path, code: msg, params: issue.params ?? {} };
  const field = path;
  const at = (code: MessageCode, params: Record<string, unknown> = {}): IssueCode => ({
    path,
    code,
    params: { field, ...params },
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
          : at('too_short', { minimum: Number(issue.minimum) });
      return at('too_small', { minimum: Number(issue.minimum) });
    case 'too_big':
      return issue.origin === 'string'
        ? at('too_long', { maximum: Number(issue.maximum) })
        : at('too_big', { maximum: Number(issue.maximum) });
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

/** A message a person can act on, in their language, for one validation issue (with its code). */
export function describeIssue(
  issue: IssueLike,
  locale: Locale,
): { path: string; message: string; code?: MessageCode; params?: Record<string, unknown> } {
  const msg = issue.message ?? '';
  // Old contracts wrote "svenska / English" inline, until each is converted to a code.
  if (msg.includes(' / '))
    return { path: (issue.path ?? []).map(String).join('.'), message: localise(msg, locale) };
  const c = issueCode(issue);
  return { ...c, message: renderAnyMessage(locale, c.code, c.params) ?? c.code };
}
