import type { Locale } from '@lotsa/contracts';

/** Picks the language of an answer: the user's choice when signed in, else the browser's. */
export function pickLocale(userLocale: Locale | undefined, acceptLanguage: string | undefined): Locale {
  if (userLocale) return userLocale;
  const first = (acceptLanguage ?? '').split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'sv';
}
