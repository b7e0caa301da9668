import type { Booking, Proposal } from '@lotsa/contracts';
import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppModal } from '../../components/app-modal.tsx';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { capitalise, whenWords } from '../../lib/when.ts';
import { BookingSummary } from './booking-summary.tsx';
import { conflictAlternatives, proposalRequest, useRescheduleBooking } from './use-scheduling.ts';

/** From the current time to the chosen proposal, in one step (no hold); a reason may be given. */
export function RescheduleDialog({
  booking,
  proposal,
  waiveRoomFeatures = false,
  onDone,
  onConflict,
  onClose,
}: {
  booking: Booking;
  proposal: Proposal;
  /** The proposal comes from a search without the room requirements. */
  waiveRoomFeatures?: boolean;
  onDone: (b: Booking) => void;
  onConflict: (alternatives: Proposal[]) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const k = 'scheduling.reschedule';
  const [reason, setReason] = useState('');
  const reschedule = useRescheduleBooking();
  const submit = () =>
    reschedule.mutate(
      { id: booking.id, body: { proposal: proposalRequest(proposal), reason, waiveRoomFeatures } },
      {
        onSuccess: onDone,
        onError: (err) => {
          const alternatives = conflictAlternatives(err);
          if (alternatives) onConflict(alternatives);
        },
      },
    );
  return (
    <AppModal title={t(`${k}.title`)} onClose={onClose}>
      <Stack>
        <BookingSummary
          patientName={booking.patientName}
          visitTypeName={booking.visitTypeName}
          proposal={proposal}
          extra={
            <div>
              <Text component="dt" fw={600} size="sm">
                {t(`${k}.from`)}
              </Text>
              <Text component="dd" ms={0} td="line-through">
                {capitalise(whenWords(booking.start, booking.end, i18n.language))}
              </Text>
            </div>
          }
        />
        <Textarea
          label={t(`${k}.reason`)}
          autosize
          minRows={2}
          maxLength={500}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <ErrorAlert error={conflictAlternatives(reschedule.error) ? null : reschedule.error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('actions.cancel')}
          </Button>
          <Button onClick={submit} loading={reschedule.isPending}>
            {t(`${k}.submit`)}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
