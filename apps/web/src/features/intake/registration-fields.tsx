import {
  CONTACT_PREFERENCES,
  MUNICIPALITIES,
  REGISTRATION_SOURCES,
  TARGET_GROUP_DIAGNOSES,
} from '@lotsa/contracts';
import { Fieldset, MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { FIELD_PATHS, type RegistrationFormValues as Values } from './registration-form-values.ts';

const municipalityOptions = MUNICIPALITIES.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }));

/** The staff form's fields: who registers, the person, the applicant, the needs in words. */
export function RegistrationFields({
  values,
  setField,
  textProps,
  errors,
  withSource,
}: {
  values: Values;
  setField: <K extends keyof Values>(key: K, value: Values[K]) => void;
  textProps: <K extends keyof Values>(
    key: K,
  ) => {
    value: string;
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
  };
  errors: Record<string, string>;
  /** The source is chosen when registering; a correction keeps it. */
  withSource: boolean;
}) {
  const { t } = useTranslation();
  const k = 'intake.form';
  const locale = currentLocale();
  const err = (field: string) => errors[FIELD_PATHS[field] ?? field];
  const diagnosisOptions = [
    ...TARGET_GROUP_DIAGNOSES.map((d) => ({ value: d.code, label: `${d.code} ${d[locale]}` })),
    ...values.diagnoses
      .filter((c) => !TARGET_GROUP_DIAGNOSES.some((d) => d.code === c))
      .map((c) => ({ value: c, label: c })),
  ];

  return (
    <>
      {withSource && (
        <Select
          label={t(`${k}.source`)}
          required
          allowDeselect={false}
          data={REGISTRATION_SOURCES.map((s) => ({ value: s, label: t(`intake.sources.${s}`) }))}
          value={values.source}
          onChange={(v) => v && setField('source', v as Values['source'])}
          error={errors.source}
          data-autofocus
        />
      )}
      <Fieldset legend={t(`${k}.person`)}>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t(`${k}.givenName`)}
              required
              maxLength={80}
              {...textProps('givenName')}
              error={err('givenName')}
            />
            <TextInput
              label={t(`${k}.familyName`)}
              required
              maxLength={80}
              {...textProps('familyName')}
              error={err('familyName')}
            />
            <TextInput
              label={t(`${k}.identityNumber`)}
              description={t(`${k}.identityDescription`)}
              maxLength={20}
              autoComplete="off"
              {...textProps('identityNumber')}
              error={err('identityNumber')}
            />
            <Select
              label={t(`${k}.municipality`)}
              placeholder={t(`${k}.municipalityPlaceholder`)}
              required
              searchable
              data={municipalityOptions}
              value={values.municipalityCode || null}
              onChange={(v) => setField('municipalityCode', v ?? '')}
              error={err('municipalityCode')}
              nothingFoundMessage="–"
            />
          </SimpleGrid>
          <TextInput
            label={t(`${k}.streetAddress`)}
            maxLength={200}
            {...textProps('streetAddress')}
            error={err('streetAddress')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t(`${k}.postalCode`)}
              maxLength={10}
              {...textProps('postalCode')}
              error={err('postalCode')}
            />
            <TextInput label={t(`${k}.city`)} maxLength={80} {...textProps('city')} error={err('city')} />
            <TextInput
              label={t(`${k}.phone`)}
              type="tel"
              maxLength={20}
              {...textProps('phone')}
              error={err('phone')}
            />
            <TextInput
              label={t(`${k}.email`)}
              type="email"
              maxLength={200}
              {...textProps('email')}
              error={err('email')}
            />
          </SimpleGrid>
        </Stack>
      </Fieldset>
      {values.source !== 'self' && (
        <Fieldset legend={t(`${k}.applicant`)}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t(`${k}.applicantName`)}
              required
              maxLength={120}
              {...textProps('applicantName')}
              error={err('applicantName') ?? errors.applicant}
            />
            <TextInput
              label={t(`${k}.relation`)}
              description={t(`${k}.relationDescription`)}
              required
              maxLength={120}
              {...textProps('relation')}
              error={err('relation')}
            />
            <TextInput
              label={t(`${k}.applicantPhone`)}
              type="tel"
              maxLength={20}
              {...textProps('applicantPhone')}
              error={err('applicantPhone')}
            />
            <TextInput
              label={t(`${k}.applicantEmail`)}
              type="email"
              maxLength={200}
              {...textProps('applicantEmail')}
              error={err('applicantEmail')}
            />
          </SimpleGrid>
        </Fieldset>
      )}
      <Fieldset legend={t(`${k}.about`)}>
        <Stack gap="sm">
          <Select
            label={t(`${k}.contactPreference`)}
            required
            allowDeselect={false}
            data={CONTACT_PREFERENCES.map((p) => ({ value: p, label: t(`intake.contactPreferences.${p}`) }))}
            value={values.contactPreference}
            onChange={(v) => v && setField('contactPreference', v as Values['contactPreference'])}
            error={errors.contactPreference}
            maw={300}
          />
          <Textarea
            label={t(`${k}.disabilities`)}
            autosize
            minRows={2}
            maxLength={2000}
            {...textProps('disabilities')}
            error={errors.disabilities}
          />
          <MultiSelect
            label={t(`${k}.diagnoses`)}
            placeholder={t(`${k}.diagnosesPlaceholder`)}
            searchable
            data={diagnosisOptions}
            value={values.diagnoses}
            onChange={(v) => setField('diagnoses', v)}
            error={errors.diagnoses}
            nothingFoundMessage="–"
          />
          <Textarea
            label={t(`${k}.currentCareContacts`)}
            autosize
            minRows={2}
            maxLength={2000}
            {...textProps('currentCareContacts')}
            error={errors.currentCareContacts}
          />
          <Textarea
            label={t(`${k}.hardToday`)}
            autosize
            minRows={2}
            maxLength={2000}
            {...textProps('hardToday')}
            error={errors.hardToday}
          />
          <TextInput
            type="date"
            label={t(`${k}.plannedStartDate`)}
            description={t(`${k}.plannedStartDescription`)}
            {...textProps('plannedStartDate')}
            error={errors.plannedStartDate}
            maw={300}
          />
        </Stack>
      </Fieldset>
    </>
  );
}
