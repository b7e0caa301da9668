import { municipalityName, type Unit } from '@lotsa/contracts';
import { Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CrudPanel, EditButton } from '../../components/crud-panel.tsx';
import { ActiveBadge, RowButton } from '../../components/crud-table.tsx';
import { PictureModal } from '../letters/index.ts';
import { UnitFormModal } from './unit-form-modal.tsx';
import { useRegion, useUnits } from './use-organisation.ts';

type Editing = { unit: Unit | null } | null;

/** Enheter: cap, patients against cap, catchment municipalities; create and change; the entrance picture for letters. */
export function UnitsPanel() {
  const { t } = useTranslation();
  const units = useUnits();
  const region = useRegion();
  const [editing, setEditing] = useState<Editing>(null);
  const [entranceOf, setEntranceOf] = useState<Unit | null>(null);
  const areaName = (id: string | null) => region.data?.areas.find((a) => a.id === id)?.name ?? '';
  const k = 'organisation.units';

  return (
    <CrudPanel
      title={t(`${k}.title`)}
      addLabel={t(`${k}.add`)}
      onAdd={() => setEditing({ unit: null })}
      list={units}
      none={t(`${k}.none`)}
      table={{
        label: t(`${k}.tableLabel`),
        testId: 'units-table',
        minWidth: 900,
        rowKey: (u) => u.id,
        columns: [
          { header: t('organisation.name'), cell: (u) => u.name },
          { header: t(`${k}.area`), cell: (u) => areaName(u.areaId) },
          {
            header: t(`${k}.patients`),
            cell: (u) => (
              <Text
                span
                size="sm"
                fw={u.patientCount >= u.cap ? 700 : undefined}
                c={u.patientCount >= u.cap ? 'red.9' : undefined}
              >
                {u.patientCount} / {u.cap}
              </Text>
            ),
          },
          { header: t(`${k}.catchment`), cell: (u) => u.municipalityCodes.map(municipalityName).join(', ') },
          { header: t(`${k}.hsaId`), cell: (u) => u.hsaId ?? '' },
          { header: t('organisation.status'), cell: (u) => <ActiveBadge active={u.active} /> },
        ],
        actions: (u) => (
          <Group gap="xs" wrap="nowrap">
            <EditButton name={u.name} onClick={() => setEditing({ unit: u })} />
            <RowButton
              label={t('letters.picture.unit_entrance.button')}
              ariaLabel={t('letters.picture.unit_entrance.buttonNamed', { name: u.name })}
              onClick={() => setEntranceOf(u)}
            />
          </Group>
        ),
      }}
    >
      {editing && <UnitFormModal unit={editing.unit} onClose={() => setEditing(null)} />}
      {entranceOf && (
        <PictureModal
          kind="unit_entrance"
          ownerId={entranceOf.id}
          name={entranceOf.name}
          onClose={() => setEntranceOf(null)}
        />
      )}
    </CrudPanel>
  );
}
