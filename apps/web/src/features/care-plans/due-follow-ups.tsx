import { endpoints } from '@lotsa/contracts';
import { Anchor, Badge, Card, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { call } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';

const k = 'carePlans';

/** The team's reminder: agreed SIPs whose follow-up is overdue or due within two weeks. */
export function DueCarePlanFollowUps() {
  const { t } = useTranslation();
  const headingId = useId();
  const q = useQuery({
    queryKey: ['care-plans', 'follow-ups'],
    queryFn: ({ signal }) => call(endpoints.carePlans.dueFollowUps, { signal }),
  });
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="sip-follow-ups">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t(`${k}.dueTitle`)}
      </Title>
      {q.isPending ? (
        <LoadingState />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : q.data.length === 0 ? (
        <Text>{t(`${k}.dueNone`)}</Text>
      ) : (
        <Table aria-labelledby={headingId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t(`${k}.participants.name`)}</Table.Th>
              <Table.Th scope="col">{t(`${k}.content.followUpDate`)}</Table.Th>
              <Table.Th scope="col">{t(`${k}.content.followUpBy`)}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {q.data.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/sip/${p.id}`}>
                    {p.patientName}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {formatDate(p.followUpDate)}{' '}
                  {p.followUpOverdue && <Badge color="red.8">{t(`${k}.overdue`)}</Badge>}
                </Table.Td>
                <Table.Td>{p.followUpBy ?? '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
