import {
  type CarePlan,
  SIP_PRINCIPALS,
  type SipContent,
  type SipIntervention,
  type SipPrincipal,
} from '@lotsa/contracts';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { notify } from '../../lib/notify.ts';
import type { useCarePlanChange } from './use-care-plans.ts';

const k = 'carePlans.content';
type Change = ReturnType<typeof useCarePlanChange>;
const BLANK: SipIntervention = {
  text: '',
  easyText: null,
  principal: null,
  responsibleName: null,
  participantId: null,
  healthPlanActionId: null,
};

/** The plan itself: goals, the interventions with whose responsibility they are, overall responsibility, follow-up. */
export function ContentForm({ plan, change }: { plan: CarePlan; change: Change }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [c, setC] = useState<SipContent>(plan.content);
  const readOnly = plan.status !== 'draft';
  const set = <K extends keyof SipContent>(key: K, value: SipContent[K]) =>
    setC((x) => ({ ...x, [key]: value }));
  const setItem = (i: number, item: Partial<SipIntervention>) =>
    set(
      'interventions',
      c.interventions.map((x, n) => (n === i ? { ...x, ...item } : x)),
    );
  const text = (key: 'ownGoals' | 'measurableGoals' | 'participation' | 'disagreements') => (
    <Textarea
      label={t(`${k}.${key}`)}
      value={c[key] ?? ''}
      onChange={(e) => set(key, e.currentTarget.value || null)}
      readOnly={readOnly}
      autosize
      minRows={2}
    />
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.save.mutate(
      { expectedRevision: plan.revision, content: c },
      { onSuccess: () => notify.success(t(`${k}.saved`)) },
    );
  };
  const principalOptions = [
    { value: '', label: t(`${k}.choose`) },
    ...SIP_PRINCIPALS.map((p) => ({ value: p, label: t(`${k}.principals.${p}`) })),
  ];
  const participantOptions = [
    { value: '', label: t(`${k}.noParticipant`) },
    ...plan.participants.map((p) => ({ value: p.id, label: p.name })),
  ];

  return (
    <Card withBorder component="section" aria-labelledby={headingId} data-testid="sip-content">
      <Title order={2} size="h3" id={headingId} mb="sm">
        {t(`${k}.title`)}
      </Title>
      {readOnly && (
        <Alert color="blue" mb="sm">
          {t(`${k}.readOnly`)}
        </Alert>
      )}
      <form onSubmit={submit} aria-labelledby={headingId}>
        <Stack>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            {text('ownGoals')}
            {text('measurableGoals')}
            {text('participation')}
            {text('disagreements')}
          </SimpleGrid>
          <Fieldset legend={t(`${k}.interventions`)}>
            <Stack>
              {c.interventions.map((item, i) => (
                <Fieldset
                  key={item.id ?? `new-${i}`}
                  legend={t(`${k}.intervention`, { n: i + 1 })}
                  variant="filled"
                  data-testid="sip-intervention"
                >
                  <SimpleGrid cols={{ base: 1, md: 2 }}>
                    <TextInput
                      label={t(`${k}.text`)}
                      value={item.text}
                      onChange={(e) => setItem(i, { text: e.currentTarget.value })}
                      readOnly={readOnly}
                      required
                    />
                    <TextInput
                      label={t(`${k}.easyText`)}
                      value={item.easyText ?? ''}
                      onChange={(e) => setItem(i, { easyText: e.currentTarget.value || null })}
                      readOnly={readOnly}
                    />
                    <NativeSelect
                      label={t(`${k}.principal`)}
                      value={item.principal ?? ''}
                      onChange={(e) =>
                        setItem(i, { principal: (e.currentTarget.value || null) as SipPrincipal | null })
                      }
                      data={principalOptions}
                      disabled={readOnly}
                    />
                    <TextInput
                      label={t(`${k}.responsibleName`)}
                      value={item.responsibleName ?? ''}
                      onChange={(e) => setItem(i, { responsibleName: e.currentTarget.value || null })}
                      readOnly={readOnly}
                    />
                    <NativeSelect
                      label={t(`${k}.participant`)}
                      value={item.participantId ?? ''}
                      onChange={(e) => setItem(i, { participantId: e.currentTarget.value || null })}
                      data={participantOptions}
                      disabled={readOnly}
                    />
                  </SimpleGrid>
                  <Group justify="space-between" mt="xs">
                    {item.healthPlanActionId ? <Text size="sm">{t(`${k}.fromHealthPlan`)}</Text> : <span />}
                    {!readOnly && (
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red.8"
                        onClick={() =>
                          set(
                            'interventions',
                            c.interventions.filter((_, n) => n !== i),
                          )
                        }
                      >
                        {t(`${k}.removeIntervention`, { n: i + 1 })}
                      </Button>
                    )}
                  </Group>
                </Fieldset>
              ))}
              {!readOnly && (
                <Button
                  variant="light"
                  onClick={() => set('interventions', [...c.interventions, BLANK])}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t(`${k}.addIntervention`)}
                </Button>
              )}
              <Checkbox
                label={t(`${k}.noOthersMeasures`)}
                checked={c.noOthersMeasures}
                onChange={(e) => set('noOthersMeasures', e.currentTarget.checked)}
                disabled={readOnly}
              />
            </Stack>
          </Fieldset>
          <Fieldset legend={t(`${k}.overall`)}>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <NativeSelect
                label={t(`${k}.overallPrincipal`)}
                value={c.overallPrincipal ?? ''}
                onChange={(e) =>
                  set('overallPrincipal', (e.currentTarget.value || null) as SipContent['overallPrincipal'])
                }
                data={[
                  { value: '', label: t(`${k}.choose`) },
                  { value: 'region', label: t(`${k}.principals.region`) },
                  { value: 'municipality', label: t(`${k}.principals.municipality`) },
                ]}
                disabled={readOnly}
              />
              <TextInput
                label={t(`${k}.overallName`)}
                value={c.overallName ?? ''}
                onChange={(e) => set('overallName', e.currentTarget.value || null)}
                readOnly={readOnly}
              />
              <TextInput
                type="date"
                label={t(`${k}.followUpDate`)}
                value={c.followUpDate ?? ''}
                onChange={(e) => set('followUpDate', e.currentTarget.value || null)}
                readOnly={readOnly}
              />
              <TextInput
                label={t(`${k}.followUpBy`)}
                value={c.followUpBy ?? ''}
                onChange={(e) => set('followUpBy', e.currentTarget.value || null)}
                readOnly={readOnly}
              />
            </SimpleGrid>
          </Fieldset>
          <ErrorAlert error={change.save.error} showFieldErrors />
          {!readOnly && (
            <Button type="submit" loading={change.save.isPending} style={{ alignSelf: 'flex-start' }}>
              {t(`${k}.save`)}
            </Button>
          )}
        </Stack>
      </form>
    </Card>
  );
}
