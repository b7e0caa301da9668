import { FEATURES, type Feature, type Room } from '@lotsa/contracts';
import { Checkbox, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import { useUnitOptions } from './unit-filter.tsx';
import { type FeaturedInput, type FeaturedKind, useSaveEquipment, useSaveRoom } from './use-organisation.ts';

type Values = FeaturedInput & Record<string, unknown>;

export function FeaturedFormModal({
  kind,
  item,
  defaultUnitId,
  onClose,
}: {
  kind: FeaturedKind;
  item: Room | null;
  defaultUnitId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const unitOptions = useUnitOptions();
  const saveRoom = useSaveRoom();
  const saveEquipment = useSaveEquipment();
  const save = kind === 'rooms' ? saveRoom : saveEquipment;
  const { errors, clear: clearError } = useFieldErrors(save.error);
  const [unitMissing, setUnitMissing] = useState(false);
  const { values, setField, textProps, checkboxProps } = useFormValues<Values>(
    () => ({
      unitId: item?.unitId ?? defaultUnitId ?? '',
      name: item?.name ?? '',
      features: item?.features ?? [],
      active: item?.active ?? true,
    }),
    clearError,
  );
  const k = kind === 'rooms' ? 'organisation.rooms' : 'organisation.equipment';

  const submit = () => {
    setUnitMissing(!values.unitId);
    if (!values.unitId) return;
    save.mutate(
      { id: item?.id ?? null, body: values },
      {
        onSuccess: (r) => {
          notify.success(t('organisation.saved', { name: r.name }));
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      title={item ? t(`${k}.editTitle`) : t(`${k}.addTitle`)}
      onClose={onClose}
      onSubmit={submit}
      pending={save.isPending}
      fieldErrors={errors}
      error={unitMissing && !values.unitId ? t('organisation.unitRequired') : save.error}
    >
      <Select
        label={t('organisation.unitField')}
        placeholder={t('organisation.chooseUnit')}
        required
        allowDeselect={false}
        data={unitOptions}
        value={values.unitId || null}
        onChange={(v) => setField('unitId', v ?? '')}
        error={unitMissing && !values.unitId ? t('organisation.unitRequired') : errors.unitId}
      />
      <TextInput
        label={t('organisation.name')}
        required
        {...textProps('name')}
        error={errors.name}
        data-autofocus
      />
      <Checkbox.Group
        label={t('organisation.features.label')}
        value={values.features ?? []}
        onChange={(v) => setField('features', v as Feature[])}
        error={errors.features}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {FEATURES.map((f) => (
            <Checkbox key={f} value={f} label={t(`features.${f}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox label={t(`${k}.active`)} {...checkboxProps('active')} />
    </FormModal>
  );
}
