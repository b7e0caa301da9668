import type { Booking } from '@lotsa/contracts';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { capitalise, whenWords } from '../../lib/when.ts';
import { BookingStatusBadge } from './status-badge.tsx';

/** Tidigare besök: done, cancelled and missed visits, with the reason of a cancellation. */
export function PastBookings({
  bookings,
  patientName,
}: {
  bookings: readonly Booking[];
  patientName: string;
}) {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.card';
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={t(`${k}.pastTable`, { name: patientName })} data-testid="past-bookings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`${k}.columns.time`)}</Table.Th>
            <Table.Th scope="col">{t(`${k}.columns.visit`)}</Table.Th>
            <Table.Th scope="col">{t(`${k}.columns.status`)}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bookings.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Th scope="row" fw={400}>
                {capitalise(whenWords(b.start, b.end, i18n.language))}
              </Table.Th>
              <Table.Td>
                {b.visitTypeName}
                {b.cancelReason && (
                  <Text size="sm" c="dimmed">
                    {t(`${k}.cancelReasonShown`, { reason: b.cancelReason })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <BookingStatusBadge status={b.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
