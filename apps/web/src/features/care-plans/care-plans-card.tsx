import type { CarePlanSummary } from '@lotsa/contracts';
import { Badge, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { useCreateCarePlan, usePatientCarePlans } from './use-care-plans.ts';

const k = 'carePlans';
// Dark enough for small white text (WCAG AA); the draft's yellow gets dark text (autoContrast).
export const SIP_STATUS_COLOR = { draft: 'yellow.4', agreed: '#1e6b30' } as const;

/** SIP on the patient page: every plan with its state, and "Starta SIP" with who asked. */
export function CarePlansCard({ patientId }: { patientId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const navigate = useNavigate();
  const query = usePatientCarePlans(patientId);
  const create = useCreateCarePlan(patientId);
  const [trigger, setTrigger] = useState('');
  const [starting, setStarting] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    create.mutate(trigger, { onSuccess: (p) => navigate(`/sip/${p.id}`) });
  };
  const errors = fieldErrors(create.error);

  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="care-plans-card">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t(`${k}.title`)}
        </Title>
        {!starting && (
          <Button
            className="no-print"
            leftSection={<IconUsersGroup size={18} aria-hidden />}
            onClick={() => setStarting(true)}
          >
            {t(`${k}.start`)}
          </Button>
        )}
      </Group>
      {starting && (
        <form onSubmit={submit} aria-label={t(`${k}.start`)}>
          <Group align="flex-end" mb="sm">
            <TextInput
              label={t(`${k}.trigger`)}
              description={t(`${k}.triggerHint`)}
              value={trigger}
              onChange={(e) => setTrigger(e.currentTarget.value)}
              error={errors.trigger}
              required
              style={{ flex: 1 }}
              data-autofocus
            />
            <Button type="submit" loading={create.isPending}>
              {t(`${k}.start`)}
            </Button>
          </Group>
        </form>
      )}
      {!errors.trigger && <ErrorAlert error={create.error} />}
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : query.data.length === 0 ? (
        <Text>{t(`${k}.none`)}</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {query.data.map((p) => (
            <PlanLine key={p.id} plan={p} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function PlanLine({ plan: p }: { plan: CarePlanSummary }) {
  const { t } = useTranslation();
  return (
    <Group component="li" justify="space-between" wrap="nowrap">
      <div>
        <Group gap="xs">
          <Badge color={SIP_STATUS_COLOR[p.status]} autoContrast>
            {t(`${k}.status.${p.status}`)}
          </Badge>
          <Text span>
            {t(`${k}.line`, { version: p.version, date: formatDate(p.createdAt), by: p.createdBy })}
          </Text>
        </Group>
        <Text size="sm">{p.trigger}</Text>
        {p.status === 'draft' && p.missing.length > 0 && (
          <Text size="sm" c="dimmed">
            {t(`${k}.missingCount`, { count: p.missing.length })}
          </Text>
        )}
        {p.followUpDate && (
          <Text
            size="sm"
            c={p.followUpOverdue ? 'red.8' : undefined}
            fw={p.followUpOverdue ? 600 : undefined}
          >
            {t(`${k}.followUp`, { date: formatDate(p.followUpDate) })}
            {p.followUpOverdue ? ` – ${t(`${k}.overdue`)}` : ''}
          </Text>
        )}
      </div>
      <Button
        component={Link}
        to={`/sip/${p.id}`}
        variant="subtle"
        aria-label={`${t(`${k}.open`)}: SIP v${p.version}, ${t(`${k}.status.${p.status}`)}, ${formatDate(p.createdAt)}`}
      >
        {t(`${k}.open`)}
      </Button>
    </Group>
  );
}
