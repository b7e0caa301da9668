import {
  Alert,
  Anchor,
  Box,
  Button,
  Checkbox,
  Container,
  Group,
  List,
  Progress,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconClock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { LanguageSwitch } from '../../components/language-switch.tsx';
import { useDocumentTitle } from '../../components/page-title.tsx';
import { UnsavedChangesDialog } from '../../components/unsaved-changes-dialog.tsx';
import { useUnsavedChanges } from '../../components/use-unsaved-changes.ts';
import { ApiError } from '../../lib/api.ts';
import { PublicStepFields } from './public-form-steps.tsx';
import {
  emptyPublicValues,
  type FieldKey,
  fieldId,
  fieldOfServerPath,
  type Messages,
  type PublicValues,
  STEP_FIELDS,
  type StepKey,
  stepOf,
  stepsFor,
  toPublicBody,
  validateStep,
} from './public-form-values.ts';
import { useFieldLabel, useStepTitle } from './public-labels.ts';
import { PublicReceipt } from './public-receipt.tsx';
import { PublicReview } from './public-review.tsx';
import { useSubmitPublicRegistration } from './use-intake.ts';
import './public-form.css';

/**
 * /anmalan: the public interest form, no account needed. Easy-read Swedish (English selectable),
 * one step at a time, large text, for oneself or for someone else. Answers a receipt, nothing more.
 */
export function PublicRegistrationPage() {
  const { t } = useTranslation();
  const [reference, setReference] = useState<string | null>(null);
  return (
    <div className="public-form">
      <Box component="header" className="public-form-header" px="md" py="sm">
        <Group justify="space-between" align="flex-end" maw={680} mx="auto">
          <div>
            <Text fw={700} fz={28} c="blue.9" lang="sv">
              {t('app.name')}
            </Text>
            <Text size="md">{t('app.tagline')}</Text>
          </div>
          <LanguageSwitch />
        </Group>
      </Box>
      <Box component="main" id="main-content" tabIndex={-1}>
        <Container size={680} px="md" py="lg">
          {reference ? <PublicReceipt reference={reference} /> : <PublicWizard onDone={setReference} />}
        </Container>
      </Box>
    </div>
  );
}

/** "Förnamn: Skriv förnamnet." — a question or sentence as label needs no colon. */
function summaryLine(label: string, message: string): string {
  return /[?.!]$/.test(label) ? `${label} ${message}` : `${label}: ${message}`;
}

function PublicWizard({ onDone }: { onDone: (reference: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const submit = useSubmitPublicRegistration();
  const [values, setValues] = useState<PublicValues>(emptyPublicValues);
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  /** A failed send that no field explains: too many sends, the network, the server, a robot's field. */
  const [failure, setFailure] = useState<unknown>(null);
  const [step, setStep] = useState<StepKey>('who');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const stepTitle = useStepTitle(values.mode);
  const fieldLabel = useFieldLabel(values.mode);
  const steps = stepsFor(values.mode);
  const index = Math.max(0, steps.indexOf(step));
  const k = 'intake.public';
  // Typed on a phone and then "back" by mistake: ask before the answers are lost (sent → the receipt).
  const dirty = (Object.keys(values) as FieldKey[]).some((f) => values[f] !== emptyPublicValues[f]);
  const { blocker } = useUnsavedChanges(dirty);
  useDocumentTitle(`${t(`${k}.title`)}: ${stepTitle(step)}`);

  // After a step changes: focus its heading (or the error summary, or a field from the summary's link).
  useEffect(() => {
    if (!focusTarget) return;
    const el =
      focusTarget === 'heading'
        ? headingRef.current
        : focusTarget === 'summary'
          ? summaryRef.current
          : document.getElementById(focusTarget);
    el?.focus();
    if (focusTarget === 'heading' || focusTarget === 'summary') el?.scrollIntoView({ block: 'start' });
    setFocusTarget(null);
  }, [focusTarget]);

  const messages: Messages = {
    mode: t(`${k}.errors.mode`),
    source: t(`${k}.errors.source`),
    applicantName: t(`${k}.errors.applicantName`),
    relation: t(`${k}.errors.relation`),
    applicantReach: t(`${k}.errors.applicantReach`),
    givenName: t(`${k}.errors.givenName`),
    familyName: t(`${k}.errors.familyName`),
    municipality: t(`${k}.errors.municipality`),
    preference: t(`${k}.errors.preference`),
    needPhone: t(`${k}.errors.needPhone`),
    needEmail: t(`${k}.errors.needEmail`),
    needAddress: t(`${k}.errors.needAddress`),
    consent: t(`${k}.errors.consent`),
  };

  const setField = <K extends FieldKey>(key: K, value: PublicValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setFailure(null);
    setErrors((e) => {
      // A new choice of contact changes what is needed; a second way to reach the applicant answers the first.
      const related: FieldKey[] =
        key === 'contactPreference'
          ? ['phone', 'email', 'streetAddress', 'postalCode', 'city']
          : key === 'applicantEmail'
            ? ['applicantPhone']
            : key === 'mode'
              ? ['source']
              : [];
      if (!(key in e) && !related.some((r) => r in e)) return e;
      const next = { ...e };
      delete next[key];
      for (const r of related) delete next[r];
      return next;
    });
  };

  const withoutStep = (s: StepKey) => {
    const next = { ...errors };
    for (const f of STEP_FIELDS[s]) delete next[f];
    return next;
  };

  const goTo = (s: StepKey, focus = 'heading') => {
    setStep(s);
    setFocusTarget(focus);
  };

  const next = () => {
    const found = validateStep(step, values, messages, locale);
    if (Object.keys(found).length > 0) {
      setErrors({ ...withoutStep(step), ...found });
      setFocusTarget('summary');
      return;
    }
    setErrors(withoutStep(step));
    goTo(steps[index + 1] ?? step);
  };

  const send = () => {
    let found: Partial<Record<FieldKey, string>> = {};
    for (const s of steps) found = { ...found, ...validateStep(s, values, messages, locale) };
    if (Object.keys(found).length > 0) {
      setErrors(found);
      const first = steps.find((s) => STEP_FIELDS[s].some((f) => f in found)) ?? step;
      goTo(first, 'summary');
      return;
    }
    setFailure(null);
    submit.mutate(toPublicBody(values), {
      onSuccess: (receipt) => {
        setValues(emptyPublicValues); // nothing of the answers stays in the page
        onDone(receipt.reference);
      },
      onError: (err) => {
        const fromServer: Partial<Record<FieldKey, string>> = {};
        let unexplained = !(err instanceof ApiError) || err.status !== 400 || !err.problem.errors?.length;
        if (err instanceof ApiError && err.status === 400) {
          for (const { path, message } of err.problem.errors ?? []) {
            const field = fieldOfServerPath(path);
            if (field && steps.includes(stepOf(field))) fromServer[field] ??= message;
            else unexplained = true;
          }
        }
        setErrors(fromServer);
        setFailure(unexplained ? err : null);
        const first = steps.find((s) => STEP_FIELDS[s].some((f) => f in fromServer)) ?? 'send';
        goTo(first, 'summary');
      },
    });
  };

  const errorList = steps.flatMap((s) =>
    STEP_FIELDS[s].filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f] as string })),
  );
  const tooMany = failure instanceof ApiError && failure.status === 429;

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
          if (step === 'send') send();
          else next();
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
                onClick={() => goTo(steps[index - 1] ?? 'who')}
              >
                {t(`${k}.back`)}
              </Button>
            </Group>
          )}
          <Title order={2} ref={headingRef} tabIndex={-1} className="public-form-step-title">
            {stepTitle(step)}
          </Title>
          <div ref={summaryRef} tabIndex={-1} className="public-form-summary-anchor">
            {tooMany ? (
              <Alert
                role="alert"
                color="blue"
                variant="light"
                icon={<IconClock aria-hidden />}
                title={
                  <Text fz="xl" fw={700}>
                    {t(`${k}.tooManyTitle`)}
                  </Text>
                }
              >
                <Text fz="lg">{t(`${k}.tooMany`)}</Text>
              </Alert>
            ) : failure && errorList.length === 0 ? (
              <ErrorAlert error={failure} title={t(`${k}.failedTitle`)} />
            ) : null}
            {errorList.length > 0 && (
              <Alert
                role="alert"
                color="red"
                variant="light"
                icon={<IconAlertTriangle aria-hidden />}
                title={
                  <Text fz="xl" fw={700}>
                    {t(`${k}.fixTitle`)}
                  </Text>
                }
                data-testid="public-form-errors"
              >
                <Text fz="lg" mb="xs">
                  {t(`${k}.fixIntro`)}
                </Text>
                <List fz="lg" spacing="sm" listStyleType="none">
                  {errorList.map(({ field, message }) => (
                    <List.Item key={field}>
                      <Anchor
                        component="button"
                        type="button"
                        fz="lg"
                        ta="left"
                        underline="always"
                        c="black"
                        onClick={() => goTo(stepOf(field), fieldId(field))}
                      >
                        {summaryLine(fieldLabel(field), message)}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
          </div>
          {step === 'send' ? (
            <>
              <PublicReview values={values} onChange={(s) => goTo(s)} />
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
                onChange={(e) => setField('consentToContact', e.currentTarget.checked)}
                error={errors.consentToContact}
              />
            </>
          ) : (
            <PublicStepFields step={step} values={values} errors={errors} setField={setField} />
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
              onChange={(e) => setValues((v) => ({ ...v, website: e.currentTarget.value }))}
            />
          </div>
          <Group className="public-form-buttons" gap="md">
            <Button size="lg" type="submit" loading={submit.isPending}>
              {step === 'send' ? t(`${k}.submit`) : t(`${k}.next`)}
            </Button>
          </Group>
        </Stack>
      </form>
      <UnsavedChangesDialog blocker={blocker} />
    </Stack>
  );
}
