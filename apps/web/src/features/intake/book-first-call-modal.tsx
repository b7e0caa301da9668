import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { stockholmToIso, todayInStockholm } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import { useIntakeStep } from './use-intake.ts';

interface Values extends Record<string, unknown> {
  date: string;
  time: string;
  note: string;
}

/** Boka första samtal: a date and a time in Swedish time, sent as an instant with its offset. */
export function BookFirstCallModal({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const step = useIntakeStep(id);
  const { errors, clear } = useFieldErrors(step.error);
  const [localError, setLocalError] = useState<string | null>(null);
  const { values, textProps } = useFormValues<Values>(
    { date: todayInStockholm(), time: '', note: '' },
    (key) => {
      clear(key === 'date' || key === 'time' ? 'at' : key);
      setLocalError(null);
    },
  );
  const k = 'intake.bookCall';

  const submit = () => {
    const at = stockholmToIso(values.date, values.time);
    if (!at) {
      setLocalError(t(`${k}.invalid`));
      return;
    }
    step.mutate(
      { kind: 'bookFirstCall', body: { at, note: values.note } },
      {
        onSuccess: () => {
          notify.success(t(`${k}.saved`));
          onClose();
        },
      },
    );
  };
  const atError = localError ?? errors.at;

  return (
    <FormModal
      title={t(`${k}.title`, { name })}
      onClose={onClose}
      onSubmit={submit}
      pending={step.isPending}
      error={step.error}
      fieldErrors={errors}
      submitLabel={t('intake.actions.bookFirstCall')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label={t(`${k}.date`)}
          required
          data-autofocus
          {...textProps('date')}
          error={atError}
        />
        <TextInput
          type="time"
          label={t(`${k}.time`)}
          description={t(`${k}.timeDescription`)}
          required
          step={300}
          {...textProps('time')}
          error={atError ? true : undefined}
        />
      </SimpleGrid>
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
