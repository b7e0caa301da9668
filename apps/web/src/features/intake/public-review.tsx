import { municipalityName } from '@lotsa/contracts';
import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  type FieldKey,
  type PublicValues,
  STEP_FIELDS,
  type StepKey,
  stepsFor,
} from './public-form-values.ts';
import { useFieldLabel, useStepTitle } from './public-labels.ts';

/** Kontrollera och skicka: every answer by step, each step with its own "change" button. */
export function PublicReview({
  values,
  onChange,
}: {
  values: PublicValues;
  onChange: (step: StepKey) => void;
}) {
  const { t } = useTranslation();
  const stepTitle = useStepTitle(values.mode);
  const fieldLabel = useFieldLabel(values.mode);
  const k = 'intake.public';
  const steps = stepsFor(values.mode).filter((s) => s !== 'send');

  const shown = (field: FieldKey): string => {
    const v = values[field];
    switch (field) {
      case 'mode':
        return v ? t(`${k}.who.${values.mode === 'other' ? 'other' : 'self'}`) : '';
      case 'source':
        return values.source ? t(`${k}.who.roles.${values.source}`) : '';
      case 'municipalityCode':
        return values.municipalityCode ? municipalityName(values.municipalityCode) : '';
      case 'contactPreference':
        return values.contactPreference ? t(`${k}.contact.preferences.${values.contactPreference}`) : '';
      default:
        return typeof v === 'string' ? v.trim() : '';
    }
  };

  return (
    <Stack gap="md">
      <Text fz="lg">{t(`${k}.send.intro`)}</Text>
      {steps.map((s) => {
        const fields = STEP_FIELDS[s].filter((f) => !(f === 'source' && values.mode !== 'other'));
        return (
          <Card key={s} withBorder padding="md" component="section" aria-label={stepTitle(s)}>
            <Group justify="space-between" align="center" mb="xs" gap="xs">
              <Title order={3} fz="xl">
                {stepTitle(s)}
              </Title>
              <Button
                variant="default"
                leftSection={<IconPencil size={18} aria-hidden />}
                aria-label={t(`${k}.send.change`, { step: stepTitle(s) })}
                onClick={() => onChange(s)}
              >
                {t('actions.edit')}
              </Button>
            </Group>
            <dl className="public-form-review">
              {fields.map((f) => (
                <div key={f}>
                  <dt>{fieldLabel(f)}</dt>
                  <dd>{shown(f) || t(`${k}.send.nothing`)}</dd>
                </div>
              ))}
            </dl>
          </Card>
        );
      })}
    </Stack>
  );
}
