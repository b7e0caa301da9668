import type { Room } from '@lotsa/contracts';
import { Badge, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { EditButton, PanelHeader } from '../../components/panel-header.tsx';
import { FeaturedFormModal } from './featured-form-modal.tsx';
import { UnitFilter, useUnitFilter, useUnitName } from './unit-filter.tsx';
import { type FeaturedKind, useEquipment, useRooms } from './use-organisation.ts';

type Editing = { item: Room | null } | null;

/** Rum and Utrustning: a name and the features the scheduler matches against adaptations. */
export function FeaturedPanel({ kind }: { kind: FeaturedKind }) {
  const { t } = useTranslation();
  const [unitId] = useUnitFilter();
  const rooms = useRooms(kind === 'rooms' ? unitId : null);
  const equipment = useEquipment(kind === 'equipment' ? unitId : null);
  const list = kind === 'rooms' ? rooms : equipment;
  const unitName = useUnitName();
  const [editing, setEditing] = useState<Editing>(null);
  const k = kind === 'rooms' ? 'organisation.rooms' : 'organisation.equipment';

  return (
    <Stack>
      <PanelHeader
        title={t(`${k}.title`)}
        addLabel={t(`${k}.add`)}
        onAdd={() => setEditing({ item: null })}
      />
      <UnitFilter />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingState />
      ) : list.data?.length === 0 ? (
        <Text>{t(`${k}.none`)}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label={t(`${k}.tableLabel`)} data-testid={`${kind}-table`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisation.name')}</Table.Th>
                <Table.Th scope="col">{t('organisation.unitField')}</Table.Th>
                <Table.Th scope="col">{t('organisation.features.label')}</Table.Th>
                <Table.Th scope="col">{t('organisation.status')}</Table.Th>
                <Table.Th scope="col">{t('common.actionsColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data ?? []).map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row" fw={500}>
                    {r.name}
                  </Table.Th>
                  <Table.Td>{unitName(r.unitId)}</Table.Td>
                  <Table.Td>
                    {r.features.length === 0
                      ? t('organisation.features.none')
                      : r.features.map((f) => t(`features.${f}`)).join(', ')}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={r.active ? 'green' : 'gray'} variant="light">
                      {r.active ? t('common.active') : t('common.inactive')}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <EditButton
                      label={t('actions.edit')}
                      name={r.name}
                      onClick={() => setEditing({ item: r })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <FeaturedFormModal
          kind={kind}
          item={editing.item}
          defaultUnitId={unitId}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
