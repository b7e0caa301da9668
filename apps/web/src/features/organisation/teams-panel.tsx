import type { Team } from '@lotsa/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CrudPanel, EditButton } from '../../components/crud-panel.tsx';
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
    <CrudPanel
      title={t('organisation.teams.title')}
      addLabel={t('organisation.teams.add')}
      onAdd={() => setEditing({ team: null })}
      filter={<UnitFilter />}
      list={teams}
      none={t('organisation.teams.none')}
      table={{
        label: t('organisation.teams.tableLabel'),
        testId: 'teams-table',
        minWidth: 760,
        rowKey: (team) => team.id,
        columns: [
          { header: t('organisation.name'), cell: (team) => team.name },
          { header: t('organisation.unitField'), cell: (team) => unitName(team.unitId) },
          {
            header: t('organisation.teams.members'),
            cell: (team) =>
              team.memberIds
                .map((id) => staffName.get(id) ?? '')
                .filter(Boolean)
                .join(', '),
          },
        ],
        actions: (team) => <EditButton name={team.name} onClick={() => setEditing({ team })} />,
      }}
    >
      {editing && (
        <TeamFormModal team={editing.team} defaultUnitId={unitId} onClose={() => setEditing(null)} />
      )}
    </CrudPanel>
  );
}
