import { LOCALES, type Locale } from '@lotsa/contracts';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en/index.ts';
import { type Messages, sv } from './sv/index.ts';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'lotsa.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The language chosen on this device before sign-in; Swedish unless someone chose English. */
export function storedLocale(): Locale {
  try {
    const v = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(v) ? v : 'sv';
  } catch {
    return 'sv';
  }
}

let chosenBeforeSignIn: Locale | null = null;

/** Records a language picked on the sign-in page, so sign-in can save it to the account. */
export function chooseLocaleBeforeSignIn(locale: Locale): Promise<void> {
  chosenBeforeSignIn = locale;
  return applyLocale(locale);
}

export function localeChosenBeforeSignIn(): Locale | null {
  return chosenBeforeSignIn;
}

export function currentLocale(): Locale {
  return isLocale(i18next.language) ? i18next.language : 'sv';
}

/** Switches the UI language, remembers it on the device and sets `<html lang>`. */
export async function applyLocale(locale: Locale): Promise<void> {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // private mode: the choice lasts for this page only
  }
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
}

i18next.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

// The resources are bundled, so initialisation is synchronous: the first render is already translated.
void i18next.use(initReactI18next).init({
  resources: { sv: { translation: sv }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: 'sv',
  supportedLngs: [...LOCALES],
  interpolation: { escapeValue: false },
  initAsync: false,
});
document.documentElement.lang = i18next.language;

export { i18next };
