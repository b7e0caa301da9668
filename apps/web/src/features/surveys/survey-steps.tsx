import {
  ANSWERED_BY,
  type AnsweredBy,
  SURVEY_DIMENSIONS,
  type SurveyDimension,
  type SurveyScore,
  type SurveyScores,
} from '@lotsa/contracts';
import { Radio, Stack, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FaceScale } from './face-scale.tsx';
import { FACE_KEY, Face } from './faces.tsx';
import { DIMENSION_PICTURES, Picture } from './pictures.tsx';

/** Vem svarar: the patient, with help, or a companion (the companion link words it for them). */
export function SurveyWho({
  companionLink,
  value,
  onChange,
}: {
  companionLink: boolean;
  value: AnsweredBy | null;
  onChange: (w: AnsweredBy) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="survey-who" aria-labelledby="survey-step-title">
      <Stack gap="md">
        {ANSWERED_BY.map((w) => (
          <Radio
            key={w}
            name="answered-by"
            value={w}
            size="lg"
            checked={value === w}
            onChange={() => onChange(w)}
            label={t(companionLink ? `surveys.form.whoCompanion.${w}` : `surveys.form.who.${w}`)}
          />
        ))}
      </Stack>
    </fieldset>
  );
}

/** The easy-read review: each question with the face chosen, or "not answered". */
export function SurveyReview({ scores }: { scores: SurveyScores }) {
  const { t } = useTranslation();
  return (
    <ul className="survey-review">
      {SURVEY_DIMENSIONS.map((d) => {
        const s = scores[d];
        return (
          <li key={d}>
            <span className="survey-review-question">{t(`surveys.easy.${d}.title`)}</span>
            <span className="survey-review-answer">
              {s ? <Face score={s as SurveyScore} size={32} /> : null}
              {s ? t(`surveys.faces.${FACE_KEY[s as SurveyScore]}`) : t('surveys.form.review.notAnswered')}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/** The companion version: every question on one page, then the comment. */
export function CompanionQuestions({
  scores,
  onScore,
  comment,
  onComment,
}: {
  scores: SurveyScores;
  onScore: (d: SurveyDimension) => (s: SurveyScore) => void;
  comment: string;
  onComment: (comment: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      {SURVEY_DIMENSIONS.map((d) => (
        <FaceScale
          key={d}
          name={`q-${d}`}
          legend={t(`surveys.companion.${d}`)}
          value={scores[d] as SurveyScore | null}
          onChange={onScore(d)}
        />
      ))}
      <Textarea
        label={t('surveys.form.commentCompanion.label')}
        description={t('surveys.form.commentCompanion.hint')}
        value={comment}
        onChange={(e) => onComment(e.currentTarget.value)}
        maxLength={2000}
        autosize
        minRows={4}
        size="md"
      />
    </>
  );
}

/** One easy-read question: its picture and heading, and the big faces. */
export function EasyQuestion({
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
