import type { Booking } from '@lotsa/contracts';
import { Badge, Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { todayInStockholm } from '../../lib/format.ts';
import { capitalise, localParts, startWords, whenWords } from '../../lib/when.ts';
import { LetterActions } from '../letters/index.ts';
import { icsHref } from './booking-done.tsx';
import { BookingStatusBadge } from './status-badge.tsx';
import { VisitSteps } from './visit-steps.tsx';

interface RowActions {
  /** Whether this visit's "Genomförd" is being sent. */
  completing: (b: Booking) => boolean;
  onCancel: (b: Booking) => void;
  onNoShow: (b: Booking) => void;
  onComplete: (b: Booking) => void;
}

/** Kommande besök: when, what, who and where, the status and the visit's buttons. */
export function UpcomingBookings({
  bookings,
  patientId,
  patientName,
  ...actions
}: { bookings: readonly Booking[]; patientId: string; patientName: string } & RowActions) {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.card';
  const lang = i18n.language;
  const named = useNamed();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={t(`${k}.upcomingTable`, { name: patientName })} data-testid="upcoming-bookings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t(`${k}.columns.time`)}</Table.Th>
            <Table.Th scope="col">{t(`${k}.columns.visit`)}</Table.Th>
            <Table.Th scope="col">{t(`${k}.columns.who`)}</Table.Th>
            <Table.Th scope="col">{t(`${k}.columns.status`)}</Table.Th>
            <Table.Th scope="col" className="no-print">
              {t('common.actionsColumn')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {bookings.map((b) => (
            <Table.Tr key={b.id}>
              <Table.Th scope="row" fw={600}>
                {capitalise(whenWords(b.start, b.end, lang))}
              </Table.Th>
              <Table.Td>
                {b.visitTypeName}
                {b.seriesId && (
                  <Badge variant="light" color="gray" ms={6} size="sm">
                    {t(`${k}.seriesBadge`)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <VisitSteps steps={b.steps} location={b.location} size="xs" />
                <LetterActions bookingId={b.id} label={named(b, t('letters.create'))} />
              </Table.Td>
              <Table.Td>
                <BookingStatusBadge status={b.status} />
              </Table.Td>
              <Table.Td className="no-print">
                <BookingButtons booking={b} patientId={patientId} {...actions} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** "Avboka – Hälsokontroll tisdag 1 december kl. 9.30": a visit's button names say which visit. */
function useNamed() {
  const { t, i18n } = useTranslation();
  return (b: Booking, action: string) =>
    t('scheduling.card.actionNamed', {
      action,
      visit: b.visitTypeName,
      when: startWords(b.start, i18n.language),
    });
}

/** Omboka, Avboka, and from the visit's day on Uteblev and Genomförd; the .ics file. */
function BookingButtons({
  booking: b,
  patientId,
  completing,
  onCancel,
  onNoShow,
  onComplete,
}: { booking: Booking; patientId: string } & RowActions) {
  const { t, i18n } = useTranslation();
  const named = useNamed();
  const k = 'scheduling.card';
  const begun = localParts(b.start).date <= todayInStockholm();
  return (
    <Group gap={4} wrap="wrap">
      <Button
        size="xs"
        variant="default"
        component={Link}
        to={`/patienter/${patientId}/boka?omboka=${b.id}`}
        aria-label={named(b, t(`${k}.reschedule`))}
      >
        {t(`${k}.reschedule`)}
      </Button>
      <Button
        size="xs"
        variant="default"
        aria-haspopup="dialog"
        aria-label={named(b, t(`${k}.cancel`))}
        onClick={() => onCancel(b)}
      >
        {t(`${k}.cancel`)}
      </Button>
      {begun && (
        <>
          <Button
            size="xs"
            variant="default"
            aria-haspopup="dialog"
            aria-label={named(b, t(`${k}.noShow`))}
            onClick={() => onNoShow(b)}
          >
            {t(`${k}.noShow`)}
          </Button>
          <Button
            size="xs"
            aria-label={named(b, t(`${k}.complete`))}
            loading={completing(b)}
            onClick={() => onComplete(b)}
          >
            {t(`${k}.complete`)}
          </Button>
        </>
      )}
      <Button
        size="xs"
        variant="subtle"
        component="a"
        href={icsHref(b.id)}
        download
        aria-label={t(`${k}.icsNamed`, { visit: b.visitTypeName, when: startWords(b.start, i18n.language) })}
      >
        {t(`${k}.ics`)}
      </Button>
    </Group>
  );
}
