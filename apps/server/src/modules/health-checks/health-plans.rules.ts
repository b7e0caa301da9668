import type { LetterContent, LetterPictogram, LetterRow } from '@lotsa/contracts';
import { lix, sayLocalDate } from '../letters/index.ts';

/**
 * The health action plan's pure rules: when an action is overdue, and the plan's easy-read copy
 * (picture left, short text right, one pictogram per action; LIX measured) in the letters' format,
 * so the letters module's PDF pipeline prints it. Unit-tested in health-plans.rules.test.ts.
 */

export interface PlanActionFacts {
  text: string;
  easyText: string | null;
  topic: string;
  ownerKind: string;
  ownerName: string;
  dueDate: string;
  status: string;
}

export const isOverdue = (a: { dueDate: string; status: string }, today: string) =>
  a.dueDate < today && (a.status === 'planned' || a.status === 'in_progress');

const PICTOGRAM: Record<string, LetterPictogram> = {
  doctor: 'meet_doctor',
  nurse: 'meet_nurse',
  blood_test: 'blood_test',
  weigh: 'weigh',
  blood_pressure: 'blood_pressure',
  talk: 'talk',
  home: 'home',
  other: 'talk',
};
export const pictogramOf = (topic: string): LetterPictogram => PICTOGRAM[topic] ?? 'talk';

/** "3 mars 2027": the letters' way of writing a date. */
export const dateWords = sayLocalDate;

function who(a: PlanActionFacts): string {
  switch (a.ownerKind) {
    case 'patient':
      return 'Du gör det.';
    case 'team':
      return `${a.ownerName} på vårdcentralen gör det.`;
    case 'municipal':
      return `${a.ownerName} från kommunen gör det.`;
    default:
      return `${a.ownerName} gör det.`;
  }
}

export interface EasyReadPlanInput {
  patientName: string;
  unitName: string;
  nextCheckDate: string;
  actions: readonly PlanActionFacts[];
}

/** The plan as an easy-read letter: what we found out, what happens next (one row per action), next check. */
export function easyReadPlan(p: EasyReadPlanInput): LetterContent {
  const open = p.actions.filter((a) => a.status !== 'cancelled');
  const rows: LetterRow[] = open.map((a) => ({
    picture: { kind: 'pictogram', code: pictogramOf(a.topic) },
    alt: a.easyText ?? a.text,
    lines: [
      a.easyText ?? a.text,
      who(a),
      a.status === 'done' ? 'Det är klart.' : `Senast ${dateWords(a.dueDate)}.`,
    ],
  }));
  const sections: LetterContent['sections'] = [
    {
      key: 'intro',
      heading: 'Din hälsoplan',
      rows: [
        {
          picture: { kind: 'pictogram', code: 'meet_doctor' },
          alt: 'Hälsokontroll',
          lines: [
            `Hej ${p.patientName}!`,
            'Du har gjort en hälsokontroll hos oss.',
            'Här ser du vad vi ska göra nu.',
          ],
        },
      ],
    },
    {
      key: 'schedule',
      heading: 'Det här ska vi göra',
      rows:
        rows.length > 0
          ? rows
          : [{ picture: null, alt: '', lines: ['Du mår bra.', 'Vi behöver inte göra något nu.'] }],
    },
    {
      key: 'when',
      heading: 'Nästa hälsokontroll',
      rows: [
        {
          picture: { kind: 'pictogram', code: 'calendar' },
          alt: 'Kalender',
          lines: [
            `Nästa gång ses vi i ${dateWords(p.nextCheckDate).replace(/^\d+ /, '')}.`,
            'Vi skickar en kallelse.',
          ],
        },
      ],
    },
  ];
  const text = sections.flatMap((s) => [s.heading, ...s.rows.flatMap((r) => r.lines)]).join('\n');
  return {
    title: `Hälsoplan för ${p.patientName}`,
    variant: 'easy_read',
    addressLines: [],
    copyNote: null,
    sections,
    unitName: p.unitName,
    lix: lix(text),
  };
}
