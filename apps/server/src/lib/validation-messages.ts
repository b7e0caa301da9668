import { type IssueLike, issueCode, type Locale, type MessageCode, renderAnyMessage } from '@lotsa/contracts';

export type { IssueLike } from '@lotsa/contracts';

/** A message a person can act on, in their language, for one validation issue (with its code). */
export function describeIssue(
  issue: IssueLike,
  locale: Locale,
): { path: string; message: string; code?: MessageCode; params?: Record<string, unknown> } {
  const c = issueCode(issue);
  return { ...c, message: renderAnyMessage(locale, c.code, c.params) ?? c.code };
}
