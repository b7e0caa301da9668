import { NETWORK_KINDS, type NetworkContact } from '@lotsa/contracts';
import { Checkbox, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityFormModal, useEntityForm } from '../../components/entity-form-modal.tsx';
import { type NetworkContactInput, useSaveNetworkContact } from './use-care-team.ts';

type Values = Required<{ [K in keyof NetworkContactInput]: NonNullable<NetworkContactInput[K]> }> &
  Record<string, unknown>;

function toValues(c: NetworkContact | null): Values {
  return {
    kind: c?.kind ?? 'municipal_health_care',
    organisation: c?.organisation ?? '',
    name: c?.name ?? '',
    role: c?.role ?? '',
    phone: c?.phone ?? '',
    email: c?.email ?? '',
    consentToShare: c?.consentToShare ?? false,
    note: c?.note ?? '',
  };
}

/** Add or change one contact of the patient's external network (the whole record is sent). */
export function NetworkContactFormModal({
  patientId,
  contact,
  onClose,
}: {
  patientId: string;
  contact: NetworkContact | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveNetworkContact(patientId);
  const k = 'careTeam.networkContact';
  const form = useEntityForm({
    initial: () => toValues(contact),
    save,
    variables: (body) => ({ contactId: contact?.id ?? null, body }),
    saved: () => t(`${k}.saved`),
    onClose,
  });
  const { values, errors, setField, textProps, checkboxProps } = form;

  return (
    <EntityFormModal form={form} title={contact ? t(`${k}.editTitle`) : t(`${k}.addTitle`)}>
      <Select
        label={t(`${k}.kind`)}
        required
        allowDeselect={false}
        data={NETWORK_KINDS.map((kind) => ({ value: kind, label: t(`careTeam.kinds.${kind}`) }))}
        value={values.kind}
        onChange={(v) => v && setField('kind', v as Values['kind'])}
        error={errors.kind}
      />
      <TextInput
        label={t(`${k}.organisation`)}
        required
        data-autofocus
        {...textProps('organisation')}
        error={errors.organisation}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t(`${k}.name`)} {...textProps('name')} error={errors.name} />
        <TextInput label={t(`${k}.role`)} {...textProps('role')} error={errors.role} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t(`${k}.phone`)} type="tel" {...textProps('phone')} error={errors.phone} />
        <TextInput label={t(`${k}.email`)} type="email" {...textProps('email')} error={errors.email} />
      </SimpleGrid>
      <Checkbox
        label={t(`${k}.consentToShare`)}
        description={t(`${k}.consentDescription`)}
        {...checkboxProps('consentToShare')}
        error={errors.consentToShare}
      />
      <Textarea label={t(`${k}.note`)} autosize minRows={2} {...textProps('note')} error={errors.note} />
    </EntityFormModal>
  );
}
