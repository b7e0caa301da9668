import {
  ANSWERED_BY,
  type AnsweredBy,
  SURVEY_DIMENSIONS,
  type SurveyDimension,
  type SurveyScore,
  type SurveyScores,
  type SurveyVersion,
} from '@lotsa/contracts';
import { Alert, Button, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { FaceScale } from './face-scale.tsx';
import { FACE_KEY, Face } from './faces.tsx';
import { DIMENSION_PICTURES, Picture } from './pictures.tsx';

export interface SurveyFormAnswer {
  version: SurveyVersion;
  answeredBy: AnsweredBy;
  scores: SurveyScores;
  comment: string;
}

interface SurveyFormProps {
  /** The link's version; without it (the kiosk) the version follows who answers. */
  version?: SurveyVersion;
  /** What the intro says about the visit (link only); the kiosk has its own welcome. */
  intro?: ReactNode;
  onSubmit: (answer: SurveyFormAnswer) => void;
  submitting: boolean;
  error: unknown;
  /** Called on every step, so the kiosk can restart its inactivity timer. */
  onActivity?: () => void;
  /** Focus the first screen's heading at once (the kiosk, after the visit was chosen). */
  focusOnMount?: boolean;
}

type Step = 'intro' | 'who' | SurveyDimension | 'comment' | 'review' | 'all';

const emptyScores = (): SurveyScores => ({
  accessibility: null,
  time: null,
  treatment: null,
  communication: null,
  participation: null,
});

function stepsFor(version: SurveyVersion, withIntro: boolean): Step[] {
  const start: Step[] = withIntro ? ['intro', 'who'] : ['who'];
  return version === 'patient' ? [...start, ...SURVEY_DIMENSIONS, 'comment', 'review'] : [...start, 'all'];
}

/**
 * The after-visit survey. Easy-read patient version: one question per screen with a picture, big
 * faces and short sentences. Companion version: every question on one page, with more words. Focus
 * moves to each screen's heading, so a screen reader starts reading there.
 */
export function SurveyForm({
  version: fixed,
  intro,
  onSubmit,
  submitting,
  error,
  onActivity,
  focusOnMount = false,
}: SurveyFormProps) {
  const { t } = useTranslation();
  const [answeredBy, setAnsweredBy] = useState<AnsweredBy | null>(null);
  const [scores, setScores] = useState<SurveyScores>(emptyScores);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const version: SurveyVersion = fixed ?? (answeredBy === 'companion' ? 'companion' : 'patient');
  const steps = stepsFor(version, !!intro);
  const [stepIndex, setStepIndex] = useState(0);
  const step = steps[Math.min(stepIndex, steps.length - 1)] ?? 'who';
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(focusOnMount);

  // Each new screen (step) moves the focus to its heading.
  useEffect(() => {
    if (!moved.current || !step) return;
    headingRef.current?.focus();
    headingRef.current?.scrollIntoView({ block: 'start' });
  }, [step]);

  const go = (delta: number) => {
    moved.current = true;
    onActivity?.();
    setProblem(null);
    setStepIndex((i) => Math.max(0, Math.min(steps.length - 1, i + delta)));
  };
  const next = () => {
    if (step === 'who' && !answeredBy) {
      setProblem(t('surveys.form.whoRequired'));
      return;
    }
    go(1);
  };
  const send = () => {
    onActivity?.();
    if (!answeredBy) {
      setProblem(t('surveys.form.whoRequired'));
      return;
    }
    if (!Object.values(scores).some((s) => s !== null) && !comment.trim()) {
      setProblem(t('surveys.form.emptyAnswer'));
      return;
    }
    setProblem(null);
    onSubmit({ version, answeredBy, scores, comment: comment.trim() });
  };
  const setScore = (d: SurveyDimension) => (s: SurveyScore) => {
    onActivity?.();
    setScores((prev) => ({ ...prev, [d]: s }));
  };

  const companion = version === 'companion';
  const dimIndex = SURVEY_DIMENSIONS.indexOf(step as SurveyDimension);
  const heading = (text: string) => (
    <Title order={1} ref={headingRef} tabIndex={-1} id="survey-step-title" className="survey-step-title">
      {text}
    </Title>
  );
  const buttons = (primary: ReactNode) => (
    <Stack gap="sm" className="survey-buttons">
      {primary}
      {stepIndex > 0 && (
        <Button variant="subtle" size="lg" onClick={() => go(-1)}>
          {t('surveys.form.back')}
        </Button>
      )}
    </Stack>
  );
  const nextButton = (
    <Button size="lg" onClick={next}>
      {step === 'intro' ? t('surveys.form.start') : t('surveys.form.next')}
    </Button>
  );
  const sendButton = (
    <Button size="lg" onClick={send} loading={submitting}>
      {t('surveys.form.send')}
    </Button>
  );
  const alerts = (
    <>
      {problem && (
        <Alert role="alert" color="red" variant="light">
          {problem}
        </Alert>
      )}
      <ErrorAlert error={error} />
    </>
  );

  return (
    <Stack gap="lg" className="survey-form" data-version={version}>
      {step === 'intro' && (
        <>
          {heading(t(companion ? 'surveys.form.titleCompanion' : 'surveys.form.title'))}
          {intro}
          <Text>{t(companion ? 'surveys.form.introCompanion' : 'surveys.form.intro')}</Text>
          <Text>{t(companion ? 'surveys.form.anonymousCompanion' : 'surveys.form.anonymous')}</Text>
          {buttons(nextButton)}
        </>
      )}

      {step === 'who' && (
        <>
          {heading(t(fixed === 'companion' ? 'surveys.form.whoCompanion.title' : 'surveys.form.who.title'))}
          <fieldset className="survey-who" aria-labelledby="survey-step-title">
            <Stack gap="md">
              {ANSWERED_BY.map((w) => (
                <Radio
                  key={w}
                  name="answered-by"
                  value={w}
                  size="lg"
                  checked={answeredBy === w}
                  onChange={() => {
                    onActivity?.();
                    setProblem(null);
                    setAnsweredBy(w);
                  }}
                  label={t(
                    fixed === 'companion' ? `surveys.form.whoCompanion.${w}` : `surveys.form.who.${w}`,
                  )}
                />
              ))}
            </Stack>
          </fieldset>
          {problem && (
            <Alert role="alert" color="red" variant="light">
              {problem}
            </Alert>
          )}
          <ErrorAlert error={error} />
          {buttons(nextButton)}
        </>
      )}

      {dimIndex >= 0 && !companion && (
        <EasyQuestion
          dimension={step as SurveyDimension}
          n={dimIndex + 1}
          heading={heading}
          value={scores[step as SurveyDimension]}
          onChange={setScore(step as SurveyDimension)}
        >
          {buttons(nextButton)}
        </EasyQuestion>
      )}

      {step === 'comment' && (
        <>
          {heading(t('surveys.form.comment.title'))}
          <Textarea
            label={t('surveys.form.comment.label')}
            description={t('surveys.form.comment.hint')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={4}
            size="lg"
          />
          {buttons(nextButton)}
        </>
      )}

      {step === 'review' && (
        <>
          {heading(t('surveys.form.review.title'))}
          <ul className="survey-review">
            {SURVEY_DIMENSIONS.map((d) => {
              const s = scores[d];
              return (
                <li key={d}>
                  <span className="survey-review-question">{t(`surveys.easy.${d}.title`)}</span>
                  <span className="survey-review-answer">
                    {s ? <Face score={s as SurveyScore} size={32} /> : null}
                    {s
                      ? t(`surveys.faces.${FACE_KEY[s as SurveyScore]}`)
                      : t('surveys.form.review.notAnswered')}
                  </span>
                </li>
              );
            })}
          </ul>
          {comment.trim() && <Text className="survey-review-comment">“{comment.trim()}”</Text>}
          {alerts}
          {buttons(sendButton)}
        </>
      )}

      {step === 'all' && (
        <>
          {heading(t('surveys.form.titleCompanion'))}
          {SURVEY_DIMENSIONS.map((d) => (
            <FaceScale
              key={d}
              name={`q-${d}`}
              legend={t(`surveys.companion.${d}`)}
              value={scores[d] as SurveyScore | null}
              onChange={setScore(d)}
            />
          ))}
          <Textarea
            label={t('surveys.form.commentCompanion.label')}
            description={t('surveys.form.commentCompanion.hint')}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={2000}
            autosize
            minRows={4}
            size="md"
          />
          {alerts}
          {buttons(sendButton)}
        </>
      )}
    </Stack>
  );
}

function EasyQuestion({
  dimension,
  n,
  heading,
  value,
  onChange,
  children,
}: {
  dimension: SurveyDimension;
  n: number;
  heading: (text: string) => ReactNode;
  value: number | null;
  onChange: (s: SurveyScore) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const hint = dimension === 'time' ? t('surveys.easy.time.hint') : null;
  return (
    <>
      <Text className="survey-progress">
        {t('surveys.form.step', { n, total: SURVEY_DIMENSIONS.length })}
      </Text>
      <div className="survey-question-head">
        <Picture icon={DIMENSION_PICTURES[dimension]} />
        {heading(t(`surveys.easy.${dimension}.title`))}
      </div>
      <FaceScale
        name={`q-${dimension}`}
        size="large"
        legend={t(`surveys.easy.${dimension}.question`)}
        hint={[hint, t('surveys.form.skipHint')].filter(Boolean).join(' ')}
        value={value as SurveyScore | null}
        onChange={onChange}
      />
      {children}
    </>
  );
}
