import type { NetworkContact } from '@lotsa/contracts';
import { Anchor, Button, Group, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { CrudTable, RowButton } from '../../components/crud-table.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useRemoveConfirm } from '../../components/use-remove-confirm.ts';
import { NetworkContactFormModal } from './network-contact-form-modal.tsx';
import { useNetwork, useRemoveNetworkContact } from './use-care-team.ts';

type Editing = { contact: NetworkContact | null } | null;

/** Nätverk utanför vårdcentralen: the external contacts with consent to share; add, change, remove. */
export function NetworkContacts({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const network = useNetwork(patientId);
  const [editing, setEditing] = useState<Editing>(null);
  const k = 'careTeam.networkContact';
  const removal = useRemoveConfirm<NetworkContact>(useRemoveNetworkContact(patientId), t(`${k}.removed`));

  return (
    <section aria-labelledby={headingId}>
      <Group justify="space-between" mt="md" mb="xs">
        <Title order={3} size="h4" id={headingId}>
          {t('careTeam.network')}
        </Title>
        <Button
          variant="light"
          className="no-print"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing({ contact: null })}
        >
          {t(`${k}.add`)}
        </Button>
      </Group>
      {network.isPending ? (
        <LoadingState />
      ) : network.isError ? (
        <ErrorAlert error={network.error} />
      ) : network.data.length === 0 ? (
        <Text>{t('careTeam.noNetwork')}</Text>
      ) : (
        <CrudTable
          label={t('careTeam.networkLabel')}
          testId="network-table"
          minWidth={960}
          rows={network.data}
          rowKey={(c) => c.id}
          columns={[
            { header: t('careTeam.columns.kind'), cell: (c) => t(`careTeam.kinds.${c.kind}`) },
            {
              header: t('careTeam.columns.organisation'),
              rowHeader: true,
              rowHeaderWeight: 400,
              cell: (c) => (
                <>
                  {c.organisation}
                  {c.note && (
                    <Text size="sm" c="dimmed">
                      {c.note}
                    </Text>
                  )}
                </>
              ),
            },
            {
              header: t('careTeam.columns.name'),
              cell: (c) => [c.name, c.role].filter(Boolean).join(', ') || '–',
            },
            {
              header: t('careTeam.columns.phone'),
              style: { whiteSpace: 'nowrap' },
              cell: (c) => (c.phone ? <Anchor href={`tel:${c.phone}`}>{c.phone}</Anchor> : '–'),
            },
            {
              header: t('careTeam.columns.email'),
              cell: (c) => (c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : '–'),
            },
            {
              header: t('careTeam.columns.consent'),
              cell: (c) => (c.consentToShare ? t('common.yes') : t('common.no')),
            },
          ]}
          actionsClassName="no-print"
          actions={(c) => (
            <Group gap="xs" wrap="nowrap">
              <RowButton
                label={t('actions.edit')}
                ariaLabel={t(`${k}.editNamed`, { name: c.organisation })}
                onClick={() => setEditing({ contact: c })}
              />
              <RowButton
                danger
                label={t('actions.remove')}
                ariaLabel={t(`${k}.removeNamed`, { name: c.organisation })}
                onClick={() => removal.ask(c)}
              />
            </Group>
          )}
        />
      )}
      {editing && (
        <NetworkContactFormModal
          patientId={patientId}
          contact={editing.contact}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        {...removal.dialog}
        title={t(`${k}.confirmRemoveTitle`)}
        message={t(`${k}.confirmRemove`, { name: removal.removing?.organisation ?? '' })}
      />
    </section>
  );
}
