import {
  HEALTH_PLAN_PDF_PATH,
  type HealthPlan,
  PLAN_OWNER_KINDS,
  PLAN_TOPICS,
  type PlanAction,
} from '@lotsa/contracts';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LoadingState } from '../../components/loading-state.tsx';
import { fieldErrors } from '../../lib/api.ts';
import { formatDate } from '../../lib/format.ts';
import { notify } from '../../lib/notify.ts';
import { type PlanActionBody, useHealthPlan, usePlanChange } from './use-health-checks.ts';

const k = 'healthChecks.plan';
const EMPTY: PlanActionBody = {
  text: '',
  easyText: '',
  topic: 'nurse',
  ownerKind: 'team',
  ownerName: '',
  dueDate: '',
};

/** Hälsoplan under the protocol: actions with owner, due date and status, the next check, the easy-read copy. */
export function HealthPlanCard({ checkId, editable }: { checkId: string; editable: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const query = useHealthPlan(checkId);
  const change = usePlanChange(checkId);
  const error = change.setNext.error ?? change.update.error ?? change.request.error;
  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="health-plan">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id={headingId}>
          {t(`${k}.title`)}
        </Title>
        <Anchor href={HEALTH_PLAN_PDF_PATH.replace(':id', checkId)} target="_blank" rel="noopener">
          {t(`${k}.easyRead`)}
        </Anchor>
      </Group>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <Stack>
          <ErrorAlert error={error} />
          <NextCheck
            plan={query.data}
            editable={editable}
            onSave={(d) => change.setNext.mutate(d, { onSuccess: () => notify.success(t(`${k}.nextSaved`)) })}
          />
          <Actions plan={query.data} editable={editable} change={change} />
          {editable && <NewAction checkId={checkId} />}
        </Stack>
      )}
    </Card>
  );
}

function NextCheck({
  plan,
  editable,
  onSave,
}: {
  plan: HealthPlan;
  editable: boolean;
  onSave: (d: string) => void;
}) {
  const { t } = useTranslation();
  const [date, setDate] = useState(plan.nextCheckDate);
  if (!editable) return <Text>{t(`${k}.next`, { date: formatDate(plan.nextCheckDate) })}</Text>;
  return (
    <Group align="flex-end">
      <TextInput
        type="date"
        label={t(`${k}.nextLabel`)}
        value={date}
        onChange={(e) => setDate(e.currentTarget.value)}
      />
      <Button variant="light" onClick={() => onSave(date)} disabled={date === plan.nextCheckDate}>
        {t(`${k}.saveNext`)}
      </Button>
    </Group>
  );
}

function Actions({
  plan,
  editable,
  change,
}: {
  plan: HealthPlan;
  editable: boolean;
  change: ReturnType<typeof usePlanChange>;
}) {
  const { t } = useTranslation();
  if (plan.actions.length === 0) return <Text>{t(`${k}.none`)}</Text>;
  const setStatus = (a: PlanAction, status: PlanAction['status']) =>
    change.update.mutate({
      actionId: a.id,
      body: {
        text: a.text,
        easyText: a.easyText,
        topic: a.topic,
        ownerKind: a.ownerKind,
        ownerName: a.ownerName,
        dueDate: a.dueDate,
        followUp: a.followUp,
        status,
        expectedVersion: a.version,
      },
    });
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t(`${k}.actions`)}>
        <Table.Thead>
          <Table.Tr>
            {['action', 'owner', 'due', 'status', 'request'].map((c) => (
              <Table.Th key={c} scope="col">
                {t(`${k}.columns.${c as 'action'}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {plan.actions.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                <Text size="sm">{a.text}</Text>
                {a.easyText && (
                  <Text size="xs" c="dimmed">
                    {a.easyText}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{`${a.ownerName} (${t(`${k}.owners.${a.ownerKind}`)})`}</Table.Td>
              <Table.Td>
                {formatDate(a.dueDate)}
                {a.overdue && (
                  <Badge ml={4} color="red.9">
                    {t(`${k}.overdue`)}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {editable ? (
                  <NativeSelect
                    aria-label={t(`${k}.statusOf`, { action: a.text })}
                    value={a.status}
                    data={(['planned', 'in_progress', 'done', 'cancelled'] as const).map((s) => ({
                      value: s,
                      label: t(`${k}.statuses.${s}`),
                    }))}
                    onChange={(e) => setStatus(a, e.currentTarget.value as PlanAction['status'])}
                  />
                ) : (
                  t(`${k}.statuses.${a.status}`)
                )}
              </Table.Td>
              <Table.Td>
                {a.contactRequestId ? (
                  <Text size="sm">{t(`${k}.requestMade`)}</Text>
                ) : editable ? (
                  <Button
                    size="xs"
                    variant="light"
                    aria-label={`${t(`${k}.makeRequest`)}: ${a.text}`}
                    onClick={() =>
                      change.request.mutate(a.id, { onSuccess: () => notify.success(t(`${k}.requestDone`)) })
                    }
                  >
                    {t(`${k}.makeRequest`)}
                  </Button>
                ) : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NewAction({ checkId }: { checkId: string }) {
  const { t, i18n } = useTranslation();
  const { add } = usePlanChange(checkId);
  const [v, setV] = useState<PlanActionBody>(EMPTY);
  const errors = fieldErrors(add.error, i18n.language);
  const set = (patch: Partial<PlanActionBody>) => setV((x) => ({ ...x, ...patch }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(v, {
      onSuccess: () => {
        setV(EMPTY);
        notify.success(t(`${k}.added`));
      },
    });
  };
  return (
    <form onSubmit={submit} aria-label={t(`${k}.new`)} noValidate>
      <Title order={3} size="h4" mb="xs">
        {t(`${k}.new`)}
      </Title>
      <Stack gap="xs">
        <TextInput
          required
          label={t(`${k}.fields.text`)}
          value={v.text}
          error={errors.text}
          onChange={(e) => set({ text: e.currentTarget.value })}
        />
        <TextInput
          label={t(`${k}.fields.easyText`)}
          description={t(`${k}.fields.easyHint`)}
          value={v.easyText ?? ''}
          onChange={(e) => set({ easyText: e.currentTarget.value })}
        />
        <Group grow align="flex-start">
          <NativeSelect
            label={t(`${k}.fields.topic`)}
            value={v.topic}
            data={PLAN_TOPICS.map((x) => ({ value: x, label: t(`${k}.topics.${x}`) }))}
            onChange={(e) => set({ topic: e.currentTarget.value as PlanActionBody['topic'] })}
          />
          <NativeSelect
            label={t(`${k}.fields.ownerKind`)}
            value={v.ownerKind}
            data={PLAN_OWNER_KINDS.map((x) => ({ value: x, label: t(`${k}.owners.${x}`) }))}
            onChange={(e) => set({ ownerKind: e.currentTarget.value as PlanActionBody['ownerKind'] })}
          />
        </Group>
        <Group grow align="flex-start">
          <TextInput
            required
            label={t(`${k}.fields.ownerName`)}
            value={v.ownerName}
            error={errors.ownerName}
            onChange={(e) => set({ ownerName: e.currentTarget.value })}
          />
          <TextInput
            required
            type="date"
            label={t(`${k}.fields.dueDate`)}
            value={v.dueDate}
            error={errors.dueDate}
            onChange={(e) => set({ dueDate: e.currentTarget.value })}
          />
        </Group>
        <ErrorAlert error={add.error} />
        <Button type="submit" loading={add.isPending} w="fit-content">
          {t(`${k}.add`)}
        </Button>
      </Stack>
    </form>
  );
}
