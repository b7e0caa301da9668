import type { ContactRequest } from '@lotsa/contracts';
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { notify } from '../../lib/notify.ts';
import { ContactRequestDialog } from './contact-request-dialog.tsx';
import { URGENCY_COLOR } from './request-status.ts';
import { useOpenContactRequests, useUpdateContactRequest, waitedWords } from './use-contact-requests.ts';

const ACTIONS = [
  { status: 'in_progress', key: 'start' },
  { status: 'waiting', key: 'wait' },
  { status: 'done', key: 'done' },
] as const;

/**
 * Ärenden: the active unit's open contact requests, in the server's order (most urgent, longest
 * waiting). The subject opens the request with its log, to note, hand over or move it on.
 */
export function ContactRequestsPage() {
  const { t, i18n } = useTranslation();
  const query = useOpenContactRequests();
  const update = useUpdateContactRequest();
  const [openId, setOpenId] = useState<string | null>(null);
  const k = 'contactRequests';
  const named = (r: ContactRequest, action: string) => `${action} – ${r.patientName}: ${r.subject}`;

  const move = (r: ContactRequest, status: (typeof ACTIONS)[number]['status']) =>
    update.mutate(
      { id: r.id, body: { status } },
      { onSuccess: () => notify.success(t(`${k}.moved`, { status: t(`${k}.statuses.${status}`) })) },
    );

  return (
    <Stack>
      <PageTitle>{t(`${k}.title`)}</PageTitle>
      <ErrorAlert error={update.error} />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.length === 0 ? (
        <Text>{t(`${k}.empty`)}</Text>
      ) : (
        <Table.ScrollContainer minWidth={1000}>
          <Table aria-label={t(`${k}.tableLabel`)} data-testid="contact-requests-table" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`${k}.columns.urgency`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.patient`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.caller`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.subject`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.assigned`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.status`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.columns.waited`)}</Table.Th>
                <Table.Th scope="col">{t('common.actionsColumn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {query.data.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>
                    <Badge
                      autoContrast
                      color={URGENCY_COLOR[r.urgency]}
                      variant={r.urgency === 'normal' ? 'outline' : 'filled'}
                      title={t(`${k}.urgencies.${r.urgency}`)}
                    >
                      {t(`${k}.urgenciesShort.${r.urgency}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Th scope="row" fw={400}>
                    <Anchor component={Link} to={`/patienter/${r.patientId}`}>
                      {r.patientName}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>
                    {r.callerName}
                    <Text size="sm" c="dimmed">
                      {t(`${k}.callerKinds.${r.callerKind}`)} ·{' '}
                      <Anchor
                        href={`tel:${r.callbackPhone}`}
                        inherit
                        underline="always"
                        style={{ whiteSpace: 'nowrap' }}
                      >
                        {r.callbackPhone}
                      </Anchor>
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      ta="left"
                      inherit
                      aria-haspopup="dialog"
                      onClick={() => setOpenId(r.id)}
                    >
                      {r.subject}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{r.assignedStaffName ?? t(`${k}.routed.${r.routedTo}`)}</Table.Td>
                  <Table.Td>{t(`${k}.statuses.${r.status}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {waitedWords(r.waitedMinutes, i18n.language)}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      {ACTIONS.filter((a) => a.status !== r.status).map((a) => (
                        <Button
                          key={a.status}
                          size="xs"
                          variant={a.status === 'done' ? 'filled' : 'default'}
                          aria-label={named(r, t(`${k}.actions.${a.key}`))}
                          loading={
                            update.isPending &&
                            update.variables?.id === r.id &&
                            update.variables.body.status === a.status
                          }
                          onClick={() => move(r, a.status)}
                        >
                          {t(`${k}.actions.${a.key}`)}
                        </Button>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {openId && <ContactRequestDialog requestId={openId} onClose={() => setOpenId(null)} />}
    </Stack>
  );
}
