import { Button, Checkbox, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { UnsavedChangesDialog } from '../../components/unsaved-changes-dialog.tsx';
import { PublicStepFields } from './public-form-steps.tsx';
import { PublicFormSummary } from './public-form-summary.tsx';
import { fieldId, stepOf } from './public-form-values.ts';
import { useFieldLabel } from './public-labels.ts';
import { PublicReview } from './public-review.tsx';
import { usePublicWizard } from './use-public-wizard.ts';

/** The public form, one step at a time: a step's heading gets the focus, errors are listed on top. */
export function PublicWizard({ onDone }: { onDone: (reference: string) => void }) {
  const { t } = useTranslation();
  const w = usePublicWizard(onDone);
  const { values, errors, step, steps, index } = w;
  const fieldLabel = useFieldLabel(values.mode);
  const k = 'intake.public';

  return (
    <Stack gap="lg">
      <Title order={1} className="public-form-title">
        {t(`${k}.title`)}
      </Title>
      {step === 'who' && (
        <Stack gap={4}>
          <Text fz="xl">{t(`${k}.intro1`)}</Text>
          <Text fz="xl">{t(`${k}.intro2`)}</Text>
          <Text fz="xl">{t(`${k}.intro3`)}</Text>
        </Stack>
      )}
      <Stack gap={6}>
        <Text fz="lg" fw={600}>
          {t(`${k}.stepOf`, { step: index + 1, total: steps.length })}
        </Text>
        {/* Decoration: the line above says the same in words. */}
        <Progress.Root size="lg" aria-hidden>
          <Progress.Section value={((index + 1) / steps.length) * 100} />
        </Progress.Root>
      </Stack>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (step === 'send') w.send();
          else w.next();
        }}
      >
        <Stack gap="lg">
          {index > 0 && (
            <Group>
              <Button
                variant="subtle"
                size="md"
                px={4}
                leftSection={<IconArrowLeft size={20} aria-hidden />}
                onClick={() => w.goTo(steps[index - 1] ?? 'who')}
              >
                {t(`${k}.back`)}
              </Button>
            </Group>
          )}
          <Title order={2} ref={w.headingRef} tabIndex={-1} className="public-form-step-title">
            {w.stepTitle(step)}
          </Title>
          <div ref={w.summaryRef} tabIndex={-1} className="public-form-summary-anchor">
            <PublicFormSummary
              tooMany={w.tooMany}
              failure={w.failure}
              errorList={w.errorList}
              fieldLabel={fieldLabel}
              onGoTo={(field) => w.goTo(stepOf(field), fieldId(field))}
            />
          </div>
          {step === 'send' ? (
            <>
              <PublicReview values={values} onChange={(s) => w.goTo(s)} />
              <Checkbox
                id={fieldId('consentToContact')}
                size="md"
                label={
                  <Text fz="lg">
                    {t(values.mode === 'other' ? `${k}.send.consentOther` : `${k}.send.consentSelf`)}
                  </Text>
                }
                description={<Text fz="md">{t(`${k}.send.consentDescription`)}</Text>}
                checked={values.consentToContact}
                onChange={(e) => w.setField('consentToContact', e.currentTarget.checked)}
                error={errors.consentToContact}
              />
            </>
          ) : (
            <PublicStepFields step={step} values={values} errors={errors} setField={w.setField} />
          )}
          <div className="public-form-hp" aria-hidden="true">
            <label htmlFor="anmalan-website">{t(`${k}.honeypot`)}</label>
            <input
              id="anmalan-website"
              name="website"
              type="text"
              tabIndex={-1}
              autoComplete="off"
              value={values.website}
              onChange={(e) => {
                const website = e.currentTarget.value;
                w.setValues((v) => ({ ...v, website }));
              }}
            />
          </div>
          <Group className="public-form-buttons" gap="md">
            <Button size="lg" type="submit" loading={w.pending}>
              {step === 'send' ? t(`${k}.submit`) : t(`${k}.next`)}
            </Button>
          </Group>
        </Stack>
      </form>
      <UnsavedChangesDialog blocker={w.blocker} />
    </Stack>
  );
}
