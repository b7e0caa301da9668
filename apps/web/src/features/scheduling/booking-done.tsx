import { BOOKING_ICS_PATH, type Booking } from '@lotsa/contracts';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconDownload } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fillPath } from '../../lib/api.ts';
import { capitalise, dayWords, localParts, whenWords } from '../../lib/when.ts';
import { VisitSteps } from './visit-steps.tsx';

export function icsHref(bookingId: string): string {
  return fillPath(BOOKING_ICS_PATH, { id: bookingId });
}

/** After booking: what was booked, and where to go next. The heading takes focus, so it is read out. */
export function BookingDone({
  booking,
  rescheduled,
  onAnother,
}: {
  booking: Booking;
  rescheduled: boolean;
  onAnother: () => void;
}) {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.done';
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const date = localParts(booking.start).date;
  return (
    <Alert color="green" variant="light" icon={<IconCalendarCheck aria-hidden />} data-testid="booking-done">
      <Stack gap="sm">
        <Title order={2} size="h3" ref={heading} tabIndex={-1}>
          {t(rescheduled ? `${k}.rescheduled` : `${k}.booked`)}
        </Title>
        <Text fw={700} size="lg">
          {booking.visitTypeName}, {whenWords(booking.start, booking.end, i18n.language)}
        </Text>
        <VisitSteps steps={booking.steps} location={booking.location} />
        <Group gap="lg">
          <Anchor component={Link} to={`/patienter/${booking.patientId}`}>
            {t(`${k}.toPatient`)}
          </Anchor>
          <Anchor component={Link} to={`/dagslista?datum=${date}`}>
            {t(`${k}.toDayList`, { day: dayWords(date, i18n.language) })}
          </Anchor>
          <Anchor
            href={icsHref(booking.id)}
            download
            style={{ display: 'inline-flex', gap: 4, alignItems: 'center' }}
          >
            <IconDownload size={16} aria-hidden />
            {t(`${k}.ics`)}
          </Anchor>
        </Group>
        <Group>
          <Button variant="default" onClick={onAnother}>
            {capitalise(t(`${k}.another`))}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
