import type { Booking } from '@lotsa/contracts';
import { Badge, Button, Card, Checkbox, Group, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { todayInStockholm } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { capitalise, localParts, startWords, whenWords } from '../../lib/when.ts';
import { LetterActions } from '../letters/index.ts';
import { icsHref } from './booking-done.tsx';
import { BookingStatusBadge } from './status-badge.tsx';
import { useCancelSeries, useChangeBooking, usePatientBookings } from './use-scheduling.ts';
import { VisitSteps } from './visit-steps.tsx';

const isUpcoming = (b: Booking, now: number) =>
  (b.status === 'booked' || b.status === 'held') && Date.parse(b.end) > now;

/**
 * Besök on the patient page: upcoming visits with Omboka, Avboka, Uteblev, Genomförd and the .ics
 * file; earlier visits behind a button. Uteblev and Genomförd appear from the visit's day on.
 */
export function BookingsCard({ patientId, patientName }: { patientId: string; patientName: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const query = usePatientBookings(patientId);
  const change = useChangeBooking();
  const cancelSeries = useCancelSeries();
  const [showPast, setShowPast] = useState(false);
  const [cancelling, setCancelling] = useState<Booking | null>(null);
  const [noShow, setNoShow] = useState<Booking | null>(null);
  const k = 'scheduling.card';
  const lang = i18n.language;
  const now = Date.now();
  const today = todayInStockholm();
  const upcoming = (query.data ?? [])
    .filter((b) => isUpcoming(b, now))
    .sort((a, b) => a.start.localeCompare(b.start));
  const past = (query.data ?? []).filter((b) => !isUpcoming(b, now));
  const named = (b: Booking, action: string) =>
    t(`${k}.actionNamed`, { action, visit: b.visitTypeName, when: startWords(b.start, lang) });

  const complete = (b: Booking) =>
    change.mutate({ kind: 'complete', id: b.id }, { onSuccess: () => notify.success(t(`${k}.completed`)) });

  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="bookings-card">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t(`${k}.title`)}
        </Title>
        <Button
          component={Link}
          to={`/patienter/${patientId}/boka`}
          leftSection={<IconCalendarPlus size={18} aria-hidden />}
          className="no-print"
        >
          {t('scheduling.book.button')}
        </Button>
      </Group>
      <ErrorAlert error={change.isError && !cancelling && !noShow ? change.error : null} />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <Stack gap="sm">
          <Title order={3} size="h4">
            {t(`${k}.upcoming`)}
          </Title>
          {upcoming.length === 0 ? (
            <Text>{t(`${k}.noUpcoming`)}</Text>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table
                aria-label={t(`${k}.upcomingTable`, { name: patientName })}
                data-testid="upcoming-bookings"
              >
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
                  {upcoming.map((b) => {
                    const begun = localParts(b.start).date <= today;
                    return (
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
                              onClick={() => {
                                change.reset();
                                setCancelling(b);
                              }}
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
                                  onClick={() => {
                                    change.reset();
                                    setNoShow(b);
                                  }}
                                >
                                  {t(`${k}.noShow`)}
                                </Button>
                                <Button
                                  size="xs"
                                  aria-label={named(b, t(`${k}.complete`))}
                                  loading={
                                    change.isPending &&
                                    change.variables?.id === b.id &&
                                    change.variables.kind === 'complete'
                                  }
                                  onClick={() => complete(b)}
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
                              aria-label={t(`${k}.icsNamed`, {
                                visit: b.visitTypeName,
                                when: startWords(b.start, lang),
                              })}
                            >
                              {t(`${k}.ics`)}
                            </Button>
                          </Group>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          {past.length > 0 && (
            <div>
              <Button
                variant="subtle"
                px={0}
                aria-expanded={showPast}
                onClick={() => setShowPast((v) => !v)}
                className="no-print"
              >
                {showPast ? t(`${k}.hidePast`) : t(`${k}.showPast`, { count: past.length })}
              </Button>
              {showPast && <PastBookings bookings={past} patientName={patientName} />}
            </div>
          )}
        </Stack>
      )}
      {cancelling && (
        <CancelDialog
          booking={cancelling}
          seriesAhead={
            cancelling.seriesId ? upcoming.filter((u) => u.seriesId === cancelling.seriesId).length : 0
          }
          onClose={() => setCancelling(null)}
          pending={change.isPending || cancelSeries.isPending}
          error={change.error ?? cancelSeries.error}
          onSubmit={(reason, wholeSeries) => {
            if (wholeSeries && cancelling.seriesId) {
              cancelSeries.mutate(
                { seriesId: cancelling.seriesId, reason },
                {
                  onSuccess: (r) => {
                    setCancelling(null);
                    notify.success(t(`${k}.seriesCancelled`, { count: r.cancelled.length }));
                  },
                },
              );
              return;
            }
            change.mutate(
              { kind: 'cancel', id: cancelling.id, reason },
              {
                onSuccess: () => {
                  setCancelling(null);
                  notify.success(t(`${k}.cancelled`));
                },
              },
            );
          }}
        />
      )}
      <ConfirmDialog
        opened={noShow !== null}
        title={t(`${k}.noShowTitle`)}
        message={
          noShow
            ? t(`${k}.noShowMessage`, {
                name: patientName,
                visit: noShow.visitTypeName,
                when: whenWords(noShow.start, noShow.end, lang),
              })
            : ''
        }
        confirmLabel={t(`${k}.noShowSubmit`)}
        loading={change.isPending}
        error={noShow ? change.error : null}
        onCancel={() => setNoShow(null)}
        onConfirm={() =>
          noShow &&
          change.mutate(
            { kind: 'no_show', id: noShow.id },
            {
              onSuccess: () => {
                setNoShow(null);
                notify.success(t(`${k}.noShowDone`));
              },
            },
          )
        }
      />
    </Card>
  );
}

function PastBookings({ bookings, patientName }: { bookings: readonly Booking[]; patientName: string }) {
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

/** Avboka: the reason is required (the server says so too). */
function CancelDialog({
  booking,
  seriesAhead,
  onClose,
  onSubmit,
  pending,
  error,
}: {
  booking: Booking;
  /** How many upcoming visits of this booking's series there are (0: not part of a series). */
  seriesAhead: number;
  onClose: () => void;
  onSubmit: (reason: string, wholeSeries: boolean) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.card';
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [wholeSeries, setWholeSeries] = useState(false);
  return (
    <FormModal
      title={t(`${k}.cancelTitle`)}
      onClose={onClose}
      pending={pending}
      error={error}
      submitLabel={t(`${k}.cancelSubmit`)}
      onSubmit={() => {
        if (!reason.trim()) {
          setMissing(true);
          return;
        }
        onSubmit(reason.trim(), wholeSeries);
      }}
    >
      <Text fw={600}>
        {booking.visitTypeName}, {whenWords(booking.start, booking.end, i18n.language)}
      </Text>
      <Textarea
        label={t(`${k}.cancelReason`)}
        description={t(`${k}.cancelReasonDescription`)}
        required
        data-autofocus
        autosize
        minRows={2}
        maxLength={500}
        value={reason}
        error={missing ? t(`${k}.cancelReasonMissing`) : undefined}
        onChange={(e) => {
          setReason(e.currentTarget.value);
          setMissing(false);
        }}
      />
      {seriesAhead > 1 && (
        <Checkbox
          label={t(`${k}.cancelWholeSeries`, { count: seriesAhead })}
          checked={wholeSeries}
          onChange={(e) => setWholeSeries(e.currentTarget.checked)}
        />
      )}
    </FormModal>
  );
}
