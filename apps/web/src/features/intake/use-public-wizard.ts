import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../app/i18n/index.ts';
import { useDocumentTitle } from '../../components/page-title.tsx';
import { useUnsavedChanges } from '../../components/use-unsaved-changes.ts';
import { ApiError, fieldMessage } from '../../lib/api.ts';
import {
  emptyPublicValues,
  type FieldKey,
  fieldOfServerPath,
  type Messages,
  newIdempotencyKey,
  type PublicValues,
  STEP_FIELDS,
  type StepKey,
  stepOf,
  stepsFor,
  toPublicBody,
  validateStep,
} from './public-form-values.ts';
import { useStepTitle } from './public-labels.ts';
import { useSubmitPublicRegistration } from './use-intake.ts';

/**
 * The public form's state: the answers, the messages per field, the step shown and where the focus
 * goes next; `next` checks a step, `send` checks them all and sends. Nothing is kept once sent.
 */
export function usePublicWizard(onDone: (reference: string) => void) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const submit = useSubmitPublicRegistration();
  const [values, setValues] = useState<PublicValues>(emptyPublicValues);
  const [errors, setErrors] = useState<Partial<Record<FieldKey, string>>>({});
  /** A failed send that no field explains: too many sends, the network, the server, a robot's field. */
  const [failure, setFailure] = useState<unknown>(null);
  const [step, setStep] = useState<StepKey>('who');
  const [focusTarget, setFocusTarget] = useState<string | null>(null);
  // One key per form fill: a retry or a double click sends the same one, so the server answers the
  // same receipt instead of a second registration; a new fill after the receipt gets a new key.
  const idempotencyKey = useRef(newIdempotencyKey());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const stepTitle = useStepTitle(values.mode);
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
    if (submit.isPending) return;
    submit.mutate(
      { ...toPublicBody(values), idempotencyKey: idempotencyKey.current },
      {
        onSuccess: (receipt) => {
          idempotencyKey.current = newIdempotencyKey();
          setValues(emptyPublicValues); // nothing of the answers stays in the page
          onDone(receipt.reference);
        },
        onError: (err) => {
          const fromServer: Partial<Record<FieldKey, string>> = {};
          let unexplained = !(err instanceof ApiError) || err.status !== 400 || !err.problem.errors?.length;
          if (err instanceof ApiError && err.status === 400) {
            for (const f of err.problem.errors ?? []) {
              const field = fieldOfServerPath(f.path);
              if (field && steps.includes(stepOf(field))) fromServer[field] ??= fieldMessage(f);
              else unexplained = true;
            }
          }
          setErrors(fromServer);
          setFailure(unexplained ? err : null);
          const first = steps.find((s) => STEP_FIELDS[s].some((f) => f in fromServer)) ?? 'send';
          goTo(first, 'summary');
        },
      },
    );
  };

  const errorList = steps.flatMap((s) =>
    STEP_FIELDS[s].filter((f) => errors[f]).map((f) => ({ field: f, message: errors[f] as string })),
  );
  const tooMany = failure instanceof ApiError && failure.status === 429;

  return {
    values,
    setValues,
    errors,
    setField,
    failure,
    tooMany,
    errorList,
    step,
    steps,
    index,
    stepTitle,
    goTo,
    next,
    send,
    pending: submit.isPending,
    blocker,
    headingRef,
    summaryRef,
  };
}
