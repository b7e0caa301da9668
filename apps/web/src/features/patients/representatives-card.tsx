import type { Patient, Representative } from '@lotsa/contracts';
import { Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { notify } from '../../lib/notify.ts';
import { RepresentativeFormModal } from './representative-form-modal.tsx';
import { useRemoveRepresentative } from './use-patients.ts';

type Editing = { mode: 'add' } | { mode: 'edit'; rep: Representative } | null;

/** Företrädare: god man, förvaltare, relatives… with what each may receive; add, change, remove. */
export function RepresentativesCard({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Representative | null>(null);
  const remove = useRemoveRepresentative(patient.id);

  const receives = (r: Representative) =>
    [
      r.receivesLetters && t('patients.representatives.letters'),
      r.receivesHealthInfo && t('patients.representatives.healthInfo'),
      r.mayBook && t('patients.representatives.booking'),
    ]
      .filter(Boolean)
      .join(', ') || t('patients.representatives.nothing');

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        notify.success(t('patients.representatives.removed'));
        setRemoving(null);
      },
    });
  };

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('patients.representatives.title')}
        </Title>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing({ mode: 'add' })}
        >
          {t('patients.representatives.add')}
        </Button>
      </Group>
      {patient.representatives.length === 0 ? (
        <Text>{t('patients.representatives.none')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table aria-label={t('patients.representatives.tableLabel')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('patients.representatives.name')}</Table.Th>
                <Table.Th scope="col">{t('patients.representatives.kind')}</Table.Th>
                <Table.Th scope="col">{t('patients.representatives.phone')}</Table.Th>
                <Table.Th scope="col">{t('patients.representatives.email')}</Table.Th>
                <Table.Th scope="col">{t('patients.representatives.receives')}</Table.Th>
                <Table.Th scope="col">{t('common.actionsColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {patient.representatives.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row" fw={500}>
                    {r.name}
                  </Table.Th>
                  <Table.Td>{t(`patients.representatives.kinds.${r.kind}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.phone ?? ''}</Table.Td>
                  <Table.Td>{r.email ?? ''}</Table.Td>
                  <Table.Td>{receives(r)}</Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('patients.representatives.editNamed', { name: r.name })}
                        onClick={() => setEditing({ mode: 'edit', rep: r })}
                      >
                        {t('actions.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        aria-label={t('patients.representatives.removeNamed', { name: r.name })}
                        onClick={() => {
                          remove.reset();
                          setRemoving(r);
                        }}
                      >
                        {t('actions.remove')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing && (
        <RepresentativeFormModal
          patient={patient}
          representative={editing.mode === 'edit' ? editing.rep : null}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t('patients.representatives.confirmRemoveTitle')}
        message={t('patients.representatives.confirmRemove', { name: removing?.name ?? '' })}
        confirmLabel={t('actions.remove')}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
        loading={remove.isPending}
        error={remove.error}
      />
    </Card>
  );
}
