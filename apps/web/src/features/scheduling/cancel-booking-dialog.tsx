import type { Booking } from '@lotsa/contracts';
import { Checkbox, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormModal } from '../../components/form-modal.tsx';
import { whenWords } from '../../lib/when.ts';

/** Avboka: the reason is required (the server says so too). */
export function CancelBookingDialog({
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
