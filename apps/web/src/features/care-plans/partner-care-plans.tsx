import type { PartnerCarePlan } from '@lotsa/contracts';
import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { formatDate } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { useAcknowledgeCarePlan, usePartnerCarePlans } from './use-care-plans.ts';

const k = 'carePlans.partner';

/** On /samverkan: the agreed SIPs the partner takes part in (only with consent), and "Bekräfta". */
export function PartnerCarePlans() {
  const { t } = useTranslation();
  const headingId = useId();
  const q = usePartnerCarePlans();
  return (
    <section aria-labelledby={headingId} data-testid="partner-care-plans">
      <Title order={2} id={headingId} mb="sm">
        {t(`${k}.title`)}
      </Title>
      {q.isPending ? (
        <LoadingState />
      ) : q.isError ? (
        <ErrorAlert error={q.error} />
      ) : q.data.length === 0 ? (
        <Text>{t(`${k}.none`)}</Text>
      ) : (
        <Stack>
          {q.data.map((p) => (
            <PlanCard key={p.id} plan={p} />
          ))}
        </Stack>
      )}
    </section>
  );
}

function PlanCard({ plan: p }: { plan: PartnerCarePlan }) {
  const { t } = useTranslation();
  const headingId = useId();
  const ack = useAcknowledgeCarePlan();
  const c = p.content;
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Title order={3} id={headingId}>
        {p.patientName}
      </Title>
      <Text c="dimmed">
        {t(`${k}.version`, { version: p.version, date: formatDate(p.agreedAt) })} · {p.legalReference}
      </Text>
      {p.mine.length > 0 && (
        <>
          <Title order={4} mt="sm">
            {t(`${k}.mine`)}
          </Title>
          <List>
            {p.mine.map((m) => (
              <List.Item key={m}>{m}</List.Item>
            ))}
          </List>
        </>
      )}
      <Title order={4} mt="sm">
        {t(`${k}.interventions`)}
      </Title>
      <List>
        {c.interventions.map((i) => (
          <List.Item key={i.id ?? i.text}>
            {i.text}
            {i.responsibleName ? ` – ${i.responsibleName}` : ''}
          </List.Item>
        ))}
      </List>
      {c.overallName && <Text mt="xs">{t(`${k}.overall`, { name: c.overallName })}</Text>}
      {c.followUpDate && (
        <Text>{t(`${k}.followUp`, { date: formatDate(c.followUpDate), by: c.followUpBy ?? '' })}</Text>
      )}
      <Text size="sm" c="dimmed" mt="xs">
        {t(`${k}.participants`)}:{' '}
        {p.participants.map((x) => (x.organisation ? `${x.name} (${x.organisation})` : x.name)).join(', ')}
      </Text>
      <ErrorAlert error={ack.error} />
      {p.acknowledgedAt ? (
        <Text mt="sm" fw={600}>
          {t(`${k}.acknowledged`, { date: formatDate(p.acknowledgedAt) })}
        </Text>
      ) : (
        <Button
          mt="sm"
          style={{ alignSelf: 'flex-start' }}
          loading={ack.isPending}
          onClick={() =>
            ack.mutate({ id: p.id, version: p.version }, { onSuccess: () => notify.success(t(`${k}.done`)) })
          }
        >
          {t(`${k}.acknowledge`)}
        </Button>
      )}
    </Card>
  );
}
