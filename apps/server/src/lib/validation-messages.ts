import type { Locale } from '@lotsa/contracts';
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
}

const fieldNames: Record<string, [string, string]> = {
  username: ['Användarnamn', 'User name'],
  password: ['Lösenord', 'Password'],
  identityNumber: ['Personnummer', 'Identity number'],
  givenName: ['Förnamn', 'Given name'],
  familyName: ['Efternamn', 'Family name'],
  municipalityCode: ['Kommun', 'Municipality'],
  name: ['Namn', 'Name'],
  cap: ['Maxtak', 'Cap'],
  q: ['Sökord', 'Search text'],
  callerName: ['Vem som ringde', 'Caller'],
  callbackPhone: ['Nummer att ringa tillbaka till', 'Callback number'],
  subject: ['Vad det gäller', 'Subject'],
  urgency: ['Hur bråttom', 'Urgency'],
  callerKind: ['Vem som hörde av sig', 'Who got in touch'],
  organisation: ['Organisation', 'Organisation'],
  staffId: ['Medarbetare', 'Staff member'],
  unitId: ['Enhet', 'Unit'],
  topThree: ['De tre viktigaste sakerna', 'The three most important things'],
  minutes: ['Minuter', 'Minutes'],
};

function fieldLabel(path: string, locale: Locale): string {
  const last = path.split('.').pop() ?? path;
  const names = fieldNames[last];
  if (names) return locale === 'en' ? names[1] : names[0];
  return path || (locale === 'en' ? 'The request' : 'Förfrågan');
}

/** A message a person can act on, in their language, for one validation issue. */
export function describeIssue(issue: IssueLike, locale: Locale): { path: string; message: string } {
  const path = (issue.path ?? []).map(String).join('.');
  const msg = issue.message ?? '';
  if (msg.includes(' / ')) return { path, message: localise(msg, locale) };
  const f = fieldLabel(path, locale);
  const en = locale === 'en';
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined)
        return { path, message: en ? `${f} is required.` : `${f} måste fyllas i.` };
      return {
        path,
        message: en
          ? `${f} must be of type ${String(issue.expected)}.`
          : `${f} har fel typ: ska vara ${String(issue.expected)}.`,
      };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1
          ? { path, message: en ? `${f} is required.` : `${f} måste fyllas i.` }
          : {
              path,
              message: en
                ? `${f} must be at least ${issue.minimum} characters.`
                : `${f} måste ha minst ${issue.minimum} tecken.`,
            };
      return {
        path,
        message: en ? `${f} must be at least ${issue.minimum}.` : `${f} måste vara minst ${issue.minimum}.`,
      };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          path,
          message: en
            ? `${f} may be at most ${issue.maximum} characters.`
            : `${f} får ha högst ${issue.maximum} tecken.`,
        };
      return {
        path,
        message: en ? `${f} may be at most ${issue.maximum}.` : `${f} får vara högst ${issue.maximum}.`,
      };
    case 'invalid_format':
      return {
        path,
        message: en ? `${f} is not a valid ${issue.format}.` : `${f} har fel format (${issue.format}).`,
      };
    case 'invalid_value':
      return {
        path,
        message: en
          ? `${f} must be one of: ${(issue.values ?? []).join(', ')}.`
          : `${f} måste vara något av: ${(issue.values ?? []).join(', ')}.`,
      };
    case 'unrecognized_keys':
      return {
        path,
        message: en
          ? `Unknown field: ${(issue.keys ?? []).join(', ')}.`
          : `Okänt fält: ${(issue.keys ?? []).join(', ')}.`,
      };
    default:
      return { path, message: msg || (en ? `${f} is not valid.` : `${f} är inte giltigt.`) };
  }
}
