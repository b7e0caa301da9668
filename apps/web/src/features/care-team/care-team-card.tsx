import { CARE_TEAM_ROLES } from '@lotsa/contracts';
import { Anchor, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { IconAddressBook } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useCareTeam, useNetwork } from './use-care-team.ts';

/** Vårdkontakter: fixed doctor, fixed nurse, navigator (with stand-ins), needs group and the network. */
export function CareTeamCard({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const networkId = useId();
  const team = useCareTeam(patientId);
  const network = useNetwork(patientId);

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('patients.page.careContacts')}
        </Title>
        <Anchor
          component={Link}
          to={`/patienter/${patientId}/mina-kontakter`}
          className="no-print"
          style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
        >
          <IconAddressBook size={18} aria-hidden />
          {t('careTeam.myContactsLink')}
        </Anchor>
      </Group>
      {team.isPending ? (
        <LoadingState />
      ) : team.isError ? (
        <ErrorAlert error={team.error} />
      ) : (
        <Stack gap="sm">
          <dl style={{ margin: 0 }}>
            {CARE_TEAM_ROLES.map((role) => {
              const a = team.data.current.find((c) => c.role === role);
              return (
                <div key={role} style={{ marginBottom: 8 }}>
                  <Text component="dt" fw={600}>
                    {t(`careTeam.roles.${role}`)}
                  </Text>
                  <Text component="dd" ms={0}>
                    {a ? (
                      <>
                        {a.staffName}
                        {a.staffPhone && (
                          <>
                            {' · '}
                            <Anchor href={`tel:${a.staffPhone}`}>{a.staffPhone}</Anchor>
                          </>
                        )}
                        {a.standInName && (
                          <Text span c="dimmed">
                            {` · ${t('careTeam.standIn', { name: a.standInName })}`}
                          </Text>
                        )}
                      </>
                    ) : (
                      <Text span fs="italic">
                        {t('careTeam.noneAssigned')}
                      </Text>
                    )}
                  </Text>
                </div>
              );
            })}
            <div>
              <Text component="dt" fw={600}>
                {t('careTeam.needsGroup')}
              </Text>
              <Text component="dd" ms={0}>
                {team.data.needsGroup
                  ? t(`careTeam.needsGroups.${team.data.needsGroup}`)
                  : t('common.notGiven')}
              </Text>
            </div>
          </dl>
        </Stack>
      )}
      <Title order={3} size="h4" mt="md" mb="xs" id={networkId}>
        {t('careTeam.network')}
      </Title>
      {network.isPending ? (
        <LoadingState />
      ) : network.isError ? (
        <ErrorAlert error={network.error} />
      ) : network.data.length === 0 ? (
        <Text>{t('careTeam.noNetwork')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-label={t('careTeam.networkLabel')} data-testid="network-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('careTeam.columns.kind')}</Table.Th>
                <Table.Th scope="col">{t('careTeam.columns.organisation')}</Table.Th>
                <Table.Th scope="col">{t('careTeam.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('careTeam.columns.phone')}</Table.Th>
                <Table.Th scope="col">{t('careTeam.columns.consent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {network.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{t(`careTeam.kinds.${c.kind}`)}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    {c.organisation}
                  </Table.Th>
                  <Table.Td>{[c.name, c.role].filter(Boolean).join(', ') || '–'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {c.phone ? <Anchor href={`tel:${c.phone}`}>{c.phone}</Anchor> : '–'}
                  </Table.Td>
                  <Table.Td>{c.consentToShare ? t('common.yes') : t('common.no')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
