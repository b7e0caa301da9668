import { MUNICIPALITIES, TARGET_GROUP_DIAGNOSES } from '@lotsa/contracts';
import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { IdentityNumberInput } from '../../components/identity-number-input.tsx';
import { changedFields, useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import type { PatientFormValues } from './patient-form-values.ts';

const municipalityOptions = MUNICIPALITIES.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }));

/** The patient's details, for registering and for changing. Server field errors show at each field. */
export function PatientForm({
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  pending,
  error,
  hideAddress = false,
  onDirtyChange,
}: {
  initial: PatientFormValues;
  submitLabel: string;
  onSubmit: (values: PatientFormValues) => void;
  onCancel: () => void;
  pending: boolean;
  error: unknown;
  /** The stored address is protected: the fields start empty and only replace it when filled. */
  hideAddress?: boolean;
  /** Hears whether the values differ from `initial` (to ask before leaving unsaved changes). */
  onDirtyChange?: (dirty: boolean) => void;
}) {
  const { t } = useTranslation();
  const { errors, clear: clearError } = useFieldErrors(error);
  const { values, setField, textProps, checkboxProps } = useFormValues<PatientFormValues>(
    initial,
    clearError,
  );
  const dirty = Object.keys(changedFields(initial, values)).length > 0;
  useEffect(() => onDirtyChange?.(dirty), [dirty, onDirtyChange]);
  const locale = currentLocale();
  const diagnosisOptions = useMemo(() => {
    const known = TARGET_GROUP_DIAGNOSES.map((d) => ({ value: d.code, label: `${d.code} ${d[locale]}` }));
    const other = values.diagnoses
      .filter((c) => !known.some((k) => k.value === c))
      .map((c) => ({ value: c, label: c }));
    return [...known, ...other];
  }, [locale, values.diagnoses]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit(values);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg" maw={760}>
        <ErrorAlert error={error} title={t('errors.checkForm')} showFieldErrors openFieldErrors={errors} />
        <IdentityNumberInput
          value={values.identityNumber}
          onChange={(v) => setField('identityNumber', v)}
          serverError={errors.identityNumber}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('patients.form.givenName')}
            required
            autoComplete="off"
            {...textProps('givenName')}
            error={errors.givenName}
          />
          <TextInput
            label={t('patients.form.familyName')}
            required
            autoComplete="off"
            {...textProps('familyName')}
            error={errors.familyName}
          />
        </SimpleGrid>
        <Select
          label={t('patients.form.municipality')}
          placeholder={t('patients.form.municipalityPlaceholder')}
          required
          searchable
          data={municipalityOptions}
          value={values.municipalityCode || null}
          onChange={(v) => setField('municipalityCode', v ?? '')}
          error={errors.municipalityCode}
          nothingFoundMessage="–"
          maw={360}
        />
        <Fieldset legend={t('patients.form.contactSection')}>
          <Stack>
            {hideAddress && <Text size="sm">{t('patients.form.protectedAddressHint')}</Text>}
            <TextInput
              label={t('patients.form.streetAddress')}
              {...textProps('streetAddress')}
              error={errors.streetAddress}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('patients.form.postalCode')}
                {...textProps('postalCode')}
                error={errors.postalCode}
              />
              <TextInput label={t('patients.form.city')} {...textProps('city')} error={errors.city} />
              <TextInput
                label={t('patients.form.phone')}
                type="tel"
                {...textProps('phone')}
                error={errors.phone}
              />
              <TextInput
                label={t('patients.form.email')}
                type="email"
                {...textProps('email')}
                error={errors.email}
              />
            </SimpleGrid>
            <Checkbox
              label={t('patients.form.protectedIdentity')}
              description={t('patients.form.protectedIdentityDescription')}
              {...checkboxProps('protectedIdentity')}
              error={errors.protectedIdentity}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('patients.form.careSection')}>
          <Stack>
            <MultiSelect
              label={t('patients.form.diagnoses')}
              placeholder={t('patients.form.diagnosesPlaceholder')}
              searchable
              data={diagnosisOptions}
              value={values.diagnoses}
              onChange={(v) => setField('diagnoses', v)}
              error={errors.diagnoses}
              nothingFoundMessage="–"
            />
            <Textarea
              label={t('patients.form.note')}
              autosize
              minRows={3}
              {...textProps('note')}
              error={errors.note}
            />
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit" loading={pending}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
