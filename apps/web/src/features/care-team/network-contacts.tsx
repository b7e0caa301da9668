import type { NetworkContact } from '@lotsa/contracts';
import { Anchor, Button, Group, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { notify } from '../../lib/notify.ts';
import { NetworkContactFormModal } from './network-contact-form-modal.tsx';
import { useNetwork, useRemoveNetworkContact } from './use-care-team.ts';

type Editing = { contact: NetworkContact | null } | null;

/** Nätverk utanför vårdcentralen: the external contacts with consent to share; add, change, remove. */
export function NetworkContacts({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const network = useNetwork(patientId);
  const remove = useRemoveNetworkContact(patientId);
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<NetworkContact | null>(null);
  const k = 'careTeam.networkContact';

  const confirmRemove = () => {
    if (!removing) return;
    remove.mutate(removing.id, {
      onSuccess: () => {
        notify.success(t(`${k}.removed`));
        setRemoving(null);
      },
    });
  };

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
        <Table.ScrollContainer minWidth={960}>
          <Table aria-label={t('careTeam.networkLabel')} data-testid="network-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('careTeam.columns.kind')}</Table.Th>
                <Table.Th scope="col">{t('careTeam.columns.organisation')}</Table.Th>
                <Table.Th scope="col">{t('careTeam.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('careTeam.columns.phone')}</Table.Th>
                <Table.Th scope="col">{t('careTeam.columns.email')}</Table.Th>
                <Table.Th scope="col">{t('careTeam.columns.consent')}</Table.Th>
                <Table.Th scope="col" className="no-print">
                  {t('common.actionsColumn')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {network.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{t(`careTeam.kinds.${c.kind}`)}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    {c.organisation}
                    {c.note && (
                      <Text size="sm" c="dimmed">
                        {c.note}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>{[c.name, c.role].filter(Boolean).join(', ') || '–'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {c.phone ? <Anchor href={`tel:${c.phone}`}>{c.phone}</Anchor> : '–'}
                  </Table.Td>
                  <Table.Td>{c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : '–'}</Table.Td>
                  <Table.Td>{c.consentToShare ? t('common.yes') : t('common.no')}</Table.Td>
                  <Table.Td className="no-print">
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t(`${k}.editNamed`, { name: c.organisation })}
                        onClick={() => setEditing({ contact: c })}
                      >
                        {t('actions.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="outline"
                        color="red"
                        aria-label={t(`${k}.removeNamed`, { name: c.organisation })}
                        onClick={() => {
                          remove.reset();
                          setRemoving(c);
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
        <NetworkContactFormModal
          patientId={patientId}
          contact={editing.contact}
          onClose={() => setEditing(null)}
        />
      )}
      <ConfirmDialog
        opened={removing !== null}
        title={t(`${k}.confirmRemoveTitle`)}
        message={t(`${k}.confirmRemove`, { name: removing?.organisation ?? '' })}
        confirmLabel={t('actions.remove')}
        onConfirm={confirmRemove}
        onCancel={() => setRemoving(null)}
        loading={remove.isPending}
        error={remove.error}
      />
    </section>
  );
}
