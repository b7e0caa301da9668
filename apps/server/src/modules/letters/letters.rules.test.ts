import { LETTER_VARIANTS, type Profession, VISIT_TYPE_CODES, type VisitStep } from '@lotsa/contracts';
import { describe, expect, it } from 'vitest';
import { VISIT_TYPE_PLANS } from '../../demo/scheduling.ts';
import { countLix, lix } from './letters.lix.ts';
import { chooseRecipients, chooseVariant } from './letters.recipients.ts';
import {
  type LetterFacts,
  type LetterStaff,
  letterText,
  renderLetter,
  scheduleSteps,
} from './letters.template.ts';
import { sayDate, sayDuration, sayTime } from './letters.words.ts';

describe('lix', () => {
  it('counts words, long words and sentences by hand-counted examples', () => {
    // 6 words, 2 sentences, long: "träffar" (7), "sjuksköterskan" (14) → 6/2 + 100·2/6 = 3 + 33.3 = 36.3
    expect(countLix('Du träffar sjuksköterskan. Hon är snäll.')).toEqual({
      words: 6,
      longWords: 2,
      sentences: 2,
      lix: 36.3,
    });
    // 6 words, 2 sentences, long: none ("snäll" 5, "väger" 5) → 3 + 0 = 3
    expect(lix('Vi väger dig. Hon är snäll.')).toBe(3);
    // 4 words, 1 sentence, long: "blodtrycket" → 4 + 25 = 29
    expect(lix('Vi mäter ditt blodtrycket!')).toBe(29);
    // Lines are sentences: 2 lines, 5 words, long: "Kallelse" (8) → 2.5 + 20 = 22.5
    expect(lix('Kallelse till besök\nHej Anna')).toBe(22.5);
    // "klockan 9.30" is one sentence (the dot inside a number ends nothing): 3 words + "klockan" long
    expect(countLix('Kom klockan 9.30.')).toMatchObject({ words: 4, sentences: 1, longWords: 1 });
    // A hard official sentence: 12 words, 1 sentence, 6 long → 12 + 50 = 62
    expect(
      lix(
        'Patienten kallas härmed till sjuksköterskemottagningen för provtagning avseende kontroll av sköldkörtelfunktionen idag.',
      ),
    ).toBeGreaterThan(50);
    expect(lix('')).toBe(0);
  });
});

const at = (iso: string) => new Date(iso);

describe('date and time words', () => {
  it('says the date the way people say it', () => {
    expect(sayDate(at('2026-12-01T08:30:00Z'))).toBe('tisdag den 1 december');
    expect(sayDate(at('2026-06-19T10:00:00Z'))).toBe('fredag den 19 juni');
  });
  it('says the time the way people say it (Swedish time, summer and winter)', () => {
    expect(sayTime(at('2026-12-01T08:30:00Z'))).toBe('klockan halv tio');
    expect(sayTime(at('2026-12-01T08:15:00Z'))).toBe('klockan kvart över nio');
    expect(sayTime(at('2026-12-01T08:45:00Z'))).toBe('klockan kvart i tio');
    expect(sayTime(at('2026-12-01T08:00:00Z'))).toBe('klockan nio');
    expect(sayTime(at('2026-12-01T08:25:00Z'))).toBe('klockan fem i halv tio');
    expect(sayTime(at('2026-12-01T08:40:00Z'))).toBe('klockan tjugo i tio');
    expect(sayTime(at('2026-06-01T07:30:00Z'))).toBe('klockan halv tio');
    expect(sayTime(at('2026-12-01T12:30:00Z'))).toBe('klockan halv två på eftermiddagen');
    expect(sayTime(at('2026-12-01T10:50:00Z'))).toBe('klockan tio i tolv');
    expect(sayTime(at('2026-12-01T08:07:00Z'))).toBe('klockan 7 minuter över nio');
  });
  it('says durations in words', () => {
    expect(sayDuration(90)).toBe('en och en halv timme');
    expect(sayDuration(45)).toBe('tre kvart');
    expect(sayDuration(50)).toBe('50 minuter');
  });
});

// --- Booking data built the way the demo builds it ---------------------------------------------

