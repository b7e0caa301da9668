import { Alert, SimpleGrid, Stack } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { useSlot } from '../../lib/slots.tsx';
import { AccessReasonDialog } from './access-reason-dialog.tsx';
import { PatientDetailsCard } from './patient-details-card.tsx';
import { PatientHeader } from './patient-header.tsx';
import { type PatientSection, patientPageSections } from './patient-page-slots.ts';
import { RepresentativesCard } from './representatives-card.tsx';
import { accessStepOf } from './use-patient-access.ts';
import { usePatient } from './use-patients.ts';

/** The patient page's own cards; the other features' cards come through the slot (app/extensions.ts). */
const OWN_SECTIONS: readonly PatientSection[] = [
  { id: 'details', order: 10, width: 'half', Component: PatientDetailsCard },
  { id: 'representatives', order: 40, Component: RepresentativesCard },
];

export function PatientPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const patient = usePatient(id);
  const sections = useSlot(patientPageSections, OWN_SECTIONS);

  if (patient.isPending) return <LoadingState />;
  if (patient.isError) {
    // No care relationship, or a protected identity to confirm: ask, and show nothing else.
    const step = accessStepOf(patient.error);
    if (step) return <AccessReasonDialog patientId={id} step={step} />;
    return <ErrorAlert error={patient.error} />;
  }
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
      {rows(sections).map((row) =>
        row.half ? (
          <SimpleGrid key={row.parts[0]?.id} cols={{ base: 1, lg: 2 }} spacing="lg">
            {row.parts.map(({ id, Component }) => (
              <Component key={id} patient={p} />
            ))}
          </SimpleGrid>
        ) : (
          row.parts.map(({ id, Component }) => <Component key={id} patient={p} />)
        ),
      )}
    </Stack>
  );
}

/** Half-width cards that follow each other share one grid (two columns on a wide screen). */
function rows(sections: readonly PatientSection[]): { half: boolean; parts: PatientSection[] }[] {
  const out: { half: boolean; parts: PatientSection[] }[] = [];
  for (const s of sections) {
    const half = s.width === 'half';
    const last = out.at(-1);
    if (last && last.half === half) last.parts.push(s);
    else out.push({ half, parts: [s] });
  }
  return out;
}
