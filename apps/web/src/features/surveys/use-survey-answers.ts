import {
  type AnsweredBy,
  SURVEY_DIMENSIONS,
  type SurveyDimension,
  type SurveyScore,
  type SurveyScores,
  type SurveyVersion,
} from '@lotsa/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
export interface SurveyFormAnswer {
  version: SurveyVersion;
  answeredBy: AnsweredBy;
  scores: SurveyScores;
  comment: string;
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
 * The survey's answers and where the person is: who answers (which decides the version unless the
 * link fixed it), the scores, the comment, the screen shown and what is missing before sending.
 */
export function useSurveyAnswers({
  fixed,
  withIntro,
  onSubmit,
  onActivity,
  focusOnMount,
}: {
  fixed: SurveyVersion | undefined;
  withIntro: boolean;
  onSubmit: (answer: SurveyFormAnswer) => void;
  onActivity: (() => void) | undefined;
  focusOnMount: boolean;
}) {
  const { t } = useTranslation();
  const [answeredBy, setAnsweredBy] = useState<AnsweredBy | null>(null);
  const [scores, setScores] = useState<SurveyScores>(emptyScores);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const version: SurveyVersion = fixed ?? (answeredBy === 'companion' ? 'companion' : 'patient');
  const steps = stepsFor(version, withIntro);
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

  return {
    answeredBy,
    setAnsweredBy,
    scores,
    comment,
    setComment,
    problem,
    setProblem,
    version,
    step,
    stepIndex,
    headingRef,
    go,
    next,
    send,
    setScore,
  };
}
