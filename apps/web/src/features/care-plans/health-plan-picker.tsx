import { type CarePlan, endpoints } from '@lotsa/contracts';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { call } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import type { useCarePlanChange } from './use-care-plans.ts';

const k = 'carePlans.healthPlan';

/** The actions of the patient's newest health plan, each to bring into the SIP once (linked, not copied). */
function useNewestHealthPlan(patientId: string) {
  return useQuery({
    queryKey: ['care-plans', 'health-plan', patientId],
    queryFn: async ({ signal }) => {
      const checks = await call(endpoints.healthChecks.listHealthChecks, {
        params: { id: patientId },
        signal,
      });
      const newest = checks.find((c) => c.status !== 'amended');
      if (!newest) return null;
      return call(endpoints.healthPlans.getPlan, { params: { id: newest.id }, signal });
    },
  });
}

export function HealthPlanPicker({
  plan,
  change,
}: {
  plan: CarePlan;
  change: ReturnType<typeof useCarePlanChange>;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const q = useNewestHealthPlan(plan.patientId);
  const actions = (q.data?.actions ?? []).filter((a) => a.status !== 'cancelled');
  if (q.isPending || (q.isSuccess && actions.length === 0)) return null;
  const linked = new Set(plan.content.interventions.map((i) => i.healthPlanActionId));
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="sip-health-plan">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t(`${k}.title`)}
      </Title>
      <ErrorAlert error={q.error ?? change.fromHealthPlan.error} />
      <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {actions.map((a) => (
          <Group component="li" key={a.id} justify="space-between">
            <Text>
              {a.text} · {a.ownerName} · {formatDate(a.dueDate)}
            </Text>
            {linked.has(a.id) ? (
              <Text size="sm">{t(`${k}.linked`)}</Text>
            ) : (
              <Button
                size="xs"
                variant="light"
                aria-label={t(`${k}.bringLabel`, { text: a.text })}
                loading={change.fromHealthPlan.isPending}
                onClick={() =>
                  change.fromHealthPlan.mutate({ expectedRevision: plan.revision, actionIds: [a.id] })
                }
              >
                {t(`${k}.bring`)}
              </Button>
            )}
          </Group>
        ))}
      </Stack>
    </Card>
  );
}
