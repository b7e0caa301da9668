import type { Booking } from '@lotsa/contracts';
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconClock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { BookingSummary } from './booking-summary.tsx';
import { isHoldExpired, useConfirmBooking, useReleaseHold } from './use-scheduling.ts';

/** "4:59": minutes and seconds left. */
function mmss(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Seconds left of a hold, ticking; null without an expiry. */
function useRemaining(expiresAt: string | null): number | null {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!expiresAt) return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [expiresAt]);
  return expiresAt ? Date.parse(expiresAt) - now : null;
}

/**
 * The held time, its summary and a visible countdown. Boka confirms; Avbryt (or closing) gives the
 * time back. A 410 means the hold ran out: the page is told, to say so and search again.
 */
export function HoldDialog({
  hold,
  patientName,
  onBooked,
  onReleased,
  onExpired,
}: {
  hold: Booking;
  patientName: string;
  onBooked: (b: Booking) => void;
  onReleased: () => void;
  onExpired: () => void;
}) {
  const { t } = useTranslation();
  const k = 'scheduling.confirm';
  const confirm = useConfirmBooking();
  const release = useReleaseHold();
  const remaining = useRemaining(hold.holdExpiresAt);
  const gone = remaining !== null && remaining <= 0;

  const cancel = () => {
    if (confirm.isPending) return;
    // Giving the time back is a courtesy: it expires by itself anyway.
    release.mutate(hold.id, { onSettled: onReleased });
  };
  const book = () =>
    confirm.mutate(hold.id, {
      onSuccess: onBooked,
      onError: (err) => {
        if (isHoldExpired(err)) onExpired();
      },
    });

  return (
    <AppModal title={t(`${k}.title`)} onClose={cancel} size="lg">
      <Stack>
        <BookingSummary patientName={patientName} booking={hold} />
        {gone ? (
          <Alert role="alert" color="orange" variant="light" icon={<IconClock aria-hidden />}>
            {t(`${k}.holdGone`)}
          </Alert>
        ) : (
          remaining !== null && (
            <Group gap="xs" data-testid="hold-countdown">
              <IconClock size={20} aria-hidden />
              <Text role="timer" aria-atomic="true">
                {t(`${k}.held`, { time: mmss(remaining) })}
              </Text>
            </Group>
          )
        )}
        <ErrorAlert error={confirm.error && !isHoldExpired(confirm.error) ? confirm.error : null} />
        <Group justify="flex-end">
          <Button variant="default" onClick={cancel} loading={release.isPending}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={book} loading={confirm.isPending} disabled={gone} data-autofocus>
            {t(`${k}.book`)}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
