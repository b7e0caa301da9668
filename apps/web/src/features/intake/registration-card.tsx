import { municipalityName, type RegistrationListItem } from '@lotsa/contracts';
import { Anchor, Badge, Button, Card, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconAlarm, IconAlertTriangle, IconArrowRight } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, formatDateTimeMinutes } from '../../lib/format.ts';
import { DuplicateBadge } from './duplicate-panel.tsx';
import type { ActionKind } from './intake-actions.ts';

/** One registration on the board: who, where, how long it has waited, and its one-click next step. */
export function RegistrationCard({
  item: r,
  nextAction,
  onAction,
}: {
  item: RegistrationListItem;
  nextAction: ActionKind | null;
  onAction: (action: ActionKind) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const k = 'intake.board';

  return (
    <Card
      withBorder
      component="article"
      aria-labelledby={headingId}
      className="intake-card"
      data-nearing={r.startNearing}
      data-testid="intake-card"
      padding="sm"
    >
      <Stack gap={6}>
        <Title order={3} size="h4" id={headingId}>
          <Anchor component={Link} to={`/intag/${r.id}`} inherit>
            {r.personName}
          </Anchor>
        </Title>
        <Text size="sm">
          {municipalityName(r.municipalityCode)} · {t(`intake.sources.${r.source}`)}
        </Text>
        <Text size="sm">
          {t(`${k}.daysInStage`, { count: r.daysInStage })} ·{' '}
          {t(`${k}.daysSinceReceived`, { count: r.daysSinceReceived })}
        </Text>
        {r.firstCallAt && r.stage === 'first_call_booked' && (
          <Text size="sm">{t(`${k}.firstCallAt`, { at: formatDateTimeMinutes(r.firstCallAt) })}</Text>
        )}
        {r.plannedStartDate && (
          <Group gap="xs">
            <Text size="sm">{t(`${k}.plannedStart`, { date: formatDate(r.plannedStartDate) })}</Text>
            {r.startNearing && (
              <Badge
                color="orange"
                variant="light"
                size="lg"
                leftSection={<IconAlarm size={14} aria-hidden />}
              >
                {t(`${k}.startNearing`)}
              </Badge>
            )}
          </Group>
        )}
        {r.decisionOutdated && (
          <Group gap="xs">
            <Badge
              color="orange"
              variant="light"
              size="lg"
              leftSection={<IconAlertTriangle size={14} aria-hidden />}
            >
              {t(`${k}.decisionOutdated`)}
            </Badge>
          </Group>
        )}
        {r.possibleDuplicateOf && (
          <Group gap="xs" data-testid="duplicate-badge">
            <DuplicateBadge />
            <Anchor component={Link} to={`/intag/${r.possibleDuplicateOf}`} size="sm">
              {t(`${k}.openOther`)}
              <VisuallyHidden>{` – ${r.personName}`}</VisuallyHidden>
            </Anchor>
          </Group>
        )}
        {r.waitingPosition !== null && (
          <Text size="sm" fw={700}>
            {t(`${k}.waitingPosition`, { position: r.waitingPosition })}
          </Text>
        )}
        {r.patientId && (
          <Anchor component={Link} to={`/patienter/${r.patientId}`} size="sm">
            {t('intake.registration.openPatient')}
            <VisuallyHidden>{` – ${r.personName}`}</VisuallyHidden>
          </Anchor>
        )}
        {nextAction && (
          <Group>
            <Button
              size="xs"
              variant="light"
              rightSection={<IconArrowRight size={14} aria-hidden />}
              aria-label={t('intake.actionFor', {
                action: t(`intake.actions.${nextAction}`),
                name: r.personName,
              })}
              onClick={() => onAction(nextAction)}
            >
              {t(`intake.actions.${nextAction}`)}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
