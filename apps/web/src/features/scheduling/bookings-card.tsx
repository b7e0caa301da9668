import type { Booking } from '@lotsa/contracts';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { notify } from '../../lib/notify.ts';
import { whenWords } from '../../lib/when.ts';
import { CancelBookingDialog } from './cancel-booking-dialog.tsx';
import { PastBookings } from './past-bookings.tsx';
import { UpcomingBookings } from './upcoming-bookings.tsx';
import { useCancelSeries, useChangeBooking, usePatientBookings } from './use-scheduling.ts';

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
  const upcoming = (query.data ?? [])
    .filter((b) => isUpcoming(b, now))
    .sort((a, b) => a.start.localeCompare(b.start));
  const past = (query.data ?? []).filter((b) => !isUpcoming(b, now));

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
            <UpcomingBookings
              bookings={upcoming}
              patientId={patientId}
              patientName={patientName}
              completing={(b) =>
                change.isPending && change.variables?.id === b.id && change.variables.kind === 'complete'
              }
              onCancel={(b) => {
                change.reset();
                setCancelling(b);
              }}
              onNoShow={(b) => {
                change.reset();
                setNoShow(b);
              }}
              onComplete={complete}
            />
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
        <CancelBookingDialog
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
