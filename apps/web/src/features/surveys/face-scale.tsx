import { SURVEY_SCORES, type SurveyScore } from '@lotsa/contracts';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FACE_KEY, Face } from './faces.tsx';

interface FaceScaleProps {
  /** Unique per question: the radios' group name and the ids. */
  name: string;
  /** The question, read as the group's name. */
  legend: ReactNode;
  /** More words under the question (read as part of the group's description). */
  hint?: ReactNode;
  value: SurveyScore | null;
  onChange: (score: SurveyScore) => void;
  size?: 'large' | 'normal';
}

/**
 * The three faces as a radio group. Native radio buttons under the drawings, so the keyboard works as
 * everywhere: Tab into the group, arrow keys move and choose, Space chooses; a screen reader says the
 * question, then "Bra, radio button, 1 of 3".
 */
export function FaceScale({ name, legend, hint, value, onChange, size = 'normal' }: FaceScaleProps) {
  const { t } = useTranslation();
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset className={`face-scale face-scale-${size}`} aria-describedby={hintId}>
      <legend className="face-scale-legend">{legend}</legend>
      {hint && (
        <p id={hintId} className="face-scale-hint">
          {hint}
        </p>
      )}
      <div className="face-scale-options">
        {SURVEY_SCORES.map((score) => {
          const id = `${name}-${score}`;
          return (
            <label
              key={score}
              htmlFor={id}
              className="face-scale-option"
              data-checked={value === score || undefined}
            >
              <input
                id={id}
                type="radio"
                name={name}
                value={score}
                checked={value === score}
                onChange={() => onChange(score)}
                className="face-scale-input"
              />
              <Face score={score} size={size === 'large' ? 88 : 56} />
              <span className="face-scale-word">{t(`surveys.faces.${FACE_KEY[score]}`)}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
