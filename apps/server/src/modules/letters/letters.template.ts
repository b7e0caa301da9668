import type {
  LetterContent,
  LetterPictogram,
  LetterRow,
  LetterSection,
  LetterVariant,
  Profession,
  StepPictogram,
  VisitLocation,
  VisitTypeCode,
} from '@lotsa/contracts';
import { lix } from './letters.lix.ts';
import { sayClock, sayDate, sayDateWithYear, sayDuration, sayTime } from './letters.words.ts';
import { PICTOGRAMS } from './pictograms.catalog.ts';
import { VISIT_TEXTS } from './visit-texts.ts';

/**
 * Pure: the text of a letter from the facts of a booking. Easy read follows the rules in
 * shared/domain-anchors.md: one idea per line, sentences of at most 15 words, everyday words, no
 * abbreviations, date and time as people say them, picture left and text right. `plain` says the
 * same without pictures and with the digital time; `large_print` is easy read in big type.
 */

export interface LetterStaff {
  id: string;
  givenName: string;
  familyName: string;
  profession: Profession;
}

export interface LetterStep {
  pictogram: StepPictogram;
  /** The visit type's label of the step: "Sjuksköterskan: vikt, blodtryck och blodprov". */
  label?: string;
  start: Date;
  staff: LetterStaff | null;
}

export interface LetterFacts {
  variant: LetterVariant;
  recipient: {
    kind: 'patient' | 'representative';
    name: string;
    /** Already filtered by the protected-identity rule (see letters.recipients.ts). */
    addressLines: string[];
  };
  patient: { givenName: string; familyName: string };
  visit: { code: VisitTypeCode; name: string; location: VisitLocation; start: Date; end: Date };
  steps: LetterStep[];
  unit: { id: string; name: string; address: string | null; phone: string | null; hasEntrance: boolean };
  /** Whom to call: the fixed nurse's direct number, else the unit's. */
  contact: { givenName: string | null; phone: string } | null;
}

const THE: Record<Profession, string> = {
  nurse: 'sjuksköterskan',
  doctor: 'läkaren',
  ot: 'arbetsterapeuten',
  pt: 'fysioterapeuten',
  assistant_nurse: 'undersköterskan',
  navigator: 'vårdlotsen',
  unit_manager: 'chefen',
  other: '',
};
const TITLE: Record<Profession, string> = {
  nurse: 'Sjuksköterska',
  doctor: 'Läkare',
  ot: 'Arbetsterapeut',
  pt: 'Fysioterapeut',
  assistant_nurse: 'Undersköterska',
  navigator: 'Vårdlots',
  unit_manager: 'Chef',
  other: 'Medarbetare',
};
const MEETS: Partial<Record<StepPictogram, Profession>> = {
  meet_nurse: 'nurse',
  meet_doctor: 'doctor',
  meet_ot: 'ot',
  meet_pt: 'pt',
  meet_assistant_nurse: 'assistant_nurse',
};
const A: Record<Profession, string> = {
  nurse: 'en sjuksköterska',
  doctor: 'en läkare',
  ot: 'en arbetsterapeut',
  pt: 'en fysioterapeut',
  assistant_nurse: 'en undersköterska',
  navigator: 'en vårdlots',
  unit_manager: 'chefen',
  other: 'en av oss',
};

/** "Du träffar sjuksköterskan Sanna." — the staff member's first name with their role. */
function meetSentence(step: LetterStep): string {
  const s = step.staff;
  if (s) {
    const role = THE[s.profession];
    return `Du träffar ${role ? `${role} ${s.givenName}` : s.givenName}.`;
  }
  const profession = MEETS[step.pictogram];
  return `Du träffar ${profession ? A[profession] : 'en av oss'}.`;
}

