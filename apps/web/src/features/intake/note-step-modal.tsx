import { Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors } from '../../lib/use-form-values.ts';
import { useIntakeStep } from './use-intake.ts';

/**
 * Lista i SMO / Sätt på väntelistan: a step with an optional note. A refusal (no consent, no
 * decision, the cap reached) shows the server's message in the dialog's alert.
 */
export function NoteStepModal({
  id,
  name,
  kind,
  onClose,
}: {
  id: string;
  name: string;
  kind: 'enrol' | 'addToWaitingList';
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const step = useIntakeStep(id);
  const { errors, clear } = useFieldErrors(step.error);
  const [note, setNote] = useState('');
  const k = 'intake.simple';
  const words =
    kind === 'enrol'
      ? { title: 'enrolTitle', intro: 'enrolIntro', submit: 'enrolSubmit', done: 'enrolled' }
      : { title: 'waitingTitle', intro: 'waitingIntro', submit: 'waitingSubmit', done: 'waitingListed' };

  const submit = () =>
    step.mutate(
      { kind, body: { note } },
      {
        onSuccess: () => {
          notify.success(t(`${k}.${words.done}` as 'intake.simple.enrolled', { name }));
          onClose();
        },
      },
    );

  return (
    <FormModal
      title={t(`${k}.${words.title}` as 'intake.simple.enrolTitle', { name })}
      onClose={onClose}
      onSubmit={submit}
      pending={step.isPending}
      error={step.error}
      fieldErrors={errors}
      submitLabel={t(`${k}.${words.submit}` as 'intake.simple.enrolSubmit')}
    >
      <Text>{t(`${k}.${words.intro}` as 'intake.simple.enrolIntro')}</Text>
      <Textarea
        label={t(`${k}.note`)}
        autosize
        minRows={2}
        maxLength={1000}
        value={note}
        onChange={(e) => {
          setNote(e.currentTarget.value);
          clear('note');
        }}
        error={errors.note}
        data-autofocus
      />
    </FormModal>
  );
}
