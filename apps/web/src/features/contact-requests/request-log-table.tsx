import type { ContactRequest } from '@lotsa/contracts';
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { minutes } from './request-status.ts';

/** A request's whole log: when, by whom, the status and who had it then, and the note. */
export function RequestLogTable({ events }: { events: ContactRequest['events'] }) {
  const { t } = useTranslation();
  const k = 'contactRequests';
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={t(`${k}.detail.logLabel`)} data-testid="contact-request-log" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`${k}.detail.logColumns.at`)}</Table.Th>
            <Table.Th scope="col">{t(`${k}.detail.logColumns.by`)}</Table.Th>
            <Table.Th scope="col">{t(`${k}.detail.logColumns.status`)}</Table.Th>
            <Table.Th scope="col">{t(`${k}.detail.logColumns.assigned`)}</Table.Th>
            <Table.Th scope="col">{t(`${k}.detail.logColumns.note`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the log's events carry no id and never reorder
            <Table.Tr key={i}>
              <Table.Th scope="row" fw={400} style={{ whiteSpace: 'nowrap' }}>
                {minutes(e.at)}
              </Table.Th>
              <Table.Td>{e.byName}</Table.Td>
              <Table.Td>{t(`${k}.statuses.${e.status}`)}</Table.Td>
              <Table.Td>{e.assignedStaffName ?? t(`${k}.routed.team`)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{e.note ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
