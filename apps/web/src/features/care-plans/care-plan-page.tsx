import { CARE_PLAN_PDF_PATH, type CarePlan, SIP_LEGAL_PARTS } from '@lotsa/contracts';
import { Anchor, Badge, Button, Card, Group, List, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { PageTitle } from '../../components/page-title.tsx';
import { notify } from '../../lib/notify.ts';
import { usePatient } from '../patients/index.ts';
import { SIP_STATUS_COLOR } from './care-plans-card.tsx';
import { ContentForm } from './content-form.tsx';
import { HealthPlanPicker } from './health-plan-picker.tsx';
import { ParticipantsCard } from './participants-card.tsx';
import { useCarePlan, useCarePlanChange } from './use-care-plans.ts';
import { VersionsCard } from './versions-card.tsx';

const k = 'carePlans';

/** One SIP: what is missing, participants and consent, the plan itself, its versions. */
export function CarePlanPage() {
  const { id = '' } = useParams();
  const query = useCarePlan(id);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return <PlanView plan={query.data} />;
}

function PlanView({ plan }: { plan: CarePlan }) {
  const { t } = useTranslation();
  const patient = usePatient(plan.patientId);
  const change = useCarePlanChange(plan.id);
  const name = patient.data ? `${patient.data.givenName} ${patient.data.familyName}` : null;
  const draft = plan.status === 'draft';
  const agree = () =>
    change.agree.mutate(plan.revision, {
      onSuccess: (p) => notify.success(t(`${k}.agreed`, { version: p.version })),
    });
  return (
    <Stack gap="lg" maw={1100}>
      <div>
        <Anchor component={Link} to={`/patienter/${plan.patientId}`}>
          {t(`${k}.toPatient`)}
        </Anchor>
        <PageTitle>{name ? t(`${k}.pageTitle`, { name }) : t(`${k}.pageTitlePlain`)}</PageTitle>
        <Group gap="xs">
          <Badge color={SIP_STATUS_COLOR[plan.status]} autoContrast>
            {t(`${k}.status.${plan.status}`)}
          </Badge>
          <Text span>v{plan.version}</Text>
          <Text span c="dimmed">
            {t(`${k}.legal`, { reference: plan.legalReference })}
          </Text>
        </Group>
        <Text>{t(`${k}.triggerLine`, { trigger: plan.trigger })}</Text>
      </div>
      <Completeness plan={plan} />
      <Group>
        {draft ? (
          <Button onClick={agree} loading={change.agree.isPending}>
            {t(`${k}.agree`)}
          </Button>
        ) : (
          <Button variant="light" onClick={() => change.revise.mutate()} loading={change.revise.isPending}>
            {t(`${k}.revise`)}
          </Button>
        )}
        {plan.versions.length > 0 && (
          <Anchor href={CARE_PLAN_PDF_PATH.replace(':id', plan.id)} target="_blank" rel="noopener">
            {t(`${k}.easyRead`)}
          </Anchor>
        )}
      </Group>
      <ErrorAlert error={change.agree.error ?? change.revise.error} />
      <ParticipantsCard plan={plan} change={change} />
      {draft && <HealthPlanPicker plan={plan} change={change} />}
      {/* A new form when the server's content changes (saved, brought in from the health plan, a new version). */}
      <ContentForm
        key={`${plan.version}-${plan.status}-${JSON.stringify(plan.content)}`}
        plan={plan}
        change={change}
      />
      <VersionsCard plan={plan} />
    </Stack>
  );
}

/** Each requirement, done or missing, the four legal parts marked as such (the server's rule). */
function Completeness({ plan }: { plan: CarePlan }) {
  const { t } = useTranslation();
  const headingId = useId();
  const legal = new Set<string>(SIP_LEGAL_PARTS);
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="sip-completeness">
      <Title order={2} size="h3" id={headingId} mb="xs">
        {t(`${k}.completeness.title`)}
      </Title>
      <List spacing="xs" center>
        {plan.completeness.requirements.map((r) => (
          <List.Item
            key={r.requirement}
            data-requirement={r.requirement}
            data-complete={r.complete}
            icon={
              <ThemeIcon color={r.complete ? '#1e6b30' : 'red.8'} size={22} radius="xl" aria-hidden>
                {r.complete ? <IconCheck size={14} /> : <IconX size={14} />}
              </ThemeIcon>
            }
          >
            <Text span fw={r.complete ? undefined : 600}>
              {t(`${k}.requirement.${r.requirement}`)}
            </Text>
            {' – '}
            <Text span>{r.complete ? t(`${k}.completeness.complete`) : t(`${k}.completeness.missing`)}</Text>
            {legal.has(r.requirement) && (
              <Text span c="dimmed" size="sm">
                {' '}
                ({t(`${k}.completeness.legal`)})
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      {plan.status === 'draft' && plan.completeness.ready && (
        <Text mt="xs">{t(`${k}.completeness.ready`)}</Text>
      )}
    </Card>
  );
}
