import type { ZAdaptationProfileInput } from '@lotsa/contracts';
import type { z } from 'zod';

/**
 * Demo adaptation profiles: one plausible passport per diagnosis profile of the seed (the patient's
 * index modulo 16 picks both), varied per patient. Written in the patient's own voice where the
 * passport does so ("the three most important things about me").
 */

type ProfileInput = z.input<typeof ZAdaptationProfileInput>;
export type DemoItem = ProfileInput['items'][number];

const BUCCOLAM =
  'Buccolam 10 mg i munhålan vid anfall > 5 min. Ring 112 om anfallet inte har släppt 10 min efter.';

interface Archetype {
  items: DemoItem[];
  topThree: string[];
}

/** Indexed like DIAGNOSIS_PROFILES in seed.ts. */
export const ARCHETYPES: Archetype[] = [
  // 0: Q90 F71 – Downs syndrom, lindrig intellektuell funktionsnedsättning
  {
    items: [
      {
        code: 'COM-SPEECH-LIMITED',
        note: 'Pratar i korta meningar, kan vara svår att förstå för nya personer.',
      },
      { code: 'UND-PICTURE-SCHEDULE' },
      { code: 'UND-EXTRA-TIME' },
      { code: 'ENV-CALMS', note: 'Att få visa bilder på sin katt i mobilen.' },
      { code: 'LIK-LIKES', note: 'Musik, särskilt Carola, och fika.' },
    ],
    topThree: [
      'Jag förstår mer än jag kan säga – prata lugnt och ge mig tid.',
      'Visa mig med bilder vad som ska hända.',
      'Jag blir trygg om någon jag känner är med.',
    ],
  },
  // 1: Q90 F71 G40 – Downs syndrom med epilepsi
  {
    items: [
      { code: 'COM-SPEECH-LIMITED' },
      { code: 'UND-STEP-BY-STEP', note: 'Visa först, gör sedan.' },
      { code: 'CRT-EPILEPSY-RESCUE', note: BUCCOLAM },
      { code: 'CMP-REQUIRED', note: 'Någon som känner mig och vet hur mina anfall ser ut.' },
      { code: 'ENV-SAME-STAFF' },
      { code: 'LIK-LIKES', note: 'Bowling och Melodifestivalen.' },
    ],
    topThree: [
      'Jag har epilepsi – mitt akutläkemedel finns i väskan.',
      'Förklara ett steg i taget och visa först.',
      'Jag vill träffa samma doktor varje gång.',
    ],
  },
  // 2: F84.0 F72 – autism, måttlig intellektuell funktionsnedsättning (lågstimulerande)
  {
    items: [
      { code: 'COM-AAC-PICTURES', note: 'Bildkartor finns i ryggsäcken.' },
      { code: 'ENV-LOW-STIMULUS' },
      { code: 'ENV-WAIT-OUTSIDE', note: 'Väntar i bilen – ring mobilen när rummet är klart.' },
      { code: 'ENV-FIRST-OF-DAY', note: 'Ingen väntan och inga andra patienter i korridoren.' },
      { code: 'ENV-QUIET' },
      { code: 'ENV-DIM-LIGHT' },
      { code: 'ENV-UPSETS', note: 'Väntan, höga ljud och att bli vidrörd utan förvarning.' },
      { code: 'ENV-CALMS', note: 'Tyngdväst och att få hålla i sin nyckelknippa.' },
      { code: 'UND-PICTURE-SCHEDULE' },
      { code: 'LEN-EXTENDED', params: { minutes: 45 } },
      { code: 'CMP-REQUIRED', params: { who: 'personal_assistant' } },
    ],
    topThree: [
      'Jag klarar inte väntrummet – ring mig när det är min tur.',
      'Säg vad du ska göra innan du rör mig.',
      'Starkt ljus och ljud stressar mig – dämpa gärna belysningen.',
    ],
  },
  // 3: F84.0 F71 – autism, lindrig intellektuell funktionsnedsättning
  {
    items: [
      { code: 'COM-AAC-TEXT', note: 'Skriver hellre än pratar när jag är stressad.' },
      { code: 'UND-STEP-BY-STEP' },
      { code: 'UND-EXTRA-TIME' },
      {
        code: 'ENV-TIME-WINDOW',
        note: 'Sover dåligt, morgnar fungerar inte.',
        params: { timeFrom: '10:00', timeTo: '14:00' },
      },
      { code: 'ENV-SAME-STAFF' },
      { code: 'LIK-DISLIKES', note: 'Att bli avbruten och att planer ändras.' },
    ],
    topThree: [
      'Jag vill veta exakt vad som ska hända och hur lång tid det tar.',
      'Jag kan skriva om det är svårt att prata.',
      'Boka inte tider före klockan tio.',
    ],
  },
  // 4: G80.0 F72 G40 – spastisk CP, epilepsi (golvlyft och bred brits)
  {
    items: [
      { code: 'MOB-WHEELCHAIR', params: { wheelchairType: 'electric' } },
      { code: 'MOB-FLOOR-LIFT', note: 'Två personal vid förflyttning. Egen lyftsele följer med.' },
      { code: 'MOB-WIDE-BENCH' },
      { code: 'MOB-WHEELCHAIR-SCALE' },
      { code: 'LEN-EXTENDED', params: { minutes: 60 } },
      { code: 'COM-SPEECH-LIMITED' },
      { code: 'COM-YES-NO', note: 'Tittar upp = ja, vänder bort huvudet = nej.' },
      { code: 'COM-PAIN', note: 'Blir stel, gnyr och andas snabbare.' },
      { code: 'CRT-EPILEPSY-RESCUE', note: BUCCOLAM },
      { code: 'CMP-REQUIRED', params: { who: 'personal_assistant' } },
    ],
    topThree: [
      'Jag behöver golvlyft och bred brits – boka det anpassade rummet.',
      'Fråga mig ja/nej-frågor, jag svarar med blicken.',
      'Min assistent känner mig bäst – men prata med mig, inte bara med henne.',
    ],
  },
  // 5: G80 F71 – CP, lindrig intellektuell funktionsnedsättning
  {
    items: [
      { code: 'MOB-WHEELCHAIR', params: { wheelchairType: 'manual' } },
      { code: 'MOB-CEILING-LIFT' },
      { code: 'MOB-WHEELCHAIR-SCALE' },
      { code: 'COM-SPEECH-LIMITED', note: 'Talar långsamt men tydligt om man väntar.' },
      { code: 'UND-EXTRA-TIME' },
      { code: 'LEN-EXTENDED', params: { minutes: 45 } },
      { code: 'LIK-LIKES', note: 'Fotboll – ÖSK!' },
    ],
    topThree: [
      'Jag pratar långsamt – vänta på mitt svar.',
      'Jag vägs sittande i rullstolen.',
      'Jag bestämmer själv – fråga mig först.',
    ],
  },
  // 6: Q05 – ryggmärgsbråck
  {
    items: [
      { code: 'MOB-WHEELCHAIR', params: { wheelchairType: 'manual' } },
      { code: 'MOB-WHEELCHAIR-SCALE' },
      { code: 'CRT-ALLERGY', note: 'Latexallergi – använd latexfria handskar och katetrar.' },
      {
        code: 'CRT-OTHER',
        note: 'Shunt: huvudvärk, kräkningar eller ovanlig trötthet kan vara shuntproblem – kontakta neurokirurgen.',
      },
      { code: 'LIK-LIKES', note: 'Datorspel och att laga mat.' },
    ],
    topThree: [
      'Jag är allergisk mot latex.',
      'Jag har en shunt – ta huvudvärk på allvar.',
      'Jag klarar det mesta själv, fråga innan du hjälper till.',
    ],
  },
  // 7: Q05 F71 – ryggmärgsbråck, lindrig intellektuell funktionsnedsättning
  {
    items: [
      { code: 'MOB-WHEELCHAIR', params: { wheelchairType: 'manual' } },
      { code: 'CRT-ALLERGY', note: 'Latexallergi.' },
      { code: 'UND-EASY-READ' },
      { code: 'UND-STEP-BY-STEP' },
      { code: 'CMP-REQUIRED', params: { who: 'relative' } },
      { code: 'ENV-SAME-STAFF' },
    ],
    topThree: [
      'Jag är allergisk mot latex.',
      'Jag vill ha lättläst information med bilder.',
      'Mamma följer alltid med mig.',
    ],
  },
  // 8: T90.5 – följdtillstånd efter hjärnskada
  {
    items: [
      { code: 'UND-STEP-BY-STEP' },
      { code: 'UND-EXTRA-TIME' },
      { code: 'UND-LARGE-PRINT' },
      { code: 'ENV-QUIET', note: 'Tröttas snabbt av ljud och många röster.' },
      { code: 'LEN-EXTENDED', params: { minutes: 45 } },
      {
        code: 'ENV-TIME-WINDOW',
        note: 'Orkar mest på förmiddagen.',
        params: { timeFrom: '09:00', timeTo: '12:00' },
      },
      { code: 'MOB-WALKING-AID', note: 'Rollator.' },
    ],
    topThree: [
      'Jag glömmer lätt – skriv ner det vi bestämmer.',
      'Jag blir fort trött, boka förmiddagar.',
      'Prata en i taget, jag tappar tråden när det är stökigt.',
    ],
  },
  // 9: T91.3 – följdtillstånd efter ryggmärgsskada
  {
    items: [
      { code: 'MOB-WHEELCHAIR', params: { wheelchairType: 'electric' } },
      { code: 'MOB-CEILING-LIFT' },
      { code: 'MOB-WIDE-BENCH' },
      { code: 'MOB-WHEELCHAIR-SCALE' },
      { code: 'LEN-EXTENDED', params: { minutes: 60 } },
      {
        code: 'CRT-OTHER',
        note: 'Risk för autonom dysreflexi: högt blodtryck, huvudvärk, svettning – sätt mig upp och töm blåsan.',
      },
    ],
    topThree: [
      'Jag behöver taklyft och bred brits.',
      'Autonom dysreflexi kan bli farligt – lär dig tecknen.',
      'Boka en timme, förflyttningar tar tid.',
    ],
  },
  // 10: G71.0 – muskeldystrofi (golvlyft, sväljning)
  {
    items: [
      { code: 'MOB-WHEELCHAIR', params: { wheelchairType: 'electric' } },
      { code: 'MOB-FLOOR-LIFT' },
      { code: 'MOB-WIDE-BENCH' },
      { code: 'LEN-EXTENDED', params: { minutes: 60 } },
      { code: 'CRT-SWALLOWING', note: 'Risk för felsväljning – tjockflytande dryck, sitt upprätt.' },
      {
        code: 'CRT-OTHER',
        note: 'Andningsstöd (BiPAP) nattetid. Försiktighet med lugnande läkemedel.',
      },
    ],
    topThree: [
      'Jag andas med maskin på natten – var försiktig med lugnande medel.',
      'Jag sväljer dåligt, ge mig tjockflytande dryck.',
      'Jag behöver golvlyft och bred brits.',
    ],
  },
  // 11: Q87.1 F71 – Prader-Willis syndrom
  {
    items: [
      {
        code: 'CRT-RARE-DIAGNOSIS',
        note: 'Prader-Willis syndrom: stark hunger, hög smärttröskel – feber och smärta kan märkas sent.',
      },
      { code: 'COM-PAIN', note: 'Visar sällan smärta; fråga om ändrat beteende.' },
      { code: 'UND-PICTURE-SCHEDULE' },
      { code: 'ENV-UPSETS', note: 'Mat i rummet och ändrade tider.' },
      { code: 'ENV-SAME-STAFF' },
    ],
    topThree: [
      'Jag känner inte smärta som andra – undersök mig noga.',
      'Ha ingen mat framme i rummet.',
      'Visa mig ett bildschema över besöket.',
    ],
  },
  // 12: Q99.2 F71 – fragil X-syndrom
  {
    items: [
      { code: 'ENV-LOW-STIMULUS' },
      { code: 'ENV-WAIT-OUTSIDE' },
      { code: 'COM-SPEECH-LIMITED', note: 'Undviker ögonkontakt – det betyder inte att jag inte lyssnar.' },
      { code: 'UND-EXTRA-TIME' },
      { code: 'ENV-UPSETS', note: 'Trängsel och många personer i rummet.' },
      { code: 'ENV-CALMS', note: 'En promenad före besöket.' },
      { code: 'LIK-LIKES', note: 'Tåg och att sortera saker.' },
    ],
    topThree: [
      'Jag tittar inte på dig men jag lyssnar.',
      'Högst två personer i rummet, tack.',
      'Låt mig vänta ute, inte i väntrummet.',
    ],
  },
  // 13: F84.2 F73 G40 – Retts syndrom (talapparat)
  {
    items: [
      { code: 'COM-NO-SPEECH' },
      {
        code: 'COM-AAC-DEVICE',
        note: 'Ögonstyrd talapparat sitter på rullstolen. Ge tid – varje svar tar en stund.',
      },
      { code: 'COM-YES-NO', note: 'Blinkar två gånger = ja, vänder bort blicken = nej.' },
      { code: 'COM-PAIN', note: 'Gnuggar händerna hårdare och andas ojämnt.' },
      { code: 'CRT-EPILEPSY-RESCUE', note: BUCCOLAM },
      { code: 'CRT-SWALLOWING', note: 'Äter via PEG; inget i munnen utan att min personal är med.' },
      { code: 'MOB-WHEELCHAIR', params: { wheelchairType: 'manual' } },
      { code: 'MOB-FLOOR-LIFT' },
      { code: 'LEN-EXTENDED', params: { minutes: 60 } },
      { code: 'CMP-REQUIRED', params: { who: 'personal_assistant' } },
    ],
    topThree: [
      'Jag pratar inte men förstår mycket – fråga mig ja/nej-frågor.',
      'Jag svarar med min talapparat – vänta på mig.',
      'Jag har epilepsi och äter via PEG.',
    ],
  },
  // 14: Q93.5 F72 G40 – deletionssyndrom med epilepsi
  {
    items: [
      { code: 'COM-NO-SPEECH' },
      { code: 'COM-AAC-PICTURES', note: 'Pekar på bilder i sin kommunikationspärm.' },
      { code: 'COM-AAC-SIGNS', note: 'Tecken för äta, toalett, ont och klar.' },
      { code: 'CRT-EPILEPSY-RESCUE', note: BUCCOLAM },
      { code: 'ENV-CALMS', note: 'Vatten och musik.' },
      { code: 'ENV-UPSETS', note: 'Lång väntan.' },
      { code: 'CMP-REQUIRED', params: { who: 'group_home_staff' } },
      { code: 'LEN-EXTENDED', params: { minutes: 45 } },
    ],
    topThree: [
      'Jag pratar med tecken och bilder.',
      'Jag har epilepsi – akutläkemedlet finns med.',
      'Jag blir glad av musik – sätt gärna på något.',
    ],
  },
  // 15: F72 – måttlig intellektuell funktionsnedsättning
  {
    items: [
      { code: 'UND-EASY-READ' },
      { code: 'UND-PICTURE-SCHEDULE' },
      { code: 'UND-STEP-BY-STEP' },
      { code: 'COM-SPEECH-LIMITED' },
      { code: 'CMP-REQUIRED' },
      { code: 'LIK-DISLIKES', note: 'Sprutor – visa inte nålen i förväg.' },
    ],
    topThree: [
      'Jag vill ha lättläst information och bilder.',
      'Jag är rädd för sprutor – berätta precis innan.',
      'Någon jag känner är alltid med mig.',
    ],
  },
];

