import type { Staff } from '@lotsa/contracts';
import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { EditButton, PanelHeader } from '../../components/panel-header.tsx';
import { PictureModal } from '../letters/index.ts';
import { AbsencesModal } from './absences-modal.tsx';
import { StaffFormModal } from './staff-form-modal.tsx';
import { UnitFilter, useUnitFilter, useUnitName } from './unit-filter.tsx';
import { useStaff } from './use-organisation.ts';

type Editing = { staff: Staff | null } | null;

/** Personal: filter by unit, list, create and change; each member's absences. */
export function StaffPanel() {
  const { t } = useTranslation();
  const [unitId] = useUnitFilter();
  const staff = useStaff(unitId);
  const unitName = useUnitName();
  const [editing, setEditing] = useState<Editing>(null);
  const [absencesOf, setAbsencesOf] = useState<Staff | null>(null);
  const [photoOf, setPhotoOf] = useState<Staff | null>(null);

  return (
    <Stack>
      <PanelHeader
        title={t('organisation.staff.title')}
        addLabel={t('organisation.staff.add')}
        onAdd={() => setEditing({ staff: null })}
      />
      <UnitFilter />
      <ErrorAlert error={staff.error} />
      {staff.isPending ? (
        <LoadingState />
      ) : staff.data?.length === 0 ? (
        <Text>{t('organisation.staff.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={1100}>
          <Table aria-label={t('organisation.staff.tableLabel')} data-testid="staff-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisation.name')}</Table.Th>
                <Table.Th scope="col">{t('organisation.staff.profession')}</Table.Th>
                <Table.Th scope="col">{t('organisation.unitField')}</Table.Th>
                <Table.Th scope="col">{t('organisation.staff.hsaId')}</Table.Th>
                <Table.Th scope="col">{t('organisation.staff.phone')}</Table.Th>
                <Table.Th scope="col">{t('organisation.staff.email')}</Table.Th>
                <Table.Th scope="col">{t('organisation.status')}</Table.Th>
                <Table.Th scope="col">{t('common.actionsColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(staff.data ?? []).map((s) => {
                const name = `${s.givenName} ${s.familyName}`;
                return (
                  <Table.Tr key={s.id}>
                    <Table.Th scope="row" fw={500}>
                      {name}
                    </Table.Th>
                    <Table.Td>{t(`professions.${s.profession}`)}</Table.Td>
                    <Table.Td>{unitName(s.unitId)}</Table.Td>
                    <Table.Td>{s.hsaId ?? ''}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{s.phone ?? ''}</Table.Td>
                    <Table.Td>{s.email ?? ''}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Badge color={s.active ? 'green' : 'gray'} variant="light">
                        {s.active ? t('common.active') : t('common.inactive')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        <EditButton
                          label={t('actions.edit')}
                          name={name}
                          onClick={() => setEditing({ staff: s })}
                        />
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('organisation.staff.absences.buttonNamed', { name })}
                          onClick={() => setAbsencesOf(s)}
                        >
                          {t('organisation.staff.absences.button')}
                        </Button>
                        <Button
                          size="xs"
                          variant="default"
                          aria-label={t('letters.picture.staff.buttonNamed', { name })}
                          onClick={() => setPhotoOf(s)}
                        >
                          {t('letters.picture.staff.button')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <StaffFormModal staff={editing.staff} defaultUnitId={unitId} onClose={() => setEditing(null)} />
      )}
      {absencesOf && <AbsencesModal staff={absencesOf} onClose={() => setAbsencesOf(null)} />}
      {photoOf && (
        <PictureModal
          kind="staff"
          ownerId={photoOf.id}
          name={`${photoOf.givenName} ${photoOf.familyName}`}
          onClose={() => setPhotoOf(null)}
        />
      )}
    </Stack>
  );
}
