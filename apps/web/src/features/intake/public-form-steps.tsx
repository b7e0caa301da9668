import { CONTACT_PREFERENCES, MUNICIPALITIES } from '@lotsa/contracts';
import { Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import type { ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type FieldKey,
  fieldId,
  PUBLIC_SOURCES,
  type PublicSource,
  type PublicValues,
  type StepKey,
} from './public-form-values.ts';

const municipalityOptions = MUNICIPALITIES.map((m) => ({ value: m.code, label: m.name }));

export interface StepProps {
  values: PublicValues;
  errors: Partial<Record<FieldKey, string>>;
  setField: <K extends FieldKey>(key: K, value: PublicValues[K]) => void;
}

/** The questions of one step of the public form, in easy-read words, large. */
export function PublicStepFields({ step, ...props }: StepProps & { step: StepKey }) {
  switch (step) {
    case 'who':
      return <WhoStep {...props} />;
    case 'applicant':
      return <ApplicantStep {...props} />;
    case 'person':
      return <PersonStep {...props} />;
    case 'contact':
      return <ContactStep {...props} />;
    case 'about':
      return <AboutStep {...props} />;
    default:
      return null;
  }
}

/** Bindings of a text field: id (for error links), value, change, error, large size. */
function useText({ values, errors, setField }: StepProps) {
  return (key: FieldKey) => ({
    id: fieldId(key),
    name: key,
    size: 'lg' as const,
    value: values[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      setField(key, e.currentTarget.value),
    error: errors[key],
  });
}

function WhoStep({ values, errors, setField }: StepProps) {
  const { t } = useTranslation();
  const k = 'intake.public.who';
  return (
    <Stack gap="xl">
      <Radio.Group
        label={t(`${k}.question`)}
        size="lg"
        value={values.mode}
        onChange={(v) => setField('mode', v as PublicValues['mode'])}
        error={errors.mode}
        required
      >
        <Stack gap="md" mt="sm">
          <Radio id={fieldId('mode')} size="md" value="self" label={t(`${k}.self`)} />
          <Radio size="md" value="other" label={t(`${k}.other`)} />
        </Stack>
      </Radio.Group>
      {values.mode === 'other' && (
        <Radio.Group
          label={t(`${k}.roleQuestion`)}
          size="lg"
          value={values.source}
          onChange={(v) => setField('source', v as PublicSource)}
          error={errors.source}
          required
        >
          <Stack gap="md" mt="sm">
            {PUBLIC_SOURCES.map((s, i) => (
              <Radio
                key={s}
                id={i === 0 ? fieldId('source') : undefined}
                size="md"
                value={s}
                label={t(`${k}.roles.${s}`)}
              />
            ))}
          </Stack>
        </Radio.Group>
      )}
    </Stack>
  );
}

function ApplicantStep(props: StepProps) {
  const { t } = useTranslation();
  const text = useText(props);
  const k = 'intake.public.applicant';
  return (
    <Stack gap="lg">
      <Text fz="lg">{t(`${k}.intro`)}</Text>
      <TextInput
        label={t(`${k}.name`)}
        required
        autoComplete="name"
        maxLength={120}
        {...text('applicantName')}
      />
      <TextInput
        label={t(`${k}.relation`)}
        description={t(`${k}.relationDescription`)}
        required
        maxLength={120}
        {...text('relation')}
      />
      <Text fz="lg">{t(`${k}.reachHint`)}</Text>
      <TextInput
        label={t(`${k}.phone`)}
        type="tel"
        autoComplete="tel"
        maxLength={20}
        {...text('applicantPhone')}
      />
      <TextInput
        label={t(`${k}.email`)}
        type="email"
        autoComplete="email"
        maxLength={200}
        {...text('applicantEmail')}
      />
    </Stack>
  );
}

function PersonStep(props: StepProps) {
  const { t } = useTranslation();
  const text = useText(props);
  const { values, errors, setField } = props;
  const self = values.mode !== 'other';
  const k = 'intake.public.person';
  // Autofill helps someone writing about themself; about another person it would fill in the wrong name.
  const auto = (token: string) => (self ? token : 'off');
  return (
    <Stack gap="lg">
      <Text fz="lg">{t(self ? `${k}.introSelf` : `${k}.introOther`)}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t(`${k}.givenName`)}
          required
          autoComplete={auto('given-name')}
          maxLength={80}
          {...text('givenName')}
        />
        <TextInput
          label={t(`${k}.familyName`)}
          required
          autoComplete={auto('family-name')}
          maxLength={80}
          {...text('familyName')}
        />
      </SimpleGrid>
      <TextInput
        label={t(`${k}.identityNumber`)}
        description={t(`${k}.identityDescription`)}
        autoComplete="off"
        inputMode="numeric"
        maxLength={20}
        {...text('identityNumber')}
      />
      <Select
        id={fieldId('municipalityCode')}
        label={t(`${k}.municipality`)}
        description={t(self ? `${k}.municipalityDescriptionSelf` : `${k}.municipalityDescriptionOther`)}
        placeholder={t(`${k}.municipalityPlaceholder`)}
        required
        searchable
        size="lg"
        data={municipalityOptions}
        value={values.municipalityCode || null}
        onChange={(v) => setField('municipalityCode', v ?? '')}
        error={errors.municipalityCode}
        nothingFoundMessage={t(`${k}.noMunicipality`)}
        comboboxProps={{ position: 'bottom', middlewares: { flip: false, shift: false } }}
      />
    </Stack>
  );
}

function ContactStep(props: StepProps) {
  const { t } = useTranslation();
  const text = useText(props);
  const { values, errors, setField } = props;
  const self = values.mode !== 'other';
  const k = 'intake.public.contact';
  const auto = (token: string) => (self ? token : 'off');
  return (
    <Stack gap="lg">
      <Radio.Group
        label={t(self ? `${k}.preferenceSelf` : `${k}.preferenceOther`)}
        size="lg"
        value={values.contactPreference}
        onChange={(v) => setField('contactPreference', v as PublicValues['contactPreference'])}
        error={errors.contactPreference}
        required
      >
        <Stack gap="md" mt="sm">
          {CONTACT_PREFERENCES.map((p, i) => (
            <Radio
              key={p}
              id={i === 0 ? fieldId('contactPreference') : undefined}
              size="md"
              value={p}
              label={t(`${k}.preferences.${p}`)}
            />
          ))}
        </Stack>
      </Radio.Group>
      <Text fz="lg">{t(self ? `${k}.introSelf` : `${k}.introOther`)}</Text>
      <TextInput
        label={t(self ? `${k}.phone` : `${k}.phoneOther`)}
        type="tel"
        autoComplete={auto('tel')}
        maxLength={20}
        {...text('phone')}
      />
      <TextInput
        label={t(self ? `${k}.email` : `${k}.emailOther`)}
        type="email"
        autoComplete={auto('email')}
        maxLength={200}
        {...text('email')}
      />
      <TextInput
        label={t(`${k}.streetAddress`)}
        autoComplete={auto('street-address')}
        maxLength={200}
        {...text('streetAddress')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t(`${k}.postalCode`)}
          autoComplete={auto('postal-code')}
          inputMode="numeric"
          maxLength={10}
          {...text('postalCode')}
        />
        <TextInput
          label={t(`${k}.city`)}
          autoComplete={auto('address-level2')}
          maxLength={80}
          {...text('city')}
        />
      </SimpleGrid>
    </Stack>
  );
}

function AboutStep(props: StepProps) {
  const { t } = useTranslation();
  const text = useText(props);
  const self = props.values.mode !== 'other';
  const k = 'intake.public.about';
  return (
    <Stack gap="lg">
      <Text fz="lg">{t(`${k}.intro`)}</Text>
      <Textarea
        label={t(self ? `${k}.disabilitiesSelf` : `${k}.disabilitiesOther`)}
        description={t(`${k}.disabilitiesDescription`)}
        autosize
        minRows={3}
        maxLength={2000}
        {...text('disabilities')}
      />
      <Textarea
        label={t(self ? `${k}.careContactsSelf` : `${k}.careContactsOther`)}
        description={t(`${k}.careContactsDescription`)}
        autosize
        minRows={3}
        maxLength={2000}
        {...text('currentCareContacts')}
      />
      <Textarea
        label={t(`${k}.hardToday`)}
        description={t(`${k}.hardTodayDescription`)}
        autosize
        minRows={3}
        maxLength={2000}
        {...text('hardToday')}
      />
    </Stack>
  );
}
