import type { CarePlan } from '@lotsa/contracts';
import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { formatDate } from '../../lib/format.ts';
import { useCarePlanVersion } from './use-care-plans.ts';

const k = 'carePlans.versions';

/** Every agreed version (frozen, attributed), what changed, and each one readable as it was agreed. */
export function VersionsCard({ plan }: { plan: CarePlan }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [shown, setShown] = useState<number | null>(null);
  const parts = (p: string[]) => p.map((x) => t(`carePlans.parts.${x as 'own_goals'}`)).join(', ');
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="sip-versions">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t(`${k}.title`)}
      </Title>
      {plan.status === 'draft' && plan.versions.length > 0 && (
        <Text mb="xs">{t(`${k}.current`, { version: plan.version })}</Text>
      )}
      {plan.versions.length === 0 ? (
        <Text>{t(`${k}.none`)}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {[...plan.versions].reverse().map((v) => (
            <li key={v.version}>
              <Group justify="space-between">
                <div>
                  <Text>
                    {t(`${k}.line`, { version: v.version, date: formatDate(v.agreedAt), by: v.agreedBy })}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {v.changed.length > 0 ? t(`${k}.changed`, { parts: parts(v.changed) }) : t(`${k}.first`)}
                  </Text>
                </div>
                <Button
                  size="xs"
                  variant="subtle"
                  aria-expanded={shown === v.version}
                  onClick={() => setShown(shown === v.version ? null : v.version)}
                >
                  {shown === v.version ? t(`${k}.hide`) : t(`${k}.show`, { version: v.version })}
                </Button>
              </Group>
              {shown === v.version && <VersionView planId={plan.id} version={v.version} />}
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function VersionView({ planId, version }: { planId: string; version: number }) {
  const { t } = useTranslation();
  const q = useCarePlanVersion(planId, version);
  if (q.isPending) return <LoadingState />;
  if (q.isError) return <ErrorAlert error={q.error} />;
  const c = q.data.content;
  const principal = (p: string | null) => (p ? t(`carePlans.content.principals.${p as 'region'}`) : '–');
  return (
    <Stack gap={4} mt="xs" p="sm" style={{ borderLeft: '3px solid var(--mantine-color-gray-4)' }}>
      {c.ownGoals && <Text>{`${t('carePlans.content.ownGoals')}: ${c.ownGoals}`}</Text>}
      <List size="sm">
        {c.interventions.map((i) => (
          <List.Item key={i.id ?? i.text}>
            {i.text} – {principal(i.principal)}
            {i.responsibleName ? `, ${i.responsibleName}` : ''}
          </List.Item>
        ))}
      </List>
      <Text size="sm">
        {t('carePlans.content.overall')}: {principal(c.overallPrincipal)}, {c.overallName ?? '–'}
      </Text>
      <Text size="sm">
        {t('carePlans.content.followUpDate')}: {formatDate(c.followUpDate)} ({c.followUpBy ?? '–'})
      </Text>
      <Text size="sm" c="dimmed">
        {q.data.participants.map((p) => p.name).join(', ')}
      </Text>
    </Stack>
  );
}
