import type { Catalogue, Message, MessageCode, MessageParams, NoParams, ProblemTitle } from './codes.ts';
import { en } from './en.ts';
import { sv } from './sv.ts';

type Lang = 'sv' | 'en';

/** Both languages, Swedish first. */
export const catalogues: Record<Lang, Catalogue> = { sv, en };

const langOf = (locale: string): Lang => (locale.toLowerCase().startsWith('en') ? 'en' : 'sv');

/** Whether a string is a code the catalogues know (a newer server may send codes an older web does not). */
export function isMessageCode(code: unknown): code is MessageCode {
  return typeof code === 'string' && Object.hasOwn(sv.messages, code);
}

/** The parameters argument: optional when the code takes none. */
export type ParamsArg<C extends MessageCode> = [MessageParams[C]] extends [NoParams]
  ? [params?: MessageParams[C]]
  : [params: MessageParams[C]];

/** The text of a code in a language ("sv", "en", or a browser tag like "en-GB"). */
export function renderMessage<C extends MessageCode>(
  locale: string,
  code: C,
  ...[params]: ParamsArg<C>
): string {
  const template = catalogues[langOf(locale)].messages[code] as string | ((p: unknown) => string);
  return typeof template === 'string' ? template : template(params ?? {});
}

/** The text of a message (code + params) as it came over the wire, untyped. */
export function renderAnyMessage(locale: string, code: string, params: unknown): string | null {
  if (!isMessageCode(code)) return null;
  try {
    return (renderMessage as (l: string, c: string, p: unknown) => string)(locale, code, params ?? {});
  } catch {
    return null;
  }
}

export function problemTitle(locale: string, title: ProblemTitle): string {
  return catalogues[langOf(locale)].titles[title];
}

/** A code with its parameters, checked by TypeScript: `messageOf('too_many', { max: 3 })`. */
export function messageOf<C extends MessageCode>(code: C, ...[params]: ParamsArg<C>): Message {
  return { code, params: params ?? {} } as Message;
}

/**
 * For a zod contract: the message of an issue is the code, so the server and the web both render it from
 * the catalogues (`z.string().min(1, { error: messageCode('name_required') })`).
 */
export const messageCode = <C extends MessageCode>(c: C): C => c;

/** A custom zod issue with a code and parameters (`ctx.addIssue(messageIssue('rows_overlap', { row: 2 }))`). */
export function messageIssue<C extends MessageCode>(
  c: C,
  ...[params]: ParamsArg<C>
): { code: 'custom'; message: C; params: Record<string, unknown> } {
  return { code: 'custom', message: c, params: (params ?? {}) as Record<string, unknown> };
}
