import type { Room } from '@lotsa/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CrudPanel, EditButton } from '../../components/crud-panel.tsx';
import { ActiveBadge } from '../../components/crud-table.tsx';
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
    <CrudPanel
      title={t(`${k}.title`)}
      addLabel={t(`${k}.add`)}
      onAdd={() => setEditing({ item: null })}
      filter={<UnitFilter />}
      list={list}
      none={t(`${k}.none`)}
      table={{
        label: t(`${k}.tableLabel`),
        testId: `${kind}-table`,
        minWidth: 760,
        rowKey: (r) => r.id,
        columns: [
          { header: t('organisation.name'), cell: (r) => r.name },
          { header: t('organisation.unitField'), cell: (r) => unitName(r.unitId) },
          {
            header: t('organisation.features.label'),
            cell: (r) =>
              r.features.length === 0
                ? t('organisation.features.none')
                : r.features.map((f) => t(`features.${f}`)).join(', '),
          },
          { header: t('organisation.status'), cell: (r) => <ActiveBadge active={r.active} /> },
        ],
        actions: (r) => <EditButton name={r.name} onClick={() => setEditing({ item: r })} />,
      }}
    >
      {editing && (
        <FeaturedFormModal
          kind={kind}
          item={editing.item}
          defaultUnitId={unitId}
          onClose={() => setEditing(null)}
        />
      )}
    </CrudPanel>
  );
}
