import type { AuditEntry } from '@lotsa/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format.ts';
import { actionLabel, entityLabel } from './audit-labels.ts';

/** Log entries: time (Stockholm), user, action and data in words, patient count, reason. */
export function AuditTable({
  entries,
  label,
  showPatientCount = true,
}: {
  entries: AuditEntry[];
  label: string;
  showPatientCount?: boolean;
}) {
  const { t } = useTranslation();
  if (entries.length === 0) return <Text>{t('audit.table.none')}</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={label} data-testid="audit-table" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('audit.table.time')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.user')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.action')}</Table.Th>
            <Table.Th scope="col">{t('audit.table.entity')}</Table.Th>
            {showPatientCount && <Table.Th scope="col">{t('audit.table.patients')}</Table.Th>}
            <Table.Th scope="col">{t('audit.table.reason')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.seq} data-seq={e.seq}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <time dateTime={e.at}>{formatDateTime(e.at)}</time>
              </Table.Td>
              <Table.Td>{e.userName}</Table.Td>
              <Table.Td>{actionLabel(t, e.action)}</Table.Td>
              <Table.Td>{entityLabel(t, e.entity)}</Table.Td>
              {showPatientCount && <Table.Td ta="right">{e.patientIds.length}</Table.Td>}
              <Table.Td>{e.reason}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