export interface ProfileFacts {
  index: number;
  givenName: string;
  groupHome: string | null;
  letterRepresentative: { kind: string; name: string } | null;
  severe: boolean;
}

const withItem = (items: DemoItem[], item: DemoItem) =>
  items.some((i) => i.code === item.code) ? items : [...items, item];

/** The patient's profile: the archetype, adjusted to who they live with and who gets their letters. */
export function demoProfile(f: ProfileFacts): ProfileInput {
  const base = ARCHETYPES[f.index % ARCHETYPES.length]!;
  let items = base.items.map((item) =>
    item.code === 'CMP-REQUIRED' && !item.params?.who
      ? { ...item, params: { who: f.groupHome ? ('group_home_staff' as const) : ('relative' as const) } }
      : item,
  );
  if (f.letterRepresentative) {
    const who = f.letterRepresentative.kind === 'god_man' ? 'god man' : 'förvaltare';
    items = withItem(items, { code: 'UND-EASY-READ', note: 'Lättläst, med bilder.' });
    items = withItem(items, {
      code: 'COM-VIA-REPRESENTATIVE',
      note: `Kallelser och brev går till min ${who} ${f.letterRepresentative.name}, som läser dem med mig.`,
    });
  }
  if (['Amira', 'Ali', 'Samir'].includes(f.givenName))
    items = withItem(items, {
      code: 'COM-INTERPRETER',
      note: 'Familjen talar arabiska hemma.',
      params: { language: 'arabiska' },
    });
  if (f.index % 9 === 8)
    items = withItem(items, { code: 'COM-HEARING-LOOP', note: 'Hörapparat på båda öronen.' });
  if (f.index % 7 === 6 && !items.some((i) => i.code === 'CRT-ALLERGY'))
    items = withItem(items, { code: 'CRT-ALLERGY', note: 'Penicillin – utslag och svullnad.' });
  if (f.index % 8 === 5) items = withItem(items, { code: 'ENV-SAME-STAFF' });
  return {
    items,
    topThree: base.topThree,
    consentBy: f.letterRepresentative ? 'legal_representative' : f.severe ? 'best_interest' : 'patient',
  };
}
