import type { LetterContent, LetterPictogram, LetterRow, SipContent } from '@lotsa/contracts';
import { lix, sayLocalDate } from '../letters/index.ts';

/**
 * The agreed SIP's easy-read copy for the person (pure): picture left, short text right, one row per
 * intervention with who does it, who has the overall responsibility, and when we meet again. In the
 * letters' format, so the letters module's PDF pipeline prints it; LIX measured (kept at most 30 with
 * short common words; unit-tested in care-plans.rules.test.ts).
 */

const PICTOGRAM: Record<string, LetterPictogram> = {
  region: 'meet_team',
  municipality: 'home',
  other: 'talk',
};

function who(i: SipContent['interventions'][number]): string {
  if (i.responsibleName) return `${i.responsibleName} gör det.`;
  if (i.principal === 'region') return 'Vården gör det.';
  if (i.principal === 'municipality') return 'Kommunen gör det.';
  return 'Någon annan gör det.';
}

export interface EasyReadSipInput {
  patientName: string;
  unitName: string;
  version: number;
  content: SipContent;
}

export function easyReadCarePlan(p: EasyReadSipInput): LetterContent {
  const c = p.content;
  const sections: LetterContent['sections'] = [
    {
      key: 'intro',
      heading: 'Din plan',
      rows: [
        {
          picture: { kind: 'pictogram', code: 'meet_team' },
          alt: 'Ett möte',
          lines: [`Hej ${p.patientName}!`, 'Här är din plan.', 'Vi har gjort den med dig.', 'Den heter SIP.'],
        },
      ],
    },
  ];
  if (c.ownGoals)
    sections.push({
      key: 'people',
      heading: 'Det här vill du',
      rows: [{ picture: { kind: 'pictogram', code: 'talk' }, alt: 'Prata', lines: [c.ownGoals] }],
    });
  const rows: LetterRow[] = c.interventions.map((i) => ({
    picture: { kind: 'pictogram', code: PICTOGRAM[i.principal ?? 'other'] ?? 'talk' },
    alt: i.easyText ?? i.text,
    lines: [i.easyText ?? i.text, who(i)],
  }));
  sections.push({ key: 'schedule', heading: 'Det här ska vi göra', rows });
  if (c.overallName)
    sections.push({
      key: 'call',
      heading: 'Vem har koll på allt',
      rows: [
        {
          picture: { kind: 'pictogram', code: 'phone' },
          alt: 'Telefon',
          lines: [`${c.overallName} har koll på hela planen.`, 'Ring om du vill fråga något.'],
        },
      ],
    });
  if (c.followUpDate)
    sections.push({
      key: 'when',
      heading: 'Vi ses igen',
      rows: [
        {
          picture: { kind: 'pictogram', code: 'calendar' },
          alt: 'Kalender',
          lines: [
            `Vi ses igen ${sayLocalDate(c.followUpDate)}.`,
            'Då pratar vi om planen.',
            ...(c.followUpBy ? [`${c.followUpBy} hör av sig.`] : []),
          ],
        },
      ],
    });
  const text = sections.flatMap((s) => [s.heading, ...s.rows.flatMap((r) => r.lines)]).join('\n');
  return {
    title: `Din plan, ${p.patientName}`,
    variant: 'easy_read',
    addressLines: [],
    copyNote: `Version ${p.version}`,
    sections,
    unitName: p.unitName,
    lix: lix(text),
  };
}
