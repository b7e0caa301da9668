import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { ApiError } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { IntakeTimeline } from './intake-timeline.tsx';
import { usePatientIntake } from './use-intake.ts';
import './intake.css';

/** Intag on the patient page: each registration of the patient with its timeline, who did what and when. */
export function PatientIntakeCard({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = usePatientIntake(patientId);
  const k = 'intake.patientSection';

  // A role that may not see intake is not an error on the patient's page: the section stays out.
  if (query.isError && query.error instanceof ApiError && query.error.status === 403) return null;

  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="patient-intake">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t(`${k}.title`)}
      </Title>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.length === 0 ? (
        <Text>{t(`${k}.empty`)}</Text>
      ) : (
        <Stack gap="lg">
          {query.data.map((r) => (
            <div key={r.id}>
              <Text fw={600} mb="xs">
                {t(`${k}.registration`, {
                  date: formatDate(r.receivedAt),
                  stage: t(`intake.stages.${r.stage}`),
                })}
                {' · '}
                <Anchor component={Link} to={`/intag/${r.id}`}>
                  {t(`${k}.open`)}
                </Anchor>
              </Text>
              <IntakeTimeline
                events={r.events}
                label={`${t('intake.timeline.label')} ${formatDate(r.receivedAt)}`}
              />
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
