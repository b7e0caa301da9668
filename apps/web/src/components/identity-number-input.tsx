import { parseIdentityNumber } from '@lotsa/contracts';
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../app/i18n/index.ts';

/**
 * Personnummer, samordningsnummer or reservnummer. Checked in the browser when the field is left
 * (same rules as the server), showing the problem or the kind of number recognised.
 */
export function IdentityNumberInput({
  value,
  onChange,
  serverError,
}: {
  value: string;
  onChange: (value: string) => void;
  serverError?: string;
}) {
  const { t } = useTranslation();
  const [checked, setChecked] = useState<string | null>(null);
  const result = checked !== null && checked.trim() !== '' ? parseIdentityNumber(checked) : null;
  const clientError = result && !result.ok ? result.message[currentLocale()] : undefined;
  const description =
    result?.ok === true
      ? t('patients.form.identityRecognised', { kind: t(`patients.identityKinds.${result.kind}`) })
      : t('patients.form.identityDescription');

  return (
    <TextInput
      label={t('patients.form.identityNumber')}
      description={description}
      required
      value={value}
      onChange={(e) => {
        onChange(e.currentTarget.value);
        if (checked !== null) setChecked(e.currentTarget.value);
      }}
      onBlur={(e) => setChecked(e.currentTarget.value)}
      error={clientError ?? serverError}
      autoComplete="off"
      inputMode="text"
      maxLength={20}
      data-testid="identity-number"
    />
  );
}
