import { Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors } from '../../lib/use-form-values.ts';
import { useAddNote } from './use-intake.ts';

/** Anteckning: a line in the timeline, e.g. a call that was not answered. */
export function NoteModal({ id, name, onClose }: { id: string; name: string; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddNote(id);
  const { errors, clear } = useFieldErrors(add.error);
  const [note, setNote] = useState('');
  const k = 'intake.noteDialog';
  return (
    <FormModal
      title={t(`${k}.title`, { name })}
      onClose={onClose}
      onSubmit={() =>
        add.mutate(note, {
          onSuccess: () => {
            notify.success(t(`${k}.saved`));
            onClose();
          },
        })
      }
      pending={add.isPending}
      error={add.error}
      fieldErrors={errors}
    >
      <Textarea
        label={t(`${k}.note`)}
        description={t(`${k}.description`)}
        required
        autosize
        minRows={3}
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
