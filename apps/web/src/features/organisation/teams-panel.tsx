import type { Team } from '@lotsa/contracts';
import { Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { EditButton, PanelHeader } from '../../components/panel-header.tsx';
import { TeamFormModal } from './team-form-modal.tsx';
import { UnitFilter, useUnitFilter, useUnitName } from './unit-filter.tsx';
import { useStaff, useTeams } from './use-organisation.ts';

type Editing = { team: Team | null } | null;

/** Team: a name and its members from the unit's staff. */
export function TeamsPanel() {
  const { t } = useTranslation();
  const [unitId] = useUnitFilter();
  const teams = useTeams(unitId);
  const staff = useStaff(null);
  const unitName = useUnitName();
  const [editing, setEditing] = useState<Editing>(null);
  const staffName = new Map((staff.data ?? []).map((s) => [s.id, `${s.givenName} ${s.familyName}`]));

  return (
    <Stack>
      <PanelHeader
        title={t('organisation.teams.title')}
        addLabel={t('organisation.teams.add')}
        onAdd={() => setEditing({ team: null })}
      />
      <UnitFilter />
      <ErrorAlert error={teams.error} />
      {teams.isPending ? (
        <LoadingState />
      ) : teams.data?.length === 0 ? (
        <Text>{t('organisation.teams.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table aria-label={t('organisation.teams.tableLabel')} data-testid="teams-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('organisation.name')}</Table.Th>
                <Table.Th scope="col">{t('organisation.unitField')}</Table.Th>
                <Table.Th scope="col">{t('organisation.teams.members')}</Table.Th>
                <Table.Th scope="col">{t('common.actionsColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(teams.data ?? []).map((team) => (
                <Table.Tr key={team.id}>
                  <Table.Th scope="row" fw={500}>
                    {team.name}
                  </Table.Th>
                  <Table.Td>{unitName(team.unitId)}</Table.Td>
                  <Table.Td>
                    {team.memberIds
                      .map((id) => staffName.get(id) ?? '')
                      .filter(Boolean)
                      .join(', ')}
                  </Table.Td>
                  <Table.Td>
                    <EditButton
                      label={t('actions.edit')}
                      name={team.name}
                      onClick={() => setEditing({ team })}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <TeamFormModal team={editing.team} defaultUnitId={unitId} onClose={() => setEditing(null)} />
      )}
    </Stack>
  );
}
