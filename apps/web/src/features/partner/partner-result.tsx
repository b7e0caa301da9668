import type { PartnerPatient } from '@lotsa/contracts';
import { Alert, Anchor, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

const tel = (phone: string) => `tel:${phone.replace(/[^0-9+]/g, '')}`;

/** One patient as a partner sees it: the shared network contacts, the fixed contacts, the unit. */
export const PartnerResult = forwardRef<HTMLHeadingElement, { data: PartnerPatient }>(function PartnerResult(
  { data },
  headingRef,
) {
  const { t } = useTranslation();
  const k = 'partner.result';
  return (
    <Stack component="section" aria-labelledby="partner-result-title" gap="md" data-testid="partner-result">
      <Title order={2} id="partner-result-title" ref={headingRef} tabIndex={-1}>
        {t(`${k}.patient`, data.patient)}
      </Title>
      <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden />}>
        {t('partner.consentNote')}
      </Alert>

      <Title order={3} id="partner-network-title">
        {t(`${k}.network`)}
      </Title>
      {data.sharedNetwork.length === 0 ? (
        <Text>{t(`${k}.noShared`)}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-labelledby="partner-network-title" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t(`${k}.kind`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.organisation`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.contactName`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.contactRole`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.phone`)}</Table.Th>
                <Table.Th scope="col">{t(`${k}.email`)}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.sharedNetwork.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{t(`careTeam.kinds.${c.kind}`)}</Table.Td>
                  <Table.Th scope="row" fw={400}>
                    {c.organisation}
                  </Table.Th>
                  <Table.Td>{c.name ?? t('common.notGiven')}</Table.Td>
                  <Table.Td>{c.role ?? t('common.notGiven')}</Table.Td>
                  <Table.Td>{c.phone ? <Anchor href={tel(c.phone)}>{c.phone}</Anchor> : '–'}</Table.Td>
                  <Table.Td>{c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : '–'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Title order={3}>{t(`${k}.fixedContacts`)}</Title>
      {data.fixedContacts.length === 0 ? (
        <Text>{t(`${k}.noFixedContacts`)}</Text>
      ) : (
        <List>
          {data.fixedContacts.map((c) => (
            <List.Item key={c.role}>
              {t(`careTeam.roles.${c.role}`)}: {c.name}
            </List.Item>
          ))}
        </List>
      )}

      <Title order={3}>{t(`${k}.unit`)}</Title>
      <Text>
        {data.unit.name}
        {data.unit.phone && (
          <>
            {', '}
            <Anchor href={tel(data.unit.phone)}>{t(`${k}.unitPhone`, { phone: data.unit.phone })}</Anchor>
          </>
        )}
      </Text>
    </Stack>
  );
});
