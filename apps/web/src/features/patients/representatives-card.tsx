import type { Patient, Representative } from '@lotsa/contracts';
import { Button, Card, Group, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { CrudTable, RowButton } from '../../components/crud-table.tsx';
import { useRemoveConfirm } from '../../components/use-remove-confirm.ts';
import { RepresentativeFormModal } from './representative-form-modal.tsx';
import { useRemoveRepresentative } from './use-patients.ts';

type Editing = { rep: Representative | null } | null;

/** Företrädare: god man, förvaltare, relatives… with what each may receive; add, change, remove. */
export function RepresentativesCard({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [editing, setEditing] = useState<Editing>(null);
  const k = 'patients.representatives';
  const removal = useRemoveConfirm<Representative>(useRemoveRepresentative(patient.id), t(`${k}.removed`));

  const receives = (r: Representative) =>
    [
      r.receivesLetters && t(`${k}.letters`),
      r.receivesHealthInfo && t(`${k}.healthInfo`),
      r.mayBook && t(`${k}.booking`),
    ]
      .filter(Boolean)
      .join(', ') || t(`${k}.nothing`);

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t(`${k}.title`)}
        </Title>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing({ rep: null })}
        >
          {t(`${k}.add`)}
        </Button>
      </Group>
      {patient.representatives.length === 0 ? (
        <Text>{t(`${k}.none`)}</Text>
      ) : (
        <CrudTable
          label={t(`${k}.tableLabel`)}
          minWidth={720}
          rows={patient.representatives}
          rowKey={(r) => r.id}
          columns={[
            { header: t(`${k}.name`), cell: (r) => r.name },
            { header: t(`${k}.kind`), cell: (r) => t(`${k}.kinds.${r.kind}`) },
            { header: t(`${k}.phone`), cell: (r) => r.phone ?? '', style: { whiteSpace: 'nowrap' } },
            { header: t(`${k}.email`), cell: (r) => r.email ?? '' },
            { header: t(`${k}.receives`), cell: receives },
          ]}
          actions={(r) => (
            <Group gap="xs" wrap="nowrap">
              <RowButton
                label={t('actions.edit')}
                ariaLabel={t(`${k}.editNamed`, { name: r.name })}
                onClick={() => setEditing({ rep: r })}
              />
              <RowButton
                danger
                label={t('actions.remove')}
                ariaLabel={t(`${k}.removeNamed`, { name: r.name })}
                onClick={() => removal.ask(r)}
              />
            </Group>
          )}
        />
      )}
      {editing && (
        <RepresentativeFormModal
          patient={patient}
          representative={editing.rep}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        {...removal.dialog}
        title={t(`${k}.confirmRemoveTitle`)}
        message={t(`${k}.confirmRemove`, { name: removal.removing?.name ?? '' })}
      />
    </Card>
  );
}
