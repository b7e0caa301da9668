import type { SurveyScore } from '@lotsa/contracts';

/** Colours with enough contrast for the line drawing against its fill and the page (WCAG 1.4.11). */
const LOOK: Record<SurveyScore, { fill: string; line: string; mouth: string }> = {
  3: { fill: '#d3f9d8', line: '#2b8a3e', mouth: 'M 30 60 Q 50 78 70 60' },
  2: { fill: '#fff3bf', line: '#a15c00', mouth: 'M 32 66 L 68 66' },
  1: { fill: '#ffe3e3', line: '#c92a2a', mouth: 'M 30 72 Q 50 54 70 72' },
};

/** A face drawn for Lotsa: happy (3), neutral (2) or sad (1). Decorative: the word beside it names it. */
export function Face({ score, size = 64 }: { score: SurveyScore; size?: number }) {
  const l = LOOK[score];
  return (
    <svg width={size} height={size} viewBox="0 0 100 100" aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="44" fill={l.fill} stroke={l.line} strokeWidth="6" />
      <circle cx="36" cy="40" r="6" fill={l.line} />
      <circle cx="64" cy="40" r="6" fill={l.line} />
      <path d={l.mouth} fill="none" stroke={l.line} strokeWidth="6" strokeLinecap="round" />
    </svg>
  );
}

/** The word of a face in the translations: surveys.faces.good / middle / bad. */
export const FACE_KEY = { 3: 'good', 2: 'middle', 1: 'bad' } as const satisfies Record<SurveyScore, string>;
