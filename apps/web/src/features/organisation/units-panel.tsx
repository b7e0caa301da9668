import { municipalityName, type Unit } from '@lotsa/contracts';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { EditButton, PanelHeader } from '../../components/panel-header.tsx';
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

  return (
    <Stack>
      <PanelHeader
        title={t('organisation.units.title')}
        addLabel={t('organisation.units.add')}
        onAdd={() => setEditing({ unit: null })}
      />
      <ErrorAlert error={units.error} />
      {units.isPending ? (
        <LoadingState />
      ) : units.data?.length === 0 ? (
        <Text>{t('organisation.units.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table aria-label={t('organisation.units.tableLabel')} data-testid="units-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisation.name')}</Table.Th>
                <Table.Th scope="col">{t('organisation.units.area')}</Table.Th>
                <Table.Th scope="col">{t('organisation.units.patients')}</Table.Th>
                <Table.Th scope="col">{t('organisation.units.catchment')}</Table.Th>
                <Table.Th scope="col">{t('organisation.units.hsaId')}</Table.Th>
                <Table.Th scope="col">{t('organisation.status')}</Table.Th>
                <Table.Th scope="col">{t('common.actionsColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(units.data ?? []).map((u) => (
                <Table.Tr key={u.id}>
                  <Table.Th scope="row" fw={500}>
                    {u.name}
                  </Table.Th>
                  <Table.Td>{areaName(u.areaId)}</Table.Td>
                  <Table.Td>
                    <Text
                      span
                      size="sm"
                      fw={u.patientCount >= u.cap ? 700 : undefined}
                      c={u.patientCount >= u.cap ? 'red.9' : undefined}
                    >
                      {u.patientCount} / {u.cap}
                    </Text>
                  </Table.Td>
                  <Table.Td>{u.municipalityCodes.map(municipalityName).join(', ')}</Table.Td>
                  <Table.Td>{u.hsaId ?? ''}</Table.Td>
                  <Table.Td>
                    <Badge color={u.active ? 'green' : 'gray'} variant="light">
                      {u.active ? t('common.active') : t('common.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <EditButton
                        label={t('actions.edit')}
                        name={u.name}
                        onClick={() => setEditing({ unit: u })}
                      />
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('letters.picture.unit_entrance.buttonNamed', { name: u.name })}
                        onClick={() => setEntranceOf(u)}
                      >
                        {t('letters.picture.unit_entrance.button')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && <UnitFormModal unit={editing.unit} onClose={() => setEditing(null)} />}
      {entranceOf && (
        <PictureModal
          kind="unit_entrance"
          ownerId={entranceOf.id}
          name={entranceOf.name}
          onClose={() => setEntranceOf(null)}
        />
      )}
    </Stack>
  );
}