const DEMO_STAFF: Record<Profession, LetterStaff> = {
  nurse: {
    id: '00000000-0000-4000-8000-000000000001',
    givenName: 'Sanna',
    familyName: 'Sköterman',
    profession: 'nurse',
  },
  doctor: {
    id: '00000000-0000-4000-8000-000000000002',
    givenName: 'Per',
    familyName: 'Läkarsson',
    profession: 'doctor',
  },
  navigator: {
    id: '00000000-0000-4000-8000-000000000003',
    givenName: 'Elsa',
    familyName: 'Lotsberg',
    profession: 'navigator',
  },
  ot: {
    id: '00000000-0000-4000-8000-000000000004',
    givenName: 'Åsa',
    familyName: 'Arbetsdahl',
    profession: 'ot',
  },
  pt: {
    id: '00000000-0000-4000-8000-000000000005',
    givenName: 'Filip',
    familyName: 'Fysell',
    profession: 'pt',
  },
  assistant_nurse: {
    id: '00000000-0000-4000-8000-000000000006',
    givenName: 'Ulla',
    familyName: 'Undersson',
    profession: 'assistant_nurse',
  },
  unit_manager: {
    id: '00000000-0000-4000-8000-000000000007',
    givenName: 'Cecilia',
    familyName: 'Chefsson',
    profession: 'unit_manager',
  },
  other: {
    id: '00000000-0000-4000-8000-000000000008',
    givenName: 'Kim',
    familyName: 'Ek',
    profession: 'other',
  },
};

function staffFor(step: VisitStep): LetterStaff | null {
  const p = step.performer;
  if (p.kind === 'fixed') return DEMO_STAFF[p.role];
  if (p.kind === 'pool') return DEMO_STAFF[p.profession];
  return null;
}

function facts(
  code: (typeof VISIT_TYPE_CODES)[number],
  variant: LetterFacts['variant'] = 'easy_read',
): LetterFacts {
  const plan = VISIT_TYPE_PLANS.find((p) => p.code === code)!;
  const steps = plan.steps({ municipal: 'ext-1', habilitation: 'ext-2' });
  const start = at('2026-12-01T08:30:00Z');
  let t = start.getTime();
  const letterSteps = steps.map((s) => {
    const step = { pictogram: s.pictogram, label: s.label, start: new Date(t), staff: staffFor(s) };
    if (s.relation.kind !== 'parallel') t += s.durationMinutes * 60_000;
    return step;
  });
  return {
    variant,
    recipient: { kind: 'patient', name: 'Anna Andersson', addressLines: ['Storgatan 12', '692 31 Kumla'] },
    patient: { givenName: 'Anna', familyName: 'Andersson' },
    visit: { code, name: plan.name, location: plan.location, start, end: new Date(t) },
    steps: letterSteps,
    unit: {
      id: '00000000-0000-4000-8000-0000000000aa',
      name: 'Kumla vårdcentral',
      address: 'Vårdcentralsgatan 1, 692 00 Kumla',
      phone: '019-602 00 00',
      hasEntrance: true,
    },
    contact: { givenName: 'Sanna', phone: '019-602 01 23' },
  };
}

describe('easy-read templates', () => {
  it.each(VISIT_TYPE_CODES)(
    '%s: LIX ≤ 30, short sentences, a picture schedule from arrive to go home',
    (code) => {
      const letter = renderLetter(facts(code));
      expect(letter.lix).toBeLessThanOrEqual(30);
      const text = letterText(letter.sections, letter.title);
      for (const sentence of text.split(/[.!?]+(?=\s|$)|\n/)) {
        expect(sentence.trim().split(/\s+/).length, sentence).toBeLessThanOrEqual(15);
      }
      expect(text).not.toMatch(/\b(t\.ex|bl\.a|ca|SIP|SMO|kl\.)\b/);
      const schedule = letter.sections.find((s) => s.key === 'schedule')!;
      const pictures = schedule.rows.map((r) => (r.picture?.kind === 'pictogram' ? r.picture.code : null));
      expect(pictures[0]).toBe('arrive');
      expect(pictures.at(-1)).toBe('go_home');
      expect(schedule.rows.every((r) => r.picture !== null && r.alt.length > 0)).toBe(true);
    },
  );

  it('health check: the nurse step shows weigh, blood pressure and blood test, and names the staff', () => {
    const letter = renderLetter(facts('health_check'));
    const schedule = letter.sections.find((s) => s.key === 'schedule')!;
    expect(schedule.rows.map((r) => (r.picture?.kind === 'pictogram' ? r.picture.code : null))).toEqual([
      'arrive',
      'meet_nurse',
      'weigh',
      'blood_pressure',
      'blood_test',
      'meet_doctor',
      'go_home',
    ]);
    expect(schedule.rows[1]!.lines).toEqual(['Du träffar sjuksköterskan Sanna.']);
    const when = letter.sections.find((s) => s.key === 'when')!;
    expect(when.rows.flatMap((r) => r.lines)).toContain('Dagen är tisdag den 1 december.');
    expect(when.rows.flatMap((r) => r.lines)).toContain('Kom klockan halv tio.');
    const people = letter.sections.find((s) => s.key === 'people')!;
    expect(people.rows.map((r) => r.lines[0])).toEqual(['Sanna Sköterman', 'Per Läkarsson']);
    expect(people.rows[0]!.picture).toMatchObject({ kind: 'staff', initials: 'SS' });
    const call = letter.sections.find((s) => s.key === 'call')!;
    expect(call.rows[0]!.lines).toContain('Numret är 019-602 01 23.');
    const where = letter.sections.find((s) => s.key === 'where')!;
    expect(where.rows.some((r) => r.picture?.kind === 'entrance')).toBe(true);
  });

  it.each(VISIT_TYPE_CODES)('%s renders in every variant', (code) => {
    for (const variant of LETTER_VARIANTS) {
      const letter = renderLetter(facts(code, variant));
      expect(letter.variant).toBe(variant);
      const pictures = letter.sections.flatMap((s) => s.rows).filter((r) => r.picture !== null);
      if (variant === 'plain') expect(pictures).toHaveLength(0);
      else expect(pictures.length).toBeGreaterThan(3);
    }
  });

  it('plain letters give the digital time; home and video visits print no unit address', () => {
    const plain = renderLetter(facts('nurse_visit', 'plain'));
    expect(letterText(plain.sections)).toContain('klockan 09.30');
    const home = renderLetter(facts('home_visit'));
    expect(letterText(home.sections)).not.toContain('Vårdcentralsgatan');
    const video = renderLetter(facts('digital_visit'));
    expect(letterText(video.sections)).not.toContain('Vårdcentralsgatan');
  });

  it('the schedule adds arrive and go home only when the visit type lacks them', () => {
    const s = scheduleSteps(
      [{ pictogram: 'meet_nurse', start: at('2026-12-01T08:30:00Z'), staff: null }],
      at('2026-12-01T08:30:00Z'),
    );
    expect(s.map((x) => x.pictogram)).toEqual(['arrive', 'meet_nurse', 'go_home']);
  });
});