const STEP_TEXT: Record<StepPictogram, (step: LetterStep, location: VisitLocation) => string[]> = {
  arrive: (_s, location) =>
    location === 'home'
      ? ['Vi kommer hem till dig.']
      : location === 'digital'
        ? ['Du startar videosamtalet.']
        : ['Du kommer till oss.', 'Säg ditt namn i luckan.'],
  meet_nurse: (s) => [meetSentence(s)],
  meet_doctor: (s) => [meetSentence(s)],
  meet_ot: (s) => [meetSentence(s)],
  meet_pt: (s) => [meetSentence(s)],
  meet_assistant_nurse: (s) => [meetSentence(s)],
  meet_team: () => ['Du träffar flera av oss.'],
  weigh: (s) => ['Vi väger dig.', ...(s.staff ? [meetWho(s.staff)] : [])],
  blood_pressure: () => ['Vi mäter ditt blodtryck.', 'Det klämmer lite på armen.'],
  blood_test: () => ['Vi tar ett blodprov.', 'Det sticker lite.'],
  talk: (s) => ['Vi pratar om hur du mår.', ...(s.staff ? [meetWho(s.staff)] : [])],
  look_around: () => ['Du får titta runt hos oss.'],
  video_call: (s) => ['Vi pratar i video.', ...(s.staff ? [meetWho(s.staff)] : [])],
  home: () => ['Vi kommer hem till dig.'],
  go_home: (_s, location) => (location === 'clinic' ? ['Sedan går du hem.'] : ['Sedan är vi klara.']),
};

function meetWho(s: LetterStaff): string {
  const role = THE[s.profession];
  return `Det gör ${role ? `${role} ${s.givenName}` : s.givenName}.`;
}

const pict = (code: LetterPictogram) => ({ kind: 'pictogram' as const, code });

function row(variant: LetterVariant, code: LetterPictogram | null, lines: string[]): LetterRow {
  const withPictures = variant !== 'plain' && code !== null;
  return {
    picture: withPictures ? pict(code) : null,
    alt: withPictures ? PICTOGRAMS[code].alt : '',
    lines,
  };
}

/** What a step's label says is done in it, each with its own picture: "vikt, blodtryck och blodprov". */
const DETAILS: Array<[RegExp, StepPictogram]> = [
  [/\b(vikt|väg|väga|vägning)/i, 'weigh'],
  [/blodtryck/i, 'blood_pressure'],
  [/blodprov/i, 'blood_test'],
];

/** A step and the parts its label names (weigh, blood pressure, blood test), in the label's order. */
function withDetails(step: LetterStep): LetterStep[] {
  if (!step.label || !MEETS[step.pictogram]) return [step];
  const found = DETAILS.map(([re, p]) => ({ at: step.label!.search(re), p }))
    .filter((d) => d.at >= 0)
    .sort((a, b) => a.at - b.at);
  return [step, ...found.map((d) => ({ pictogram: d.p, start: step.start, staff: null }))];
}

/** The picture schedule: one row per step, starting with "arrive" and ending with "go home". */
export function scheduleSteps(steps: readonly LetterStep[], start: Date): LetterStep[] {
  const sorted = [...steps].sort((a, b) => a.start.getTime() - b.start.getTime()).flatMap(withDetails);
  const first = sorted[0]?.pictogram;
  const last = sorted[sorted.length - 1]?.pictogram;
  const out = [...sorted];
  if (first !== 'arrive') out.unshift({ pictogram: 'arrive', start, staff: null });
  if (last !== 'go_home')
    out.push({ pictogram: 'go_home', start: sorted[sorted.length - 1]?.start ?? start, staff: null });
  return out;
}

/** Everyone the patient will meet, once each, in the order of the visit. */
export function staffToMeet(steps: readonly LetterStep[]): LetterStaff[] {
  const seen = new Map<string, LetterStaff>();
  for (const s of steps) if (s.staff && !seen.has(s.staff.id)) seen.set(s.staff.id, s.staff);
  return [...seen.values()];
}

const initials = (s: LetterStaff) => `${s.givenName[0] ?? ''}${s.familyName[0] ?? ''}`.toUpperCase();

function whenSection(f: LetterFacts): LetterSection {
  const minutes = Math.round((f.visit.end.getTime() - f.visit.start.getTime()) / 60000);
  if (f.variant === 'plain')
    return {
      key: 'when',
      heading: 'När',
      rows: [
        row('plain', null, [
          `Tid: ${sayDateWithYear(f.visit.start)} klockan ${sayClock(f.visit.start)}.`,
          `Besöket tar ungefär ${sayDuration(minutes)}.`,
        ]),
      ],
    };
  const day = sayDate(f.visit.start);
  return {
    key: 'when',
    heading: 'När',
    rows: [
      row(f.variant, 'calendar', [`Dagen är ${day}.`]),
      row(f.variant, 'clock', [`Kom ${sayTime(f.visit.start)}.`, `Besöket tar ${sayDuration(minutes)}.`]),
    ],
  };
}

