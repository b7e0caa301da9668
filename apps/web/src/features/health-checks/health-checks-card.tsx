import { endpoints, type HealthCheckSummary } from '@lotsa/contracts';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClipboardHeart } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { call } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { whenWords } from '../../lib/when.ts';
import { useCreateHealthCheck, usePatientHealthChecks } from './use-health-checks.ts';

// Dark enough for small white text (WCAG AA); the draft's yellow gets dark text (autoContrast).
const STATUS_COLOR = { draft: 'yellow.4', signed: '#1e6b30', amended: '#495057' } as const;

/** The patient's booked health checks that have not happened yet: a check can be prepared for one. */
function useUpcomingHealthCheckVisits(patientId: string) {
  return useQuery({
    queryKey: ['health-checks', 'visits', patientId],
    queryFn: ({ signal }) =>
      call(endpoints.scheduling.listPatientBookings, { params: { id: patientId }, signal }),
    select: (bookings) =>
      bookings
        .filter(
          (b) =>
            b.visitTypeCode === 'health_check' && b.status === 'booked' && Date.parse(b.end) > Date.now(),
        )
        .sort((a, b) => a.start.localeCompare(b.start)),
  });
}

/** Hälsokontroller on the patient page: every check and version, and "Starta hälsokontroll". */
export function HealthChecksCard({ patientId }: { patientId: string }) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const query = usePatientHealthChecks(patientId);
  const visits = useUpcomingHealthCheckVisits(patientId);
  const create = useCreateHealthCheck(patientId);
  const k = 'healthChecks';
  const draft = query.data?.find((c) => c.status === 'draft');
  const start = (bookingId: string | null) =>
    create.mutate(bookingId, { onSuccess: (c) => navigate(`/halsokontroller/${c.id}`) });
  const linked = new Set((query.data ?? []).map((c) => c.bookingId));
  const nextVisit = visits.data?.find((b) => !linked.has(b.id));

  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="health-checks-card">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t(`${k}.title`)}
        </Title>
        {query.data && (
          <Group className="no-print">
            {draft ? (
              <Button
                component={Link}
                to={`/halsokontroller/${draft.id}`}
                leftSection={<IconClipboardHeart size={18} aria-hidden />}
              >
                {t(`${k}.openDraft`)}
              </Button>
            ) : (
              <>
                {nextVisit && (
                  <Button variant="light" loading={create.isPending} onClick={() => start(nextVisit.id)}>
                    {t(`${k}.startForVisit`, {
                      when: whenWords(nextVisit.start, nextVisit.end, i18n.language),
                    })}
                  </Button>
                )}
                <Button
                  loading={create.isPending}
                  leftSection={<IconClipboardHeart size={18} aria-hidden />}
                  onClick={() => start(null)}
                >
                  {t(`${k}.start`)}
                </Button>
              </>
            )}
          </Group>
        )}
      </Group>
      <ErrorAlert error={create.error} />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.length === 0 ? (
        <Text>{t(`${k}.none`)}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {query.data.map((c) => (
            <CheckLine key={c.id} check={c} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function CheckLine({ check: c }: { check: HealthCheckSummary }) {
  const { t } = useTranslation();
  const k = 'healthChecks';
  return (
    <Group component="li" justify="space-between" wrap="nowrap">
      <div>
        <Group gap="xs">
          <Badge color={STATUS_COLOR[c.status]} autoContrast>
            {t(`${k}.status.${c.status}`)}
          </Badge>
          <Text span>
            {t(`${k}.versionLine`, {
              version: c.version,
              template: c.templateVersion,
              date: formatDate(c.createdAt),
              by: c.createdBy,
            })}
          </Text>
        </Group>
        {c.signedAt && (
          <Text size="sm" c="dimmed">
            {t(`${k}.signedLine`, { date: formatDate(c.signedAt), by: c.signedBy ?? '' })}
          </Text>
        )}
      </div>
      <Button
        component={Link}
        to={`/halsokontroller/${c.id}`}
        variant="subtle"
        aria-label={`${t(`${k}.open`)}: ${t(`${k}.status.${c.status}`)} v${c.version}, ${formatDate(c.createdAt)}`}
      >
        {t(`${k}.open`)}
      </Button>
    </Group>
  );
}
