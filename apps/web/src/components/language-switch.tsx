import { LOCALES, type Locale } from '@lotsa/contracts';
import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { chooseLocaleBeforeSignIn, currentLocale, isLocale } from '../app/i18n/index.ts';
import { notify } from '../lib/notify.ts';
import { useMe, useSetLocale } from '../lib/session.ts';

/**
 * Svenska / English. Signed in, the choice is saved to the account (PUT /api/auth/locale); before
 * sign-in it is kept on the device and saved to the account at sign-in.
 */
export function LanguageSwitch({ inline = false }: { inline?: boolean }) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const setLocale = useSetLocale();

  const change = (value: string) => {
    if (!isLocale(value)) return;
    if (me) {
      setLocale.mutate(value, {
        onError: (err) => notify.error(t('language.saveFailed'), err.message),
      });
    } else {
      void chooseLocaleBeforeSignIn(value);
    }
  };

  return (
    <NativeSelect
      label={t('language.label')}
      value={currentLocale()}
      onChange={(e) => change(e.currentTarget.value)}
      disabled={setLocale.isPending}
      size="sm"
      styles={inline ? { root: { display: 'flex', alignItems: 'center', gap: 8 } } : undefined}
    >
      {LOCALES.map((l: Locale) => (
        <option key={l} value={l} lang={l}>
          {t(`language.${l}`)}
        </option>
      ))}
    </NativeSelect>
  );
}