function whereSection(f: LetterFacts): LetterSection {
  const rows: LetterRow[] = [];
  if (f.visit.location === 'home') {
    rows.push(row(f.variant, 'home', ['Vi kommer hem till dig.', 'Du behöver inte åka någonstans.']));
  } else if (f.visit.location === 'digital') {
    rows.push(row(f.variant, 'video_call', ['Vi ses i video.', 'Du kan vara hemma.']));
  } else {
    rows.push(
      row(f.variant, 'place', [
        `Kom till ${f.unit.name}.`,
        ...(f.unit.address ? [`Adressen är ${f.unit.address}.`] : []),
      ]),
    );
    if (f.unit.hasEntrance && f.variant !== 'plain')
      rows.push({
        picture: { kind: 'entrance', unitId: f.unit.id },
        alt: `Ingången till ${f.unit.name}`,
        lines: ['Så här ser dörren ut.'],
      });
  }
  return { key: 'where', heading: 'Var', rows };
}

function scheduleSection(f: LetterFacts): LetterSection {
  const steps = scheduleSteps(f.steps, f.visit.start);
  return {
    key: 'schedule',
    heading: 'Så går besöket till',
    rows: steps.map((s) => {
      const lines = STEP_TEXT[s.pictogram](s, f.visit.location);
      return row(
        f.variant,
        s.pictogram,
        f.variant === 'plain' ? [`${sayClock(s.start)} ${lines[0]}`, ...lines.slice(1)] : lines,
      );
    }),
  };
}

function peopleSection(f: LetterFacts): LetterSection | null {
  const people = staffToMeet(f.steps);
  if (people.length === 0) return null;
  return {
    key: 'people',
    heading: 'Dem träffar du',
    rows: people.map((s) => ({
      picture:
        f.variant === 'plain' ? null : { kind: 'staff' as const, staffId: s.id, initials: initials(s) },
      alt: f.variant === 'plain' ? '' : `Foto av ${s.givenName} ${s.familyName}`,
      lines: [`${s.givenName} ${s.familyName}`, TITLE[s.profession]],
    })),
  };
}

function callSections(f: LetterFacts): LetterSection[] {
  const phone = f.contact?.phone ?? f.unit.phone;
  const who = f.contact?.givenName ? `din sjuksköterska ${f.contact.givenName}` : 'oss';
  const number = phone ? [`Numret är ${phone}.`] : [];
  return [
    {
      key: 'call',
      heading: 'Frågor',
      rows: [row(f.variant, 'phone', ['Har du frågor?', `Ring ${who}.`, ...number])],
    },
    {
      key: 'cancel',
      heading: 'Om du inte kan komma',
      rows: [
        row(f.variant, 'cancel', [
          'Kan du inte komma?',
          'Ring oss så fort du kan.',
          ...(f.unit.phone ? [`Numret är ${f.unit.phone}.`] : []),
          'Då får du en ny tid.',
        ]),
      ],
    },
  ];
}

/** All the text of a letter, for LIX: headings and lines, one line each. */
export function letterText(sections: readonly LetterSection[], title = ''): string {
  const lines = [title, ...sections.flatMap((s) => [s.heading, ...s.rows.flatMap((r) => r.lines)])];
  return lines.filter(Boolean).join('\n');
}

export function renderLetter(f: LetterFacts): LetterContent {
  const texts = VISIT_TEXTS[f.visit.code];
  const sections: LetterSection[] = [
    {
      key: 'intro',
      heading: `Hej ${f.patient.givenName}!`,
      rows: [row(f.variant, null, f.variant === 'plain' ? texts.plainIntro(f.unit.name) : texts.intro)],
    },
    whenSection(f),
    whereSection(f),
    scheduleSection(f),
  ];
  const people = peopleSection(f);
  if (people) sections.push(people);
  sections.push({ key: 'bring', heading: 'Ta med', rows: [row(f.variant, 'bring', texts.bring)] });
  sections.push(...callSections(f));
  const copyNote =
    f.recipient.kind === 'representative'
      ? `Till ${f.recipient.name}. Det här är en kopia av kallelsen till ${f.patient.givenName} ${f.patient.familyName}.`
      : null;
  return {
    title: texts.title,
    variant: f.variant,
    addressLines: [f.recipient.name, ...f.recipient.addressLines],
    copyNote,
    sections,
    unitName: f.unit.name,
    lix: lix(letterText(sections, texts.title)),
  };
}
