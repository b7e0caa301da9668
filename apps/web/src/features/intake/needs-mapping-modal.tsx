import {
  COMMUNICATION_LEVELS,
  DAILY_SUPPORT_LEVELS,
  MOBILITY_LEVELS,
  type NeedsMapping,
  type Registration,
  UNDERSTANDING_LEVELS,
} from '@lotsa/contracts';
import { Checkbox, Fieldset, Group, NumberInput, Radio, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import { useIntakeStep } from './use-intake.ts';

type NoteKey =
  | 'communicationNote'
  | 'understandingNote'
  | 'mobilityNote'
  | 'environmentNote'
  | 'careContacts'
  | 'companionWho'
  | 'wishes'
  | 'hardToday';
/** The mapping with every text as a string (empty text is sent as is: the contract makes it null). */
type Values = Omit<NeedsMapping, NoteKey> & Record<NoteKey, string> & Record<string, unknown>;

function initialValues(r: Registration): Values {
  const m = r.needsMapping;
  return {
    communication: m?.communication ?? 'speaks',
    communicationNote: m?.communicationNote ?? '',
    understanding: m?.understanding ?? 'needs_support',
    understandingNote: m?.understandingNote ?? '',
    mobility: m?.mobility ?? 'walks',
    mobilityNote: m?.mobilityNote ?? '',
    environmentNote: m?.environmentNote ?? '',
    dailySupport: m?.dailySupport ?? 'some_help',
    careContacts: m?.careContacts ?? r.currentCareContacts ?? '',
    careContactCount: m?.careContactCount ?? 0,
    companionNeeded: m?.companionNeeded ?? false,
    companionWho: m?.companionWho ?? '',
    wishes: m?.wishes ?? '',
    hardToday: m?.hardToday ?? r.hardToday ?? '',
  };
}

/** Registrera första samtalet: the structured needs mapping (behovskartläggning). */
export function NeedsMappingModal({
  registration: r,
  onClose,
}: {
  registration: Registration;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const step = useIntakeStep(r.id);
  const { errors, clear } = useFieldErrors(step.error);
  const { values, setField, textProps, checkboxProps } = useFormValues<Values>(() => initialValues(r), clear);
  const k = 'intake.needs';

  const submit = () =>
    step.mutate(
      { kind: 'recordFirstCall', body: values },
      {
        onSuccess: () => {
          notify.success(t(`${k}.saved`));
          onClose();
        },
      },
    );

  const levelGroup = <F extends 'communication' | 'understanding' | 'mobility' | 'dailySupport'>(
    field: F,
    levels: readonly Values[F][],
  ) => (
    <Radio.Group
      label={t(`${k}.${field}`)}
      required
      value={values[field] as string}
      onChange={(v) => setField(field, v as Values[F])}
      error={errors[field]}
    >
      <Group mt={6} gap="md">
        {levels.map((level) => (
          <Radio
            key={level as string}
            value={level as string}
            label={t(`${k}.levels.${field}.${level}` as never)}
          />
        ))}
      </Group>
    </Radio.Group>
  );

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
      <Fieldset legend={t(`${k}.communication`)}>
        <Stack gap="sm">
          {levelGroup('communication', COMMUNICATION_LEVELS)}
          <Textarea
            label={t(`${k}.communicationNote`)}
            autosize
            minRows={1}
            maxLength={1000}
            {...textProps('communicationNote')}
            error={errors.communicationNote}
          />
          {levelGroup('understanding', UNDERSTANDING_LEVELS)}
          <Textarea
            label={t(`${k}.understandingNote`)}
            autosize
            minRows={1}
            maxLength={1000}
            {...textProps('understandingNote')}
            error={errors.understandingNote}
          />
        </Stack>
      </Fieldset>
      <Fieldset legend={t(`${k}.mobility`)}>
        <Stack gap="sm">
          {levelGroup('mobility', MOBILITY_LEVELS)}
          <Textarea
            label={t(`${k}.mobilityNote`)}
            autosize
            minRows={1}
            maxLength={1000}
            {...textProps('mobilityNote')}
            error={errors.mobilityNote}
          />
          <Textarea
            label={t(`${k}.environmentNote`)}
            autosize
            minRows={1}
            maxLength={1000}
            {...textProps('environmentNote')}
            error={errors.environmentNote}
          />
          {levelGroup('dailySupport', DAILY_SUPPORT_LEVELS)}
        </Stack>
      </Fieldset>
      <Fieldset legend={t(`${k}.careContacts`)}>
        <Stack gap="sm">
          <Textarea
            label={t(`${k}.careContacts`)}
            autosize
            minRows={2}
            maxLength={2000}
            {...textProps('careContacts')}
            error={errors.careContacts}
          />
          <NumberInput
            label={t(`${k}.careContactCount`)}
            required
            min={0}
            max={50}
            allowDecimal={false}
            allowNegative={false}
            value={values.careContactCount}
            onChange={(v) => setField('careContactCount', typeof v === 'number' ? v : Number(v) || 0)}
            error={errors.careContactCount}
            maw={200}
          />
          <Checkbox
            label={t(`${k}.companionNeeded`)}
            {...checkboxProps('companionNeeded')}
            error={errors.companionNeeded}
          />
          {values.companionNeeded && (
            <TextInput
              label={t(`${k}.companionWho`)}
              maxLength={200}
              {...textProps('companionWho')}
              error={errors.companionWho}
            />
          )}
        </Stack>
      </Fieldset>
      <Textarea
        label={t(`${k}.wishes`)}
        autosize
        minRows={2}
        maxLength={2000}
        {...textProps('wishes')}
        error={errors.wishes}
      />
      <Textarea
        label={t(`${k}.hardToday`)}
        autosize
        minRows={2}
        maxLength={2000}
        {...textProps('hardToday')}
        error={errors.hardToday}
      />
    </FormModal>
  );
}
