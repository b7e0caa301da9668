import { PROFESSIONS, type Staff } from '@lotsa/contracts';
import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityFormModal, useEntityForm } from '../../components/entity-form-modal.tsx';
import { UnitSelect, unitRequired } from './unit-select.tsx';
import { type StaffInput, useSaveStaff } from './use-organisation.ts';

type Values = Omit<StaffInput, 'profession'> & { profession: StaffInput['profession'] | '' } & Record<
    string,
    unknown
  >;

function toValues(s: Staff | null, unitId: string | null): Values {
  return {
    unitId: s?.unitId ?? unitId ?? '',
    givenName: s?.givenName ?? '',
    familyName: s?.familyName ?? '',
    profession: s?.profession ?? '',
    hsaId: s?.hsaId ?? '',
    phone: s?.phone ?? '',
    email: s?.email ?? '',
    active: s?.active ?? true,
  };
}

export function StaffFormModal({
  staff,
  defaultUnitId,
  onClose,
}: {
  staff: Staff | null;
  defaultUnitId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveStaff();
  const form = useEntityForm({
    initial: () => toValues(staff, defaultUnitId),
    save,
    variables: (values) => ({ id: staff?.id ?? null, body: values as StaffInput }),
    saved: (s) => t('organisation.saved', { name: `${s.givenName} ${s.familyName}` }),
    check: unitRequired(t),
    onClose,
  });
  const { values, errors, setField, textProps, checkboxProps } = form;
  const k = 'organisation.staff';

  return (
    <EntityFormModal form={form} title={staff ? t(`${k}.editTitle`) : t(`${k}.addTitle`)}>
      <UnitSelect value={values.unitId} onChange={(v) => setField('unitId', v)} error={errors.unitId} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label={t(`${k}.givenName`)}
          required
          {...textProps('givenName')}
          error={errors.givenName}
          data-autofocus
        />
        <TextInput
          label={t(`${k}.familyName`)}
          required
          {...textProps('familyName')}
          error={errors.familyName}
        />
      </SimpleGrid>
      <Select
        label={t(`${k}.profession`)}
        required
        allowDeselect={false}
        data={PROFESSIONS.map((p) => ({ value: p, label: t(`professions.${p}`) }))}
        value={values.profession || null}
        onChange={(v) => setField('profession', (v ?? '') as Values['profession'])}
        error={errors.profession}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t(`${k}.hsaId`)} {...textProps('hsaId')} error={errors.hsaId} />
        <TextInput label={t(`${k}.phone`)} type="tel" {...textProps('phone')} error={errors.phone} />
      </SimpleGrid>
      <TextInput label={t(`${k}.email`)} type="email" {...textProps('email')} error={errors.email} />
      <Checkbox label={t(`${k}.active`)} {...checkboxProps('active')} />
    </EntityFormModal>
  );
}
