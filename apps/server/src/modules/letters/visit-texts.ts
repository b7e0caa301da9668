import type { VisitTypeCode } from '@lotsa/contracts';

/**
 * The words that differ per visit type: the letter's title, the easy-read introduction (one idea per
 * line), the plain introduction and what to bring. Everyday words, no abbreviations.
 */
export interface VisitTexts {
  title: string;
  intro: string[];
  plainIntro: (unitName: string) => string[];
  bring: string[];
}

const bringUsual = ['Ta med dina mediciner.', 'Ta med dina hjälpmedel.', 'Ta gärna med någon du känner.'];

export const VISIT_TEXTS: Record<VisitTypeCode, VisitTexts> = {
  health_check: {
    title: 'Kallelse till hälsobesök',
    intro: ['Du får komma på ett hälsobesök.', 'Vi ser hur du mår.', 'Vi gör det en gång om året.'],
    plainIntro: (u) => [`Du är kallad till den årliga hälsokontrollen på ${u}.`],
    bring: ['Ta med dina mediciner.', 'Ta med glasögon om du har.', 'Ta gärna med någon du känner.'],
  },
  extended_doctor: {
    title: 'Kallelse till läkaren',
    intro: ['Du får träffa läkaren.', 'Vi har gott om tid.', 'Du kan ta det lugnt.'],
    plainIntro: (u) => [`Du är kallad till ett förlängt läkarbesök på ${u}.`],
    bring: bringUsual,
  },
  nurse_visit: {
    title: 'Kallelse till sjuksköterskan',
    intro: ['Du får träffa sjuksköterskan.', 'Vi ser hur du mår.'],
    plainIntro: (u) => [`Du är kallad till ett sjuksköterskebesök på ${u}.`],
    bring: bringUsual,
  },
  team_visit: {
    title: 'Kallelse till teamet',
    intro: ['Du får träffa flera av oss.', 'Allt sker på samma dag.', 'Vi hjälps åt.'],
    plainIntro: (u) => [`Du är kallad till ett teambesök på ${u}.`],
    bring: bringUsual,
  },
  study_visit: {
    title: 'Välkommen att titta hos oss',
    intro: ['Du får komma och titta hos oss.', 'Du får se rummen.', 'Ingen gör något med dig.'],
    plainIntro: (u) => [`Du är välkommen på ett studiebesök på ${u}.`],
    bring: ['Ta gärna med någon du känner.', 'Du behöver inte ta med något mer.'],
  },
  sampling_school: {
    title: 'Välkommen att öva blodprov',
    intro: ['Du får öva på att ta blodprov.', 'Vi tar det lugnt.', 'Du bestämmer hur fort.'],
    plainIntro: (u) => [`Du är välkommen till provtagningsskolan på ${u}.`],
    bring: ['Ta gärna med något som gör dig lugn.', 'Ta gärna med någon du känner.'],
  },
  home_visit: {
    title: 'Vi kommer hem till dig',
    intro: ['Vi kommer hem till dig.', 'Vi ser hur du har det.'],
    plainIntro: (u) => [`Personal från ${u} kommer på hembesök.`],
    bring: ['Ha dina mediciner framme.', 'Du behöver inte åka någonstans.'],
  },
  digital_visit: {
    title: 'Kallelse till videosamtal',
    intro: ['Vi ska prata i video.', 'Du kan vara hemma.'],
    plainIntro: (u) => [`Du är kallad till ett digitalt besök med ${u}.`],
    bring: ['Du behöver en telefon med kamera.', 'Eller en dator med kamera.'],
  },
  sip_meeting: {
    title: 'Kallelse till möte om din plan',
    intro: ['Vi ska göra en plan med dig.', 'Kommunen är också med.', 'Planen visar vem som hjälper dig.'],
    plainIntro: (u) => [`Du är kallad till ett möte om din samordnade individuella plan på ${u}.`],
    bring: ['Tänk på vad du vill ha hjälp med.', 'Ta gärna med någon du känner.'],
  },
  joint_session: {
    title: 'Kallelse till besök med kommunen',
    intro: ['Du träffar oss och kommunen.', 'Vi hjälps åt.'],
    plainIntro: (u) => [`Du är kallad till en gemensam mottagning med kommunen på ${u}.`],
    bring: bringUsual,
  },
};
