import type { Booking } from '@lotsa/contracts';
import { Anchor, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { useAdaptations } from '../adaptations/index.ts';
import { usePatient } from '../patients/index.ts';
import { BookingDone } from './booking-done.tsx';
import { CurrentBooking } from './booking-summary.tsx';
import { HoldDialog } from './hold-dialog.tsx';
import { ProposalsSection } from './proposals-section.tsx';
import { RequirementChips } from './requirement-chips.tsx';
import { RescheduleDialog } from './reschedule-dialog.tsx';
import { SeriesPanel } from './series-panel.tsx';
import { useBookingChoice } from './use-booking-choice.ts';
import { useBookingSearch } from './use-booking-search.ts';
import { useBooking, useVisitTypes } from './use-scheduling.ts';
import { useVisitTypeChoice, VisitTypeChoice } from './visit-type-choice.tsx';

/**
 * Boka besök (`/patienter/:id/boka`; `?omboka=<bookingId>` reschedules). The patient's adaptations
 * set the requirements; the booker picks a visit type and one of the proposals. Booking holds the
 * time and asks for confirmation; rescheduling moves the booking in one step after a confirmation.
 */
export function BookingPage() {
  const { t, i18n } = useTranslation();
  const { id: patientId = '' } = useParams();
  const [params] = useSearchParams();
  const rescheduleId = params.get('omboka');
  const patient = usePatient(patientId);
  const adaptations = useAdaptations(patientId);
  const visitTypes = useVisitTypes();
  const original = useBooking(rescheduleId);

  const [note, setNote] = useState('');
  const [done, setDone] = useState<Booking | null>(null);
  const { types, visitTypeId, visitType, setChosenType } = useVisitTypeChoice(
    visitTypes.data,
    rescheduleId ? original.data?.visitTypeId : undefined,
  );
  const waitingForOriginal = rescheduleId !== null && original.isPending;

  const s = useBookingSearch(patientId, waitingForOriginal || done ? null : visitTypeId);
  const { search, relax } = s;
  const chooseType = (id: string) => {
    setChosenType(id);
    s.reset();
  };
  const c = useBookingChoice({
    patientId,
    visitTypeId,
    rescheduling: rescheduleId !== null,
    note,
    s,
    onDone: setDone,
  });

  if (patient.isPending || visitTypes.isPending) return <LoadingState />;
  if (patient.isError) return <ErrorAlert error={patient.error} />;
  if (visitTypes.isError) return <ErrorAlert error={visitTypes.error} />;
  const name = `${patient.data.givenName} ${patient.data.familyName}`;
  const _lang = i18n.language;
  const k = 'scheduling.book';
  const requirements = search.data?.requirements ?? adaptations.data?.requirements;

  return (
    <Stack gap="lg" maw={960}>
      <Anchor component={Link} to={`/patienter/${patientId}`} size="sm" className="no-print">
        {t(`${k}.backToPatient`, { name })}
      </Anchor>
      <PageTitle>{t(rescheduleId ? `${k}.rescheduleTitle` : `${k}.title`, { name })}</PageTitle>

      {done ? (
        <BookingDone
          booking={done}
          rescheduled={rescheduleId !== null}
          onAnother={() => {
            setDone(null);
            setNote('');
            s.reset();
          }}
        />
      ) : (
        <>
          {rescheduleId && <ErrorAlert error={original.error} />}
          {original.data && <CurrentBooking booking={original.data} />}

          <VisitTypeChoice
            types={types}
            value={visitTypeId}
            onChange={chooseType}
            locked={rescheduleId !== null}
          />

          {requirements && <RequirementChips requirements={requirements} />}

          {!rescheduleId && (
            <Textarea
              label={t(`${k}.note`)}
              description={t(`${k}.noteDescription`)}
              autosize
              minRows={1}
              maxLength={1000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              maw={640}
            />
          )}

          {visitType?.recurrence && !rescheduleId && (
            <SeriesPanel
              key={visitType.id}
              patientId={patientId}
              patientName={name}
              visitType={visitType}
              note={note}
            />
          )}

          <ProposalsSection
            s={s}
            requirements={requirements}
            location={visitType?.location ?? 'clinic'}
            onChoose={c.choose}
            choosing={c.choosing}
            chooseError={c.chooseError}
          />
        </>
      )}

      {c.hold && (
        <HoldDialog
          hold={c.hold}
          patientName={name}
          onBooked={c.finished}
          onReleased={c.releaseHold}
          onExpired={c.holdExpired}
        />
      )}
      {c.moveTo && original.data && (
        <RescheduleDialog
          booking={original.data}
          proposal={c.moveTo}
          waiveRoomFeatures={relax.includes('equipment')}
          onDone={c.finished}
          onConflict={(alternatives) => {
            c.closeMove();
            s.replaceWith(alternatives);
          }}
          onClose={c.closeMove}
        />
      )}
    </Stack>
  );
}
