import { Stack, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { EditButton, PanelHeader } from '../../components/panel-header.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { notify } from '../../lib/notify.ts';
import { useRegion, useSaveArea } from './use-organisation.ts';

type Editing = { id: string | null; name: string } | null;

/** Länsdelar: list, add, rename. */
export function AreasPanel() {
  const { t } = useTranslation();
  const region = useRegion();
  const [editing, setEditing] = useState<Editing>(null);

  return (
    <Stack>
      <PanelHeader
        title={t('organisation.areas.title')}
        addLabel={t('organisation.areas.add')}
        onAdd={() => setEditing({ id: null, name: '' })}
      />
      <ErrorAlert error={region.error} />
      {region.isPending ? (
        <LoadingState />
      ) : region.data?.areas.length === 0 ? (
        <Text>{t('organisation.areas.none')}</Text>
      ) : (
        <Table aria-label={t('organisation.areas.tableLabel')} maw={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('organisation.name')}</Table.Th>
              <Table.Th scope="col">{t('common.actionsColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(region.data?.areas ?? []).map((a) => (
              <Table.Tr key={a.id}>
                <Table.Th scope="row" fw={500}>
                  {a.name}
                </Table.Th>
                <Table.Td>
                  <EditButton
                    label={t('organisation.areas.rename')}
                    name={a.name}
                    onClick={() => setEditing({ id: a.id, name: a.name })}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing && <AreaFormModal area={editing} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

function AreaFormModal({ area, onClose }: { area: NonNullable<Editing>; onClose: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState(area.name);
  const save = useSaveArea();
  return (
    <FormModal
      title={area.id ? t('organisation.areas.editTitle') : t('organisation.areas.addTitle')}
      onClose={onClose}
      pending={save.isPending}
      error={save.error}
      onSubmit={() =>
        save.mutate(
          { id: area.id, body: { name } },
          {
            onSuccess: (a) => {
              notify.success(t('organisation.saved', { name: a.name }));
              onClose();
            },
          },
        )
      }
    >
      <TextInput
        label={t('organisation.name')}
        required
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        error={fieldErrors(save.error).name}
        data-autofocus
      />
    </FormModal>
  );
}
