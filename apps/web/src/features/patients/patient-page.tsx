import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { AdaptationsCard } from '../adaptations/adaptations-card.tsx';
import { CareTeamCard } from '../care-team/care-team-card.tsx';
import { PatientIntakeCard } from '../intake/patient-intake-card.tsx';
import { BookingsCard } from '../scheduling/bookings-card.tsx';
import { PatientDetailsCard } from './patient-details-card.tsx';
import { PatientHeader } from './patient-header.tsx';
import { RepresentativesCard } from './representatives-card.tsx';
import { usePatient } from './use-patients.ts';

export function PatientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const patient = usePatient(id);

  if (patient.isPending) return <LoadingState />;
  if (patient.isError) return <ErrorAlert error={patient.error} />;
  const p = patient.data;

  return (
    <Stack gap="lg">
      <PatientHeader patient={p} />
      {p.protectedIdentity && (
        <Alert
          color="red"
          variant="filled"
          title={t('patients.protectedBanner')}
          icon={<IconShieldLock aria-hidden />}
          data-testid="protected-identity-banner"
        >
          {t('patients.protectedBannerText')}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <PatientDetailsCard patient={p} />
        <AdaptationsCard patientId={p.id} />
      </SimpleGrid>
      <BookingsCard patientId={p.id} patientName={`${p.givenName} ${p.familyName}`} />
      <RepresentativesCard patient={p} />
      <CareTeamCard patientId={p.id} unitId={p.unitId} />
      <PatientIntakeCard patientId={p.id} />
    </Stack>
  );
}
