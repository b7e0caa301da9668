/**
 * Lotsa's adaptation code list (anpassningar). Each code belongs to one category, has a default
 * passport colour (red = must know, amber = daily routines and how to help, green = likes and
 * dislikes), Swedish and English names, and where it applies the NHS Reasonable Adjustment Flag
 * category it maps to (for a later FHIR Flag). The scheduler derives room features, equipment,
 * duration, time of day and staff from the codes (see `deriveSchedulingRequirements`).
 * Documented in docs/adaptation-codes.md; never renumber or reuse a code.
 */
export const ADAPTATION_CATEGORIES = [
  'communication',
  'understanding',
  'mobility',
  'environment',
  'companion',
  'visit_length',
  'critical',
] as const;
export type AdaptationCategory = (typeof ADAPTATION_CATEGORIES)[number];

export type PassportLevel = 'red' | 'amber' | 'green';

/** Parameters some codes carry. */
export type AdaptationParam = 'minutes' | 'language' | 'timeFrom' | 'timeTo' | 'who' | 'wheelchairType';

export interface AdaptationCode {
  code: string;
  category: AdaptationCategory;
  level: PassportLevel;
  sv: string;
  en: string;
  /** NHS Reasonable Adjustment Flag category (Accessible Information Standard), for FHIR mapping. */
  raCategory: string;
  params?: readonly AdaptationParam[];
}

