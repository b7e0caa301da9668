import { CONSENT_GIVERS, CONSENT_METHODS, municipalityName, type Registration } from '@lotsa/contracts';
import {
  Checkbox,
  Fieldset,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { stockholmToIso, timeInStockholm, todayInStockholm } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import { useIntakeStep } from './use-intake.ts';

type Giver = (typeof CONSENT_GIVERS)[number];
type Method = (typeof CONSENT_METHODS)[number];
interface Values extends Record<string, unknown> {
  givenBy: Giver;
  representativeName: string;
  method: Method;
  date: string;
  time: string;
  participation: boolean;
  sharingPartners: string[];
  lettersToRepresentative: boolean;
  surveys: boolean;
  note: string;
}

function initialValues(r: Registration): Values {
  const byRepresentative = r.source === 'representative' && r.applicant !== null;
  return {
    givenBy: byRepresentative ? 'representative' : 'patient',
    representativeName: byRepresentative ? (r.applicant?.name ?? '') : '',
    method: byRepresentative ? 'by_representative' : 'spoken',
    date: todayInStockholm(),
    time: timeInStockholm(),
    participation: true,
    sharingPartners: [],
    lettersToRepresentative: false,
    surveys: false,
    note: '',
  };
}

/** Samtycke: who gave it, how, when, and to what; sharing partners are named one by one. */
export function ConsentModal({
  registration: r,
  onClose,
}: {
  registration: Registration;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const step = useIntakeStep(r.id);
  const { errors, clear } = useFieldErrors(step.error);
  const [whenError, setWhenError] = useState<string | null>(null);
  const { values, setField, textProps, checkboxProps } = useFormValues<Values>(
    () => initialValues(r),
    (key) => {
      clear(
        key === 'date' || key === 'time'
          ? 'givenAt'
          : ['participation', 'sharingPartners'].includes(key)
            ? 'scopes'
            : key,
      );
      if (key === 'date' || key === 'time') setWhenError(null);
    },
  );
  const k = 'intake.consent';
  const kommun = municipalityName(r.municipalityCode);
  const partnerSuggestions = [
    `${kommun} kommun, kommunal hälso- och sjukvård`,
    `${kommun} kommun, LSS och boende`,
    'Habiliteringen',
  ];

  const submit = () => {
    const givenAt = stockholmToIso(values.date, values.time);
    if (!givenAt) {
      setWhenError(t('intake.bookCall.invalid'));
      return;
    }
    step.mutate(
      {
        kind: 'recordConsent',
        body: {
          givenBy: values.givenBy,
          representativeName: values.givenBy === 'representative' ? values.representativeName : null,
          method: values.method,
          givenAt,
          scopes: {
            participation: values.participation,
            sharingPartners: values.sharingPartners,
            lettersToRepresentative: values.lettersToRepresentative,
            surveys: values.surveys,
          },
          note: values.note,
        },
      },
      {
        onSuccess: () => {
          notify.success(t(`${k}.saved`));
          onClose();
        },
      },
    );
  };
  const atError = whenError ?? errors.givenAt;

  return (
    <FormModal
      title={t(`${k}.title`, { name: r.personName })}
      onClose={onClose}
      onSubmit={submit}
      pending={step.isPending}
      error={step.error}
      fieldErrors={errors}
      submitLabel={t(`${k}.submit`)}
    >
      <Radio.Group
        label={t(`${k}.givenBy`)}
        required
        value={values.givenBy}
        onChange={(v) => setField('givenBy', v as Giver)}
        error={errors.givenBy}
      >
        <Group mt={6} gap="md">
          {CONSENT_GIVERS.map((g) => (
            <Radio key={g} value={g} label={t(`${k}.givers.${g}`)} />
          ))}
        </Group>
      </Radio.Group>
      {values.givenBy === 'representative' && (
        <TextInput
          label={t(`${k}.representativeName`)}
          required
          maxLength={120}
          {...textProps('representativeName')}
          error={errors.representativeName}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Select
          label={t(`${k}.method`)}
          required
          allowDeselect={false}
          data={CONSENT_METHODS.map((m) => ({ value: m, label: t(`${k}.methods.${m}`) }))}
          value={values.method}
          onChange={(v) => v && setField('method', v as Method)}
          error={errors.method}
        />
        <TextInput type="date" label={t(`${k}.date`)} required {...textProps('date')} error={atError} />
        <TextInput
          type="time"
          label={t(`${k}.time`)}
          description={t('intake.bookCall.timeDescription')}
          required
          {...textProps('time')}
          error={atError ? true : undefined}
        />
      </SimpleGrid>
      <Fieldset legend={t(`${k}.scopes`)}>
        <Stack gap="sm">
          <Checkbox
            label={t(`${k}.participation`)}
            {...checkboxProps('participation')}
            error={errors['scopes.participation']}
          />
          <Checkbox
            label={t(`${k}.lettersToRepresentative`)}
            {...checkboxProps('lettersToRepresentative')}
            error={errors['scopes.lettersToRepresentative']}
          />
          <Checkbox
            label={t(`${k}.surveys`)}
            {...checkboxProps('surveys')}
            error={errors['scopes.surveys']}
          />
          <TagsInput
            label={t(`${k}.sharingPartners`)}
            description={t(`${k}.sharingPartnersDescription`)}
            data={partnerSuggestions}
            value={values.sharingPartners}
            onChange={(v) => setField('sharingPartners', v)}
            maxTags={20}
            splitChars={[';']}
            clearable
            clearButtonProps={{ 'aria-label': t('actions.clear') }}
            error={errors['scopes.sharingPartners'] ?? errors.scopes}
          />
        </Stack>
      </Fieldset>
      <Textarea
        label={t(`${k}.note`)}
        autosize
        minRows={2}
        maxLength={1000}
        {...textProps('note')}
        error={errors.note}
      />
    </FormModal>
  );
}
