import { ELIGIBILITY_DECISIONS, type IntakeStage, type Registration } from '@lotsa/contracts';
import { Alert, Checkbox, Fieldset, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { notify } from '../../lib/notify.ts';
import { useFieldErrors, useFormValues } from '../../lib/use-form-values.ts';
import { CriteriaList } from './criteria-list.tsx';
import { useIntakeStep } from './use-intake.ts';

type Decision = (typeof ELIGIBILITY_DECISIONS)[number];
const AFTER_CONSENT: ReadonlySet<IntakeStage> = new Set(['consented', 'waiting_list', 'offered']);
interface Values extends Record<string, unknown> {
  decision: Decision | '';
  reason: string;
  catchmentOverride: boolean;
  overrideReason: string;
}

/**
 * Bedömning: the criteria one by one as the server sees them, then the human decision and its reason.
 * Outside the catchment area an eligible decision needs the override and a written reason.
 */
export function DecideModal({
  registration: r,
  onClose,
}: {
  registration: Registration;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const step = useIntakeStep(r.id);
  const { errors, clear } = useFieldErrors(step.error);
  const { values, setField, textProps, checkboxProps } = useFormValues<Values>(
    { decision: '', reason: '', catchmentOverride: false, overrideReason: '' },
    clear,
  );
  const outsideCatchment = r.criteria.some((c) => c.criterion === 'catchment_area' && c.result === 'not_met');
  const outdated = r.decision?.outdated ?? null;
  // After consent an outdated decision can only be confirmed (the server's rule); else close the registration.
  const decisions = outdated && AFTER_CONSENT.has(r.stage) ? (['eligible'] as const) : ELIGIBILITY_DECISIONS;
  const k = 'intake.decide';

  const submit = () =>
    step.mutate(
      {
        kind: 'decideEligibility',
        body: {
          // An unchosen decision goes to the server as is, which answers with the field's message.
          decision: values.decision as Decision,
          reason: values.reason,
          catchmentOverride: outsideCatchment && values.catchmentOverride,
          overrideReason: outsideCatchment && values.catchmentOverride ? values.overrideReason : null,
        },
      },
      {
        onSuccess: () => {
          notify.success(t(`${k}.saved`));
          onClose();
        },
      },
    );

  return (
    <FormModal
      title={t(`${k}.title`, { name: r.personName })}
      onClose={onClose}
      onSubmit={submit}
      pending={step.isPending}
      error={step.error}
      fieldErrors={errors}
      submitLabel={t(`${k}.submit`)}
    >
      {outdated && (
        <Alert color="orange" variant="light" title={t('intake.registration.decisionOutdated')}>
          {outdated[currentLocale()]}
        </Alert>
      )}
      <Fieldset legend={t('intake.registration.criteria')}>
        <Stack gap="xs">
          <Text size="sm">{t(`${k}.intro`)}</Text>
          <CriteriaList criteria={r.criteria} />
        </Stack>
      </Fieldset>
      <Radio.Group
        label={t(`${k}.decision`)}
        required
        value={values.decision}
        onChange={(v) => setField('decision', v as Decision)}
        error={errors.decision}
      >
        <Group mt={6} gap="md">
          {decisions.map((d) => (
            <Radio key={d} value={d} label={t(`intake.decisions.${d}`)} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label={t(`${k}.reason`)}
        required
        autosize
        minRows={3}
        maxLength={2000}
        {...textProps('reason')}
        error={errors.reason}
      />
      {outsideCatchment && (
        <Stack gap="sm">
          <Checkbox
            label={t(`${k}.catchmentOverride`)}
            {...checkboxProps('catchmentOverride')}
            error={errors.catchmentOverride}
          />
          {values.catchmentOverride && (
            <Textarea
              label={t(`${k}.overrideReason`)}
              required
              autosize
              minRows={2}
              maxLength={2000}
              {...textProps('overrideReason')}
              error={errors.overrideReason}
            />
          )}
        </Stack>
      )}
    </FormModal>
  );
}
