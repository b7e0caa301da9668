import type { Staff } from '@lotsa/contracts';
import { Group } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CrudPanel, EditButton } from '../../components/crud-panel.tsx';
import { ActiveBadge, RowButton } from '../../components/crud-table.tsx';
import { PictureModal } from '../letters/index.ts';
import { AbsencesModal } from './absences-modal.tsx';
import { StaffFormModal } from './staff-form-modal.tsx';
import { UnitFilter, useUnitFilter, useUnitName } from './unit-filter.tsx';
import { useStaff } from './use-organisation.ts';

type Editing = { staff: Staff | null } | null;
const nameOf = (s: Staff) => `${s.givenName} ${s.familyName}`;
const NOWRAP = { whiteSpace: 'nowrap' } as const;

/** Personal: filter by unit, list, create and change; each member's absences. */
export function StaffPanel() {
  const { t } = useTranslation();
  const [unitId] = useUnitFilter();
  const staff = useStaff(unitId);
  const unitName = useUnitName();
  const [editing, setEditing] = useState<Editing>(null);
  const [absencesOf, setAbsencesOf] = useState<Staff | null>(null);
  const [photoOf, setPhotoOf] = useState<Staff | null>(null);
  const k = 'organisation.staff';

  return (
    <CrudPanel
      title={t(`${k}.title`)}
      addLabel={t(`${k}.add`)}
      onAdd={() => setEditing({ staff: null })}
      filter={<UnitFilter />}
      list={staff}
      none={t(`${k}.none`)}
      table={{
        label: t(`${k}.tableLabel`),
        testId: 'staff-table',
        minWidth: 1100,
        rowKey: (s) => s.id,
        columns: [
          { header: t('organisation.name'), cell: nameOf },
          { header: t(`${k}.profession`), cell: (s) => t(`professions.${s.profession}`) },
          { header: t('organisation.unitField'), cell: (s) => unitName(s.unitId) },
          { header: t(`${k}.hsaId`), cell: (s) => s.hsaId ?? '' },
          { header: t(`${k}.phone`), cell: (s) => s.phone ?? '', style: NOWRAP },
          { header: t(`${k}.email`), cell: (s) => s.email ?? '' },
          { header: t('organisation.status'), cell: (s) => <ActiveBadge active={s.active} />, style: NOWRAP },
        ],
        actions: (s) => (
          <Group gap="xs" wrap="nowrap">
            <EditButton name={nameOf(s)} onClick={() => setEditing({ staff: s })} />
            <RowButton
              label={t(`${k}.absences.button`)}
              ariaLabel={t(`${k}.absences.buttonNamed`, { name: nameOf(s) })}
              onClick={() => setAbsencesOf(s)}
            />
            <RowButton
              label={t('letters.picture.staff.button')}
              ariaLabel={t('letters.picture.staff.buttonNamed', { name: nameOf(s) })}
              onClick={() => setPhotoOf(s)}
            />
          </Group>
        ),
      }}
    >
      {editing && (
        <StaffFormModal staff={editing.staff} defaultUnitId={unitId} onClose={() => setEditing(null)} />
      )}
      {absencesOf && <AbsencesModal staff={absencesOf} onClose={() => setAbsencesOf(null)} />}
      {photoOf && (
        <PictureModal
          kind="staff"
          ownerId={photoOf.id}
          name={nameOf(photoOf)}
          onClose={() => setPhotoOf(null)}
        />
      )}
    </CrudPanel>
  );
}
