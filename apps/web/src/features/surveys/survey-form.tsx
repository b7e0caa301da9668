import { SURVEY_DIMENSIONS, type SurveyDimension, type SurveyVersion } from '@lotsa/contracts';
import { Alert, Button, Stack, Text, Textarea, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { CompanionQuestions, EasyQuestion, SurveyReview, SurveyWho } from './survey-steps.tsx';
import { type SurveyFormAnswer, useSurveyAnswers } from './use-survey-answers.ts';

export type { SurveyFormAnswer } from './use-survey-answers.ts';

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
  const f = useSurveyAnswers({ fixed, withIntro: !!intro, onSubmit, onActivity, focusOnMount });
  const { answeredBy, setAnsweredBy, scores, comment, setComment, problem, setProblem, version, step } = f;
  const { stepIndex, headingRef, go, next, send, setScore } = f;
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
          <SurveyWho
            companionLink={fixed === 'companion'}
            value={answeredBy}
            onChange={(w) => {
              onActivity?.();
              setProblem(null);
              setAnsweredBy(w);
            }}
          />
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
          <SurveyReview scores={scores} />
          {comment.trim() && <Text className="survey-review-comment">“{comment.trim()}”</Text>}
          {alerts}
          {buttons(sendButton)}
        </>
      )}

      {step === 'all' && (
        <>
          {heading(t('surveys.form.titleCompanion'))}
          <CompanionQuestions scores={scores} onScore={setScore} comment={comment} onComment={setComment} />
          {alerts}
          {buttons(sendButton)}
        </>
      )}
    </Stack>
  );
}
