import type { EndpointResponse, endpoints } from '@lotsa/contracts';
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CrudPanel, EditButton } from '../../components/crud-panel.tsx';
import { EntityFormModal, useEntityForm } from '../../components/entity-form-modal.tsx';
import { useRegion, useSaveArea } from './use-organisation.ts';

type Area = EndpointResponse<typeof endpoints.organisation.createArea>;
type Editing = { area: Area | null } | null;

/** Länsdelar: list, add, rename. */
export function AreasPanel() {
  const { t } = useTranslation();
  const region = useRegion();
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <CrudPanel
      title={t('organisation.areas.title')}
      addLabel={t('organisation.areas.add')}
      onAdd={() => setEditing({ area: null })}
      list={{ isPending: region.isPending, error: region.error, data: region.data?.areas }}
      none={t('organisation.areas.none')}
      table={{
        label: t('organisation.areas.tableLabel'),
        maw: 640,
        rowKey: (a) => a.id,
        columns: [{ header: t('organisation.name'), cell: (a) => a.name }],
        actions: (a) => (
          <EditButton
            label={t('organisation.areas.rename')}
            name={a.name}
            onClick={() => setEditing({ area: a })}
          />
        ),
      }}
    >
      {editing && <AreaFormModal area={editing.area} onClose={() => setEditing(null)} />}
    </CrudPanel>
  );
}

function AreaFormModal({ area, onClose }: { area: Area | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveArea();
  const form = useEntityForm({
    initial: () => ({ name: area?.name ?? '' }),
    save,
    variables: (body) => ({ id: area?.id ?? null, body }),
    saved: (a) => t('organisation.saved', { name: a.name }),
    onClose,
  });
  return (
    <EntityFormModal
      form={form}
      title={area ? t('organisation.areas.editTitle') : t('organisation.areas.addTitle')}
    >
      <TextInput
        label={t('organisation.name')}
        required
        {...form.textProps('name')}
        error={form.errors.name}
        data-autofocus
      />
    </EntityFormModal>
  );
}