describe('variant and recipients', () => {
  it('chooses the variant from the adaptation codes', () => {
    expect(chooseVariant([])).toBe('plain');
    expect(chooseVariant(['UND-EASY-READ'])).toBe('easy_read');
    expect(chooseVariant(['UND-PICTURE-SCHEDULE'])).toBe('easy_read');
    expect(chooseVariant(['UND-EASY-READ', 'UND-LARGE-PRINT'])).toBe('large_print');
  });

  const rep = (over: object = {}) => ({
    id: 'r1',
    name: 'Karin Berg',
    address: { streetAddress: 'Ekvägen 3', postalCode: '692 40', city: 'Kumla' },
    receivesLetters: true,
    ...over,
  });
  const patient = (over: object = {}) => ({
    givenName: 'Anna',
    familyName: 'Andersson',
    protectedIdentity: false,
    address: { streetAddress: 'Storgatan 12', postalCode: '692 31', city: 'Kumla' },
    representatives: [rep(), rep({ id: 'r2', name: 'Olle', receivesLetters: false })],
    adaptationCodes: [],
    ...over,
  });

  it('sends to the patient and to every representative who receives letters', () => {
    const r = chooseRecipients(patient());
    expect(r.map((x) => [x.kind, x.name])).toEqual([
      ['patient', 'Anna Andersson'],
      ['representative', 'Karin Berg'],
    ]);
    expect(r[0]!.addressLines).toEqual(['Storgatan 12', '692 31 Kumla']);
    expect(r[1]!.addressLines).toEqual(['Ekvägen 3', '692 40 Kumla']);
  });

  it('contact via representative: only the representatives, unless none receives letters', () => {
    expect(
      chooseRecipients(patient({ adaptationCodes: ['COM-VIA-REPRESENTATIVE'] })).map((x) => x.kind),
    ).toEqual(['representative']);
    expect(
      chooseRecipients(patient({ adaptationCodes: ['COM-VIA-REPRESENTATIVE'], representatives: [] })).map(
        (x) => x.kind,
      ),
    ).toEqual(['patient']);
  });

  it('protected identity: no address at all, neither the patient’s nor a representative’s', () => {
    const r = chooseRecipients(patient({ protectedIdentity: true }));
    expect(r).toHaveLength(2);
    expect(r.every((x) => x.addressLines.length === 0)).toBe(true);
    const letter = renderLetter({
      ...facts('health_check'),
      recipient: { kind: 'patient', name: r[0]!.name, addressLines: r[0]!.addressLines },
    });
    expect(letter.addressLines).toEqual(['Anna Andersson']);
    expect(JSON.stringify(letter)).not.toContain('Storgatan');
  });
});
