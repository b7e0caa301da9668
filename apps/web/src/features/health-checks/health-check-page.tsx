import type { HealthCheck } from '@lotsa/contracts';
import { Anchor, Badge, Grid, Group, NavLink, Paper, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { formatDate } from '../../lib/format.ts';
import { usePatient } from '../patients/index.ts';
import { CheckActions } from './check-actions.tsx';
import { CheckNotes } from './check-notes.tsx';
import { HealthPlanCard } from './health-plan-card.tsx';
import { SectionForm } from './section-form.tsx';
import { local, useHealthCheck } from './use-health-checks.ts';

// Dark enough for small white text (WCAG AA); the draft's yellow gets dark text (autoContrast).
const STATUS_COLOR = { draft: 'yellow.4', signed: '#1e6b30', amended: '#495057' } as const;

/**
 * The health check on one screen: the protocol's sections on the left (each a link, so the browser's
 * back button and the unsaved-changes question work), the chosen section's form on the right, and
 * what the protocol says (sign blockers, warnings, reminders, screening) above it.
 */
export function HealthCheckPage() {
  const { id = '', section: sectionParam } = useParams();
  const query = useHealthCheck(id);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return <CheckView check={query.data} sectionId={sectionParam} />;
}

function CheckView({ check, sectionId }: { check: HealthCheck; sectionId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const headingId = useId();
  const patient = usePatient(check.patientId);
  const k = 'healthChecks';
  const sections = check.template.item.filter((s) => check.sectionIds.includes(s.linkId));
  const current = sections.find((s) => s.linkId === sectionId) ?? sections[0]!;
  const index = sections.indexOf(current);
  const next = sections[index + 1];
  const savedIds = new Set(check.sections.map((s) => s.linkId));
  const noteCount = (sid: string) =>
    check.derived.signBlockers.filter((n) => n.section === sid).length +
    check.derived.warnings.filter((n) => n.section === sid).length;
  const name = patient.data ? `${patient.data.givenName} ${patient.data.familyName}` : null;
  const base = `/halsokontroller/${check.id}`;

  return (
    <Stack gap="md">
      <div>
        <PageTitle>{name ? t(`${k}.pageTitle`, { name }) : t(`${k}.pageTitlePlain`)}</PageTitle>
        <Group gap="sm" mt={4}>
          <Badge color={STATUS_COLOR[check.status]} autoContrast>
            {t(`${k}.status.${check.status}`)}
          </Badge>
          <Text size="sm">
            {t(`${k}.versionLine`, {
              version: check.version,
              template: check.templateVersion,
              date: formatDate(check.createdAt),
              by: check.createdBy,
            })}
          </Text>
          {check.signedAt && (
            <Text size="sm">
              {t(`${k}.signedLine`, { date: formatDate(check.signedAt), by: check.signedBy ?? '' })}
            </Text>
          )}
          {check.amendReason && <Text size="sm">{t(`${k}.amendLine`, { reason: check.amendReason })}</Text>}
          <Anchor component={Link} to={`/patienter/${check.patientId}`} size="sm">
            {t(`${k}.toPatient`)}
          </Anchor>
        </Group>
      </div>
      <CheckActions check={check} />
      <CheckNotes check={check} onGoTo={(sid) => navigate(`${base}/${sid}`)} />
      <Grid>
        <Grid.Col span={{ base: 12, md: 3 }}>
          <Paper withBorder component="nav" aria-label={t(`${k}.sectionNav`)} p={4}>
            {sections.map((s) => (
              <NavLink
                key={s.linkId}
                component={Link}
                to={`${base}/${s.linkId}`}
                label={local(s.text, lang)}
                description={s.diagnoses ? t(`${k}.module`) : undefined}
                active={s === current}
                aria-current={s === current ? 'page' : undefined}
                rightSection={
                  <Group gap={4} wrap="nowrap">
                    {noteCount(s.linkId) > 0 && (
                      <Badge
                        size="xs"
                        color="red.8"
                        aria-label={`${noteCount(s.linkId)} ${t(`${k}.warnings`)}`}
                      >
                        {noteCount(s.linkId)}
                      </Badge>
                    )}
                    {savedIds.has(s.linkId) && (
                      <Text span c="#1e6b30" fw={700}>
                        <span aria-hidden>{'✓'}</span>
                        <VisuallyHidden>{t(`${k}.savedShort`)}</VisuallyHidden>
                      </Text>
                    )}
                  </Group>
                }
              />
            ))}
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9 }}>
          <Paper withBorder p="md">
            <SectionForm
              key={`${check.id}:${current.linkId}`}
              check={check}
              section={current}
              headingId={headingId}
              onNext={next ? () => navigate(`${base}/${next.linkId}`) : null}
            />
          </Paper>
        </Grid.Col>
      </Grid>
      <HealthPlanCard checkId={check.id} editable={check.status !== 'amended'} />
    </Stack>
  );
}