export const ADAPTATION_CODES = [
  // Communication
  {
    code: 'COM-SPEECH-LIMITED',
    category: 'communication',
    level: 'amber',
    sv: 'Begränsat tal',
    en: 'Limited speech',
    raCategory: 'additional-communication-needs',
  },
  {
    code: 'COM-NO-SPEECH',
    category: 'communication',
    level: 'red',
    sv: 'Inget tal',
    en: 'No speech',
    raCategory: 'additional-communication-needs',
  },
  {
    code: 'COM-AAC-PICTURES',
    category: 'communication',
    level: 'amber',
    sv: 'AKK: bildstöd',
    en: 'AAC: picture support',
    raCategory: 'communication-support',
  },
  {
    code: 'COM-AAC-SIGNS',
    category: 'communication',
    level: 'amber',
    sv: 'AKK: tecken som stöd',
    en: 'AAC: key-word signing',
    raCategory: 'communication-support',
  },
  {
    code: 'COM-AAC-DEVICE',
    category: 'communication',
    level: 'red',
    sv: 'AKK: talapparat / samtalsapparat',
    en: 'AAC: talking device',
    raCategory: 'communication-support',
  },
  {
    code: 'COM-AAC-TEXT',
    category: 'communication',
    level: 'amber',
    sv: 'AKK: skriver text',
    en: 'AAC: writes text',
    raCategory: 'communication-support',
  },
  {
    code: 'COM-INTERPRETER',
    category: 'communication',
    level: 'red',
    sv: 'Tolk behövs',
    en: 'Interpreter needed',
    raCategory: 'community-language-support',
    params: ['language'],
  },
  {
    code: 'COM-SIGN-INTERPRETER',
    category: 'communication',
    level: 'red',
    sv: 'Teckenspråkstolk',
    en: 'Sign-language interpreter',
    raCategory: 'needs-communication-professional',
  },
  {
    code: 'COM-HEARING-LOOP',
    category: 'communication',
    level: 'amber',
    sv: 'Hörslinga',
    en: 'Hearing loop',
    raCategory: 'communication-support',
  },
  {
    code: 'COM-YES-NO',
    category: 'communication',
    level: 'red',
    sv: 'Så visar jag ja och nej',
    en: 'How I show yes and no',
    raCategory: 'additional-communication-needs',
  },
  {
    code: 'COM-PAIN',
    category: 'communication',
    level: 'red',
    sv: 'Så visar jag smärta',
    en: 'How I show pain',
    raCategory: 'additional-communication-needs',
  },
  {
    code: 'COM-VIA-REPRESENTATIVE',
    category: 'communication',
    level: 'amber',
    sv: 'Kontakt via företrädare',
    en: 'Contact via representative',
    raCategory: 'specific-contact-method',
  },
  // Understanding
  {
    code: 'UND-EASY-READ',
    category: 'understanding',
    level: 'amber',
    sv: 'Lättläst information',
    en: 'Easy-read information',
    raCategory: 'specific-information-format',
  },
  {
    code: 'UND-PICTURE-SCHEDULE',
    category: 'understanding',
    level: 'amber',
    sv: 'Bildschema',
    en: 'Picture schedule',
    raCategory: 'specific-information-format',
  },
  {
    code: 'UND-LARGE-PRINT',
    category: 'understanding',
    level: 'amber',
    sv: 'Stor text',
    en: 'Large print',
    raCategory: 'specific-information-format',
  },
  {
    code: 'UND-STEP-BY-STEP',
    category: 'understanding',
    level: 'amber',
    sv: 'Förklara steg för steg',
    en: 'Explain step by step',
    raCategory: 'additional-support',
  },
  {
    code: 'UND-EXTRA-TIME',
    category: 'understanding',
    level: 'amber',
    sv: 'Extra tid att förstå och svara',
    en: 'Extra time to understand and answer',
    raCategory: 'additional-support',
  },
  // Mobility and body
  {
    code: 'MOB-WHEELCHAIR',
    category: 'mobility',
    level: 'amber',
    sv: 'Rullstol',
    en: 'Wheelchair',
    raCategory: 'individual-care-requirements',
    params: ['wheelchairType'],
  },
  {
    code: 'MOB-FLOOR-LIFT',
    category: 'mobility',
    level: 'red',
    sv: 'Förflyttning med golvlyft',
    en: 'Transfer with floor lift',
    raCategory: 'environment-of-care',
  },
  {
    code: 'MOB-CEILING-LIFT',
    category: 'mobility',
    level: 'red',
    sv: 'Förflyttning med taklyft',
    en: 'Transfer with ceiling lift',
    raCategory: 'environment-of-care',
  },
  {
    code: 'MOB-WIDE-BENCH',
    category: 'mobility',
    level: 'amber',
    sv: 'Bred brits',
    en: 'Wide examination bench',
    raCategory: 'environment-of-care',
  },
  {
    code: 'MOB-WHEELCHAIR-SCALE',
    category: 'mobility',
    level: 'amber',
    sv: 'Vägs i rullstol (rullstolsvåg)',
    en: 'Weighed in wheelchair',
    raCategory: 'environment-of-care',
  },
  {
    code: 'MOB-WALKING-AID',
    category: 'mobility',
    level: 'green',
    sv: 'Gånghjälpmedel',
    en: 'Walking aid',
    raCategory: 'individual-care-requirements',
  },
  // Environment
  {
    code: 'ENV-LOW-STIMULUS',
    category: 'environment',
    level: 'amber',
    sv: 'Lågstimulerande rum',
    en: 'Low-stimulus room',
    raCategory: 'environment-of-care',
  },
  {
    code: 'ENV-WAIT-OUTSIDE',
    category: 'environment',
    level: 'amber',
    sv: 'Väntar utanför, inte i väntrummet',
    en: 'Waits outside, not in the waiting room',
    raCategory: 'environment-of-care',
  },
  {
    code: 'ENV-FIRST-OF-DAY',
    category: 'environment',
    level: 'amber',
    sv: 'Första tiden på dagen',
    en: 'First appointment of the day',
    raCategory: 'environment-of-care',
  },
  {
    code: 'ENV-TIME-WINDOW',
    category: 'environment',
    level: 'amber',
    sv: 'Bara vissa tider på dygnet',
    en: 'Only certain times of day',
    raCategory: 'environment-of-care',
    params: ['timeFrom', 'timeTo'],
  },
  {
    code: 'ENV-SAME-STAFF',
    category: 'environment',
    level: 'amber',
    sv: 'Samma personal varje gång',
    en: 'The same staff every time',
    raCategory: 'individual-care-requirements',
  },
  {
    code: 'ENV-DIM-LIGHT',
    category: 'environment',
    level: 'green',
    sv: 'Dämpat ljus',
    en: 'Dimmed light',
    raCategory: 'environment-of-care',
  },
  {
    code: 'ENV-QUIET',
    category: 'environment',
    level: 'green',
    sv: 'Tyst, inga plötsliga ljud',
    en: 'Quiet, no sudden sounds',
    raCategory: 'environment-of-care',
  },
  {
    code: 'ENV-UPSETS',
    category: 'environment',
    level: 'amber',
    sv: 'Det här gör mig orolig',
    en: 'What upsets me',
    raCategory: 'additional-needs',
  },
  {
    code: 'ENV-CALMS',
    category: 'environment',
    level: 'green',
    sv: 'Det här lugnar mig',
    en: 'What calms me',
    raCategory: 'additional-needs',
  },
  // Companion
  {
    code: 'CMP-REQUIRED',
    category: 'companion',
    level: 'red',
    sv: 'Medföljare behövs alltid',
    en: 'Always needs a companion',
    raCategory: 'additional-support',
    params: ['who'],
  },
  // Visit length
  {
    code: 'LEN-EXTENDED',
    category: 'visit_length',
    level: 'amber',
    sv: 'Förlängd besökstid',
    en: 'Extended visit time',
    raCategory: 'individual-care-requirements',
    params: ['minutes'],
  },
  // Critical information
  {
    code: 'CRT-EPILEPSY-RESCUE',
    category: 'critical',
    level: 'red',
    sv: 'Epilepsi: akutläkemedel',
    en: 'Epilepsy: rescue medication',
    raCategory: 'bespoke',
  },
  {
    code: 'CRT-SWALLOWING',
    category: 'critical',
    level: 'red',
    sv: 'Risk vid sväljning',
    en: 'Swallowing risk',
    raCategory: 'bespoke',
  },
  {
    code: 'CRT-ALLERGY',
    category: 'critical',
    level: 'red',
    sv: 'Allergi',
    en: 'Allergy',
    raCategory: 'bespoke',
  },
  {
    code: 'CRT-RARE-DIAGNOSIS',
    category: 'critical',
    level: 'red',
    sv: 'Ovanlig diagnos: viktigt att veta',
    en: 'Rare diagnosis: important to know',
    raCategory: 'bespoke',
  },
  {
    code: 'CRT-OTHER',
    category: 'critical',
    level: 'red',
    sv: 'Annat som en främling måste veta',
    en: 'Other things a stranger must know',
    raCategory: 'bespoke',
  },
  // Likes and dislikes (green passport page)
  {
    code: 'LIK-LIKES',
    category: 'environment',
    level: 'green',
    sv: 'Det här tycker jag om',
    en: 'What I like',
    raCategory: 'additional-needs',
  },
  {
    code: 'LIK-DISLIKES',
    category: 'environment',
    level: 'green',
    sv: 'Det här tycker jag inte om',
    en: 'What I do not like',
    raCategory: 'additional-needs',
  },
] as const satisfies readonly AdaptationCode[];

export type AdaptationCodeValue = (typeof ADAPTATION_CODES)[number]['code'];

const byCode = new Map<string, AdaptationCode>(ADAPTATION_CODES.map((c) => [c.code, c]));

export function adaptationCode(code: string): AdaptationCode | undefined {
  return byCode.get(code);
}

/** Who agreed that the adaptations are recorded and shared (NHS RA Flag "who consented"). */
export const ADAPTATION_CONSENT_BY = [
  'patient',
  'legal_representative',
  'best_interest',
  'not_recorded',
] as const;

/** Companions the CMP-REQUIRED code can name. */
export const COMPANION_KINDS = ['personal_assistant', 'group_home_staff', 'relative', 'other'] as const;
