import type { IntakeStage } from '@lotsa/contracts';
import { Alert, Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconEdit, IconNote, IconUser } from '@tabler/icons-react';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../../app/i18n/index.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { formatDate } from '../../lib/format.ts';
import { useSignedInMe } from '../../lib/session.ts';
import { DuplicatePanel } from './duplicate-panel.tsx';
import { EditRegistrationModal } from './edit-registration-modal.tsx';
import { intakeRights } from './intake-access.ts';
import { IntakeActionDialog } from './intake-action-dialog.tsx';
import { type ActionKind, actionKinds, DESTRUCTIVE } from './intake-actions.ts';
import { IntakeStepper } from './intake-stepper.tsx';
import { IntakeTimeline } from './intake-timeline.tsx';
import { NoteModal } from './note-modal.tsx';
import {
  ApplicantDetails,
  ConsentDetails,
  EligibilityDetails,
  NeedsDetails,
  PersonDetails,
  RequestDetails,
} from './registration-details.tsx';
import { useRegistration } from './use-intake.ts';
import './intake.css';

/** Corrections are for before enrolment (the server's rule); after it the patient record is the place. */
const EDITABLE: ReadonlySet<IntakeStage> = new Set([
  'received',
  'first_call_booked',
  'needs_mapped',
  'eligible',
  'not_eligible',
  'consented',
  'waiting_list',
  'offered',
]);

/** One registration: who, the stepper, the next steps as buttons, everything recorded, the timeline. */
export function RegistrationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useRegistration(id);
  const [action, setAction] = useState<ActionKind | null>(null);
  const [editing, setEditing] = useState<'details' | 'note' | null>(null);
  const k = 'intake.registration';
  const rights = intakeRights(useSignedInMe());

  if (query.isPending) return <LoadingState />;
  if (query.isError)
    return (
      <Stack>
        <BackLink />
        <ErrorAlert error={query.error} />
      </Stack>
    );
  const r = query.data;
  const actions = actionKinds(r.nextActions);

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <BackLink />
        <Group justify="space-between" align="flex-start">
          <Stack gap={4}>
            <PageTitle>{r.personName}</PageTitle>
            <Group gap="sm">
              <Badge size="lg" variant="light" data-testid="intake-stage">
                {t(`intake.stages.${r.stage}`)}
              </Badge>
              <Text>{t(`${k}.received`, { date: formatDate(r.receivedAt) })}</Text>
              <Text>{t(`${k}.source`, { source: t(`intake.sources.${r.source}`) })}</Text>
            </Group>
          </Stack>
          {r.patientId && (
            <Button
              component={Link}
              to={`/patienter/${r.patientId}`}
              leftSection={<IconUser size={18} aria-hidden />}
            >
              {t(`${k}.openPatient`)}
            </Button>
          )}
        </Group>
      </Stack>
      <IntakeStepper registration={r} />
      <DuplicatePanel registration={r} />
      {r.decision?.outdated && (
        <Alert
          color="orange"
          variant="light"
          title={t(`${k}.decisionOutdated`)}
          icon={<IconAlertTriangle aria-hidden />}
          data-testid="decision-outdated"
        >
          {r.decision.outdated[currentLocale()]}
        </Alert>
      )}
      <Section title={t(`${k}.nextSteps`)}>
        {actions.length === 0 && <Text mb="sm">{t(`${k}.noActions`)}</Text>}
        <Group gap="sm">
          {actions.map((a, i) => (
            <Button
              key={a}
              variant={DESTRUCTIVE.has(a) ? 'outline' : i === 0 ? 'filled' : 'default'}
              color={DESTRUCTIVE.has(a) ? 'red' : undefined}
              onClick={() => setAction(a)}
            >
              {t(`intake.actions.${a}`)}
            </Button>
          ))}
          {rights.step && EDITABLE.has(r.stage) && (
            <Button
              variant="default"
              leftSection={<IconEdit size={18} aria-hidden />}
              onClick={() => setEditing('details')}
            >
              {t(`${k}.edit`)}
            </Button>
          )}
          {rights.step && (
            <Button
              variant="default"
              leftSection={<IconNote size={18} aria-hidden />}
              onClick={() => setEditing('note')}
            >
              {t(`${k}.addNote`)}
            </Button>
          )}
        </Group>
      </Section>
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Section title={t(`${k}.person`)}>
          <PersonDetails registration={r} />
        </Section>
        <Section title={t(`${k}.applicant`)}>
          <ApplicantDetails registration={r} />
        </Section>
      </SimpleGrid>
      <Section title={t(`${k}.request`)}>
        <RequestDetails registration={r} />
      </Section>
      <Section title={t(`${k}.needsMapping`)}>
        <NeedsDetails registration={r} />
      </Section>
      <Section title={t(`${k}.eligibility`)}>
        <EligibilityDetails registration={r} />
      </Section>
      <Section title={t(`${k}.consents`)}>
        <ConsentDetails registration={r} />
      </Section>
      <Section title={t(`${k}.timeline`)}>
        <IntakeTimeline events={r.events} />
      </Section>
      {editing === 'details' && <EditRegistrationModal registration={r} onClose={() => setEditing(null)} />}
      {editing === 'note' && <NoteModal id={r.id} name={r.personName} onClose={() => setEditing(null)} />}
      {action && (
        <IntakeActionDialog id={r.id} name={r.personName} action={action} onClose={() => setAction(null)} />
      )}
    </Stack>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor
      component={Link}
      to="/intag"
      size="sm"
      style={{ display: 'inline-flex', alignItems: 'center', gap: 4 }}
    >
      <IconArrowLeft size={16} aria-hidden />
      {t('intake.registration.back')}
    </Anchor>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <Card withBorder component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}
