import { municipalityName, type PatientListItem } from '@lotsa/contracts';
import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../lib/format.ts';

export function PatientResultsTable({ patients }: { patients: PatientListItem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={t('patients.search.resultsLabel')} data-testid="patient-results">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('patients.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('patients.columns.identityNumber')}</Table.Th>
            <Table.Th scope="col">{t('patients.columns.birthDate')}</Table.Th>
            <Table.Th scope="col">{t('patients.columns.municipality')}</Table.Th>
            <Table.Th scope="col">{t('patients.columns.notes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patients.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/patienter/${p.id}`}>
                  {p.givenName} {p.familyName}
                </Anchor>
              </Table.Th>
              <Table.Td>
                <Text span ff="monospace" size="sm">
                  {p.identityNumber}
                </Text>
              </Table.Td>
              <Table.Td>{formatDate(p.birthDate)}</Table.Td>
              <Table.Td>{municipalityName(p.municipalityCode)}</Table.Td>
              <Table.Td>
                <Group gap={4}>
                  {p.careRelation === false && (
                    <Badge color="gray" variant="light">
                      {t('careAccess.relation.none')}
                    </Badge>
                  )}
                  {p.protectedIdentity && (
                    <Badge color="red" variant="filled">
                      {t('patients.protectedBadge')}
                    </Badge>
                  )}
                  {p.identityKind !== 'personnummer' && (
                    <Badge color="gray" variant="outline">
                      {t(`patients.identityKinds.${p.identityKind}`)}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
