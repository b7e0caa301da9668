import { diagnosisName, municipalityName, type Patient } from '@lotsa/contracts';
import { Card, List, Table, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { formatDate } from '../../lib/format.ts';

/** Personuppgifter: contact details, address (or that it is protected), diagnoses and the note. */
export function PatientDetailsCard({ patient: p }: { patient: Patient }) {
  const { t } = useTranslation();
  const headingId = useId();
  const dash = t('common.notGiven');
  const address = p.address
    ? [p.address.streetAddress, [p.address.postalCode, p.address.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ')
    : null;
  const rows: Array<[string, string]> = [
    [t('patients.columns.birthDate'), formatDate(p.birthDate) || dash],
    [t('patients.columns.municipality'), municipalityName(p.municipalityCode)],
    [t('patients.page.address'), p.address === null ? t('patients.page.addressProtected') : address || dash],
    [t('patients.form.phone'), p.phone ?? dash],
    [t('patients.form.email'), p.email ?? dash],
  ];

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t('patients.page.details')}
      </Title>
      <Table variant="vertical" withTableBorder={false} layout="fixed" highlightOnHover={false}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" w={150}>
                {label}
              </Table.Th>
              <Table.Td fw={label === t('patients.page.address') && p.address === null ? 700 : undefined}>
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Title order={3} size="h4" mt="md" mb="xs">
        {t('patients.page.diagnoses')}
      </Title>
      {p.diagnoses.length === 0 ? (
        <Text>{t('patients.page.noDiagnoses')}</Text>
      ) : (
        <List>
          {p.diagnoses.map((code) => (
            <List.Item key={code}>
              {diagnosisName(code, currentLocale())} ({code})
            </List.Item>
          ))}
        </List>
      )}
      {p.note && (
        <>
          <Title order={3} size="h4" mt="md" mb="xs">
            {t('patients.page.note')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{p.note}</Text>
        </>
      )}
    </Card>
  );
}
