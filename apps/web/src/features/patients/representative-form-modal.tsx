import { type Patient, REPRESENTATIVE_KINDS, type Representative } from '@lotsa/contracts';
import { Alert, Checkbox, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityFormModal, useEntityForm } from '../../components/entity-form-modal.tsx';
import { type RepresentativeInput, useSaveRepresentative } from './use-patients.ts';

type Values = RepresentativeInput & Record<string, unknown>;
const PERMISSIONS = ['receivesLetters', 'receivesHealthInfo', 'mayBook'] as const;

function toValues(r: Representative | null): Values {
  return {
    kind: r?.kind ?? 'god_man',
    name: r?.name ?? '',
    phone: r?.phone ?? '',
    email: r?.email ?? '',
    streetAddress: r?.address?.streetAddress ?? '',
    postalCode: r?.address?.postalCode ?? '',
    city: r?.address?.city ?? '',
    receivesLetters: r?.receivesLetters ?? false,
    receivesHealthInfo: r?.receivesHealthInfo ?? false,
    mayBook: r?.mayBook ?? false,
    note: r?.note ?? '',
  };
}

/** Add or change one representative (the whole record is sent: the contract replaces it). */
export function RepresentativeFormModal({
  patient,
  representative,
  onClose,
}: {
  patient: Patient;
  representative: Representative | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveRepresentative(patient.id);
  const k = 'patients.representatives';
  const form = useEntityForm({
    initial: () => toValues(representative),
    save,
    variables: (body) => ({ representativeId: representative?.id ?? null, body }),
    saved: () => t(`${k}.saved`),
    onClose,
  });
  const { values, errors, setField, textProps } = form;

  return (
    <EntityFormModal form={form} title={representative ? t(`${k}.editTitle`) : t(`${k}.addTitle`)}>
      <Select
        label={t(`${k}.kind`)}
        required
        allowDeselect={false}
        data={REPRESENTATIVE_KINDS.map((kind) => ({ value: kind, label: t(`${k}.kinds.${kind}`) }))}
        value={values.kind}
        onChange={(v) => v && setField('kind', v as Values['kind'])}
        error={errors.kind}
      />
      <TextInput label={t(`${k}.name`)} required {...textProps('name')} error={errors.name} data-autofocus />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t(`${k}.phone`)} type="tel" {...textProps('phone')} error={errors.phone} />
        <TextInput label={t(`${k}.email`)} type="email" {...textProps('email')} error={errors.email} />
      </SimpleGrid>
      {patient.protectedIdentity && representative && (
        <Alert color="yellow" variant="light">
          {t(`${k}.protectedAddressWarning`)}
        </Alert>
      )}
      <TextInput
        label={t(`${k}.streetAddress`)}
        {...textProps('streetAddress')}
        error={errors.streetAddress}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t(`${k}.postalCode`)} {...textProps('postalCode')} error={errors.postalCode} />
        <TextInput label={t(`${k}.city`)} {...textProps('city')} error={errors.city} />
      </SimpleGrid>
      <Checkbox.Group
        label={t(`${k}.receivesLegend`)}
        value={PERMISSIONS.filter((p) => values[p])}
        onChange={(chosen) => {
          for (const p of PERMISSIONS) setField(p, chosen.includes(p));
        }}
      >
        <Stack gap="xs" mt="xs">
          <Checkbox value="receivesLetters" label={t(`${k}.receivesLetters`)} />
          <Checkbox value="receivesHealthInfo" label={t(`${k}.receivesHealthInfo`)} />
          <Checkbox value="mayBook" label={t(`${k}.mayBook`)} />
        </Stack>
      </Checkbox.Group>
      <Textarea label={t(`${k}.note`)} autosize minRows={2} {...textProps('note')} error={errors.note} />
    </EntityFormModal>
  );
}
