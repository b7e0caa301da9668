import type { Booking, Proposal } from '@lotsa/contracts';
import { Box, Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { capitalise, whenWords } from '../../lib/when.ts';
import { VisitSteps } from './visit-steps.tsx';

/** Patient, visit, time, who and where: what the booker confirms. */
export function BookingSummary({
  patientName,
  booking,
  visitTypeName,
  proposal,
  extra,
}: {
  patientName: string;
  booking?: Booking;
  visitTypeName?: string;
  proposal?: Proposal;
  extra?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.confirm';
  const start = booking?.start ?? proposal?.start ?? '';
  const end = booking?.end ?? proposal?.end ?? '';
  const steps = booking?.steps ?? proposal?.steps ?? [];
  const row = (label: string, value: ReactNode) => (
    <Box mb={8}>
      <Text component="dt" fw={600} size="sm">
        {label}
      </Text>
      <Box component="dd" ms={0}>
        {value}
      </Box>
    </Box>
  );
  return (
    <dl style={{ margin: 0 }} data-testid="booking-summary">
      {row(t(`${k}.patient`), patientName)}
      {row(t(`${k}.visit`), booking?.visitTypeName ?? visitTypeName ?? '')}
      {row(t(`${k}.time`), <Text fw={700}>{capitalise(whenWords(start, end, i18n.language))}</Text>)}
      {row(t(`${k}.steps`), <VisitSteps steps={steps} location={booking?.location} />)}
      {booking?.note && row(t(`${k}.note`), booking.note)}
      {extra}
    </dl>
  );
}

/** Rescheduling: the visit as it is booked now. */
export function CurrentBooking({ booking }: { booking: Booking }) {
  const { t, i18n } = useTranslation();
  return (
    <Card withBorder bg="gray.0" data-testid="current-booking">
      <Text fw={600}>{t('scheduling.book.currentTime')}</Text>
      <Text>
        {booking.visitTypeName}, {whenWords(booking.start, booking.end, i18n.language)}
      </Text>
    </Card>
  );
}
