import { EXTERNAL_KINDS, type ExternalParticipant } from '@lotsa/contracts';
import { NativeSelect, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import {
  type ExternalParticipantInput,
  useAddExternalParticipant,
  useUpdateExternalParticipant,
} from './use-calendars.ts';

type Values = {
  kind: ExternalParticipantInput['kind'];
  name: string;
  organisation: string;
  phone: string;
  email: string;
};

/**
 * "Lägg till extern deltagare": the municipal nurse, habilitation, a companion or interpreter; with
 * `existing`, "Ändra uppgifter" for one already added.
 */
export function CalendarsExternalModal({
  existing,
  onClose,
  onAdded,
}: {
  existing?: ExternalParticipant;
  onClose: () => void;
  /** The new participant, to show its (empty) calendar. */
  onAdded?: (id: string) => void;
}) {
  const { t } = useTranslation();
  const k = 'scheduling.calendars';
  const add = useAddExternalParticipant();
  const update = useUpdateExternalParticipant();
  const mutation = existing ? update : add;
  const { errors, clear } = useFieldErrors(mutation.error);
  const { values, textProps } = useFormValues<Values>(
    existing
      ? {
          kind: existing.kind,
          name: existing.name,
          organisation: existing.organisation ?? '',
          phone: existing.phone ?? '',
          email: existing.email ?? '',
        }
      : { kind: 'municipal_nurse', name: '', organisation: '', phone: '', email: '' },
    clear,
  );

  const submit = () => {
    if (existing) {
      update.mutate(
        { id: existing.id, body: { ...values, active: true } },
        {
          onSuccess: (x) => {
            notify.success(t(`${k}.external.saved`, { name: x.name }));
            onClose();
          },
        },
      );
      return;
    }
    add.mutate(values, {
      onSuccess: (x) => {
        notify.success(t(`${k}.external.added`, { name: x.name }));
        onAdded?.(x.id);
        onClose();
      },
    });
  };

  return (
    <FormModal
      title={t(existing ? `${k}.external.editTitle` : `${k}.external.title`)}
      onClose={onClose}
      onSubmit={submit}
      pending={mutation.isPending}
      error={mutation.error}
      fieldErrors={errors}
      submitLabel={t(existing ? `${k}.external.save` : `${k}.external.add`)}
    >
      <Text size="sm">{t(`${k}.external.hint`)}</Text>
      <NativeSelect
        label={t(`${k}.external.kind`)}
        required
        data={EXTERNAL_KINDS.map((kind) => ({ value: kind, label: t(`${k}.externalKinds.${kind}`) }))}
        {...textProps('kind')}
        error={errors.kind}
        data-autofocus
      />
      <TextInput
        label={t(`${k}.external.name`)}
        required
        maxLength={120}
        autoComplete="off"
        {...textProps('name')}
        error={errors.name}
      />
      <TextInput
        label={t(`${k}.external.organisation`)}
        maxLength={160}
        autoComplete="off"
        {...textProps('organisation')}
        error={errors.organisation}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t(`${k}.external.phone`)}
          type="tel"
          maxLength={30}
          autoComplete="off"
          {...textProps('phone')}
          error={errors.phone}
        />
        <TextInput
          label={t(`${k}.external.email`)}
          type="email"
          maxLength={200}
          autoComplete="off"
          {...textProps('email')}
          error={errors.email}
        />
      </SimpleGrid>
    </FormModal>
  );
}
