import { FEATURES, type Feature, type Room } from '@lotsa/contracts';
import { Checkbox, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { EntityFormModal, useEntityForm } from '../../components/entity-form-modal.tsx';
import { UnitSelect, unitRequired } from './unit-select.tsx';
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
  const saveRoom = useSaveRoom();
  const saveEquipment = useSaveEquipment();
  const save = kind === 'rooms' ? saveRoom : saveEquipment;
  const form = useEntityForm({
    initial: (): Values => ({
      unitId: item?.unitId ?? defaultUnitId ?? '',
      name: item?.name ?? '',
      features: item?.features ?? [],
      active: item?.active ?? true,
    }),
    save,
    variables: (body) => ({ id: item?.id ?? null, body }),
    saved: (r) => t('organisation.saved', { name: r.name }),
    check: unitRequired(t),
    onClose,
  });
  const { values, errors } = form;
  const k = kind === 'rooms' ? 'organisation.rooms' : 'organisation.equipment';

  return (
    <EntityFormModal form={form} title={item ? t(`${k}.editTitle`) : t(`${k}.addTitle`)}>
      <UnitSelect value={values.unitId} onChange={(v) => form.setField('unitId', v)} error={errors.unitId} />
      <TextInput
        label={t('organisation.name')}
        required
        {...form.textProps('name')}
        error={errors.name}
        data-autofocus
      />
      <Checkbox.Group
        label={t('organisation.features.label')}
        value={values.features ?? []}
        onChange={(v) => form.setField('features', v as Feature[])}
        error={errors.features}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {FEATURES.map((f) => (
            <Checkbox key={f} value={f} label={t(`features.${f}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Checkbox label={t(`${k}.active`)} {...form.checkboxProps('active')} />
    </EntityFormModal>
  );
}
