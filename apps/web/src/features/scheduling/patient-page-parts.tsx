import { Button } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SlotPart } from '../../lib/slots.tsx';
import type { PatientPartProps, PatientSection } from '../patients/index.ts';
import { BookingsCard } from './bookings-card.tsx';

/** Besök on the patient page: coming and past visits. */
export const bookingsSection: PatientSection = {
  id: 'bookings',
  order: 30,
  Component: ({ patient }) => (
    <BookingsCard patientId={patient.id} patientName={`${patient.givenName} ${patient.familyName}`} />
  ),
};

/** "Boka besök", the first button in the patient's header. */
export const bookVisitAction: SlotPart<PatientPartProps> = {
  id: 'book-visit',
  order: 10,
  Component: BookVisitButton,
};

function BookVisitButton({ patient }: PatientPartProps) {
  const { t } = useTranslation();
  return (
    <Button
      component={Link}
      to={`/patienter/${patient.id}/boka`}
      leftSection={<IconCalendarPlus size={18} aria-hidden />}
    >
      {t('scheduling.book.button')}
    </Button>
  );
}
