import { MUNICIPALITIES, type Unit } from '@lotsa/contracts';
import { Checkbox, MultiSelect, NumberInput, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityFormModal, useEntityForm } from '../../components/entity-form-modal.tsx';
import { useRegion, useSaveUnit } from './use-organisation.ts';

const municipalityOptions = MUNICIPALITIES.map((m) => ({ value: m.code, label: `${m.name} (${m.code})` }));

interface Values extends Record<string, unknown> {
  name: string;
  areaId: string | null;
  cap: number | string;
  hsaId: string;
  phone: string;
  address: string;
  active: boolean;
  municipalityCodes: string[];
}

function toValues(u: Unit | null): Values {
  return {
    name: u?.name ?? '',
    areaId: u?.areaId ?? null,
    cap: u?.cap ?? 120,
    hsaId: u?.hsaId ?? '',
    phone: u?.phone ?? '',
    address: u?.address ?? '',
    active: u?.active ?? true,
    municipalityCodes: u?.municipalityCodes ?? [],
  };
}

export function UnitFormModal({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const { t } = useTranslation();
  const region = useRegion();
  const save = useSaveUnit();
  const form = useEntityForm({
    initial: () => toValues(unit),
    save,
    variables: (values) => ({
      id: unit?.id ?? null,
      body: { ...values, cap: values.cap === '' ? Number.NaN : Number(values.cap) },
    }),
    saved: (u) => t('organisation.saved', { name: u.name }),
    onClose,
  });
  const { values, errors, setField, textProps, checkboxProps } = form;
  const k = 'organisation.units';

  return (
    <EntityFormModal form={form} title={unit ? t(`${k}.editTitle`) : t(`${k}.addTitle`)}>
      <TextInput
        label={t('organisation.name')}
        required
        {...textProps('name')}
        error={errors.name}
        data-autofocus
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={t(`${k}.area`)}
          placeholder={t(`${k}.noArea`)}
          clearable
          data={(region.data?.areas ?? []).map((a) => ({ value: a.id, label: a.name }))}
          value={values.areaId}
          onChange={(v) => setField('areaId', v)}
          error={errors.areaId}
        />
        <NumberInput
          label={t(`${k}.cap`)}
          required
          min={0}
          max={10000}
          allowDecimal={false}
          allowNegative={false}
          value={values.cap}
          onChange={(v) => setField('cap', v)}
          error={errors.cap}
        />
        <TextInput label={t(`${k}.hsaId`)} {...textProps('hsaId')} error={errors.hsaId} />
        <TextInput label={t(`${k}.phone`)} type="tel" {...textProps('phone')} error={errors.phone} />
      </SimpleGrid>
      <TextInput label={t(`${k}.address`)} {...textProps('address')} error={errors.address} />
      <MultiSelect
        label={t(`${k}.municipalities`)}
        placeholder={t(`${k}.municipalitiesPlaceholder`)}
        required
        searchable
        data={municipalityOptions}
        value={values.municipalityCodes}
        onChange={(v) => setField('municipalityCodes', v)}
        error={errors.municipalityCodes}
        nothingFoundMessage="–"
      />
      <Checkbox label={t(`${k}.active`)} {...checkboxProps('active')} />
    </EntityFormModal>
  );
}
