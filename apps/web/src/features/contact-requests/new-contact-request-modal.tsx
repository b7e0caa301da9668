import { CALLER_KINDS, URGENCIES } from '@lotsa/contracts';
import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import { type NewContactRequest, useCreateContactRequest } from './use-contact-requests.ts';

type Values = NewContactRequest & Record<string, unknown>;

/** Nytt ärende: a call or message about the patient; the server routes it to the fixed nurse or stand-in. */
export function NewContactRequestModal({ patientId, onClose }: { patientId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateContactRequest();
  const { errors, clear } = useFieldErrors(create.error);
  const { values, setField, textProps } = useFormValues<Values>(
    () => ({
      patientId,
      callerKind: 'patient',
      callerName: '',
      callbackPhone: '',
      subject: '',
      urgency: 'normal',
    }),
    clear,
  );
  const k = 'contactRequests';

  const submit = () =>
    create.mutate(values, {
      onSuccess: (r) => {
        notify.success(t(`${k}.created`, { name: r.assignedStaffName ?? t(`${k}.routed.${r.routedTo}`) }));
        onClose();
      },
    });

  return (
    <FormModal
      title={t(`${k}.new`)}
      onClose={onClose}
      onSubmit={submit}
      pending={create.isPending}
      fieldErrors={errors}
      error={create.error}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t(`${k}.fields.callerKind`)}
          required
          allowDeselect={false}
          data={CALLER_KINDS.map((c) => ({ value: c, label: t(`${k}.callerKinds.${c}`) }))}
          value={values.callerKind}
          onChange={(v) => v && setField('callerKind', v as Values['callerKind'])}
          error={errors.callerKind}
        />
        <Select
          label={t(`${k}.fields.urgency`)}
          required
          allowDeselect={false}
          data={URGENCIES.map((u) => ({ value: u, label: t(`${k}.urgencies.${u}`) }))}
          value={values.urgency}
          onChange={(v) => v && setField('urgency', v as Values['urgency'])}
          error={errors.urgency}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t(`${k}.fields.callerName`)}
          required
          data-autofocus
          {...textProps('callerName')}
          error={errors.callerName}
        />
        <TextInput
          label={t(`${k}.fields.callbackPhone`)}
          type="tel"
          required
          {...textProps('callbackPhone')}
          error={errors.callbackPhone}
        />
      </SimpleGrid>
      <Textarea
        label={t(`${k}.fields.subject`)}
        required
        autosize
        minRows={3}
        {...textProps('subject')}
        error={errors.subject}
      />
    </FormModal>
  );
}
