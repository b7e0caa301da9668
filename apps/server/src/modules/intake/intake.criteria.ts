import {
  type Criterion,
  type IntakeStage,
  municipalityName,
  type NeedsMapping,
  parseIdentityNumber,
  TARGET_GROUP_DIAGNOSES,
} from '@lotsa/contracts';
import { localToday } from '../../lib/time.ts';
import { adultFrom, ageOn } from './intake.age.ts';

/**
 * The eligibility criteria of the brief, shown one by one as met / not met / unknown with what the
 * result rests on; calendar days in Swedish time; where a public registration goes. Pure.
 */

/** Pure: the birth date (YYYY-MM-DD) an identity number carries, or null (none, or a reserve number without). */
export function birthDateOf(identityNumber: string | null): string | null {
  if (!identityNumber) return null;
  const parsed = parseIdentityNumber(identityNumber);
  return parsed.ok ? parsed.birthDate : null;
}

/**
 * Pure: does an ICD-10-SE code belong to the target group? The same code as one in
 * TARGET_GROUP_DIAGNOSES, or a subcode of a listed category (G80.1 under G80, F71.1 under F71).
 * Codes of the group `other` (epilepsy) go with the target group but do not make it alone.
 */
export function targetGroupDiagnosis(code: string) {
  const c = code.trim().toUpperCase();
  return (
    TARGET_GROUP_DIAGNOSES.find(
      (d) => d.group !== 'other' && (d.code === c || (!d.code.includes('.') && c.startsWith(`${d.code}.`))),
    ) ?? null
  );
}

const COMMUNICATION: Record<string, [string, string] | null> = {
  speaks: null,
  speaks_with_support: ['talar med stöd', 'speaks with support'],
  aac: ['kommunicerar med AKK', 'communicates with AAC'],
  no_speech: ['har inget tal', 'has no speech'],
};
const UNDERSTANDING: Record<string, [string, string] | null> = {
  independent: null,
  needs_support: ['behöver stöd för att förstå', 'needs support to understand'],
  needs_extensive_support: [
    'behöver omfattande stöd för att förstå',
    'needs extensive support to understand',
  ],
};
const DAILY_SUPPORT: Record<string, [string, string] | null> = {
  independent: null,
  some_help: ['behöver viss hjälp i vardagen', 'needs some help in daily life'],
  extensive_help: ['behöver omfattande hjälp i vardagen', 'needs extensive help in daily life'],
};

const NO_MAPPING = {
  sv: 'Behovskartläggningen är inte gjord ännu.',
  en: 'The needs mapping has not been recorded yet.',
};

export interface CriteriaInput {
  identityNumber: string | null;
  municipalityCode: string;
  /** The unit's catchment (unit_municipalities). */
  catchment: readonly string[];
  diagnoses: readonly string[];
  needsMapping: NeedsMapping | null;
  /** The Swedish date to judge age on. */
  today: string;
}

/** Pure: the five criteria, in the brief's order. The system shows them; a person decides. */
export function evaluateCriteria(i: CriteriaInput): Criterion[] {
  return [adult(i), catchmentArea(i), targetGroup(i), reducedAutonomy(i), severalCareActors(i)];
}

function adult(i: CriteriaInput): Criterion {
  const criterion = 'adult';
  if (!i.identityNumber)
    return {
      criterion,
      result: 'unknown',
      basis: {
        sv: 'Personnummer saknas, så åldern är okänd.',
        en: 'No identity number, so the age is unknown.',
      },
    };
  const birth = birthDateOf(i.identityNumber);
  if (!birth)
    return {
      criterion,
      result: 'unknown',
      basis: {
        sv: 'Numret visar inte födelsedatum, så åldern är okänd.',
        en: 'The number does not show a birth date, so the age is unknown.',
      },
    };
  const age = ageOn(birth, i.today);
  if (age >= 18)
    return {
      criterion,
      result: 'met',
      basis: { sv: `Född ${birth}: ${age} år.`, en: `Born ${birth}: ${age} years old.` },
    };
  const from = adultFrom(birth);
  return {
    criterion,
    result: 'not_met',
    basis: {
      sv: `Född ${birth}: ${age} år, fyller 18 den ${from}.`,
      en: `Born ${birth}: ${age} years old, turns 18 on ${from}.`,
    },
  };
}

const named = (code: string) => `${municipalityName(code)} (${code})`;

function catchmentArea(i: CriteriaInput): Criterion {
  const inside = i.catchment.includes(i.municipalityCode);
  const area = i.catchment.map((c) => municipalityName(c)).join(', ');
  return {
    criterion: 'catchment_area',
    result: inside ? 'met' : 'not_met',
    basis: inside
      ? {
          sv: `${named(i.municipalityCode)} ingår i enhetens upptagningsområde.`,
          en: `${named(i.municipalityCode)} is in the unit’s catchment area.`,
        }
      : {
          sv: `${named(i.municipalityCode)} ligger utanför enhetens upptagningsområde (${area}).`,
          en: `${named(i.municipalityCode)} is outside the unit’s catchment area (${area}).`,
        },
  };
}

function targetGroup(i: CriteriaInput): Criterion {
  const criterion = 'target_group';
  if (i.diagnoses.length === 0)
    return {
      criterion,
      result: 'unknown',
      basis: {
        sv: 'Inga ICD-10-SE-koder registrerade ännu; se beskrivningen i ord.',
        en: 'No ICD-10-SE codes recorded yet; see the description in words.',
      },
    };
  const hits = i.diagnoses.flatMap((code) => {
    const d = targetGroupDiagnosis(code);
    return d ? [{ code, d }] : [];
  });
  if (hits.length === 0)
    return {
      criterion,
      result: 'not_met',
      basis: {
        sv: `Ingen av koderna (${i.diagnoses.join(', ')}) hör till målgruppens diagnoser.`,
        en: `None of the codes (${i.diagnoses.join(', ')}) is among the target group’s diagnoses.`,
      },
    };
  return {
    criterion,
    result: 'met',
    basis: {
      sv: `I målgruppen: ${hits.map((h) => `${h.code} ${h.d.sv.toLowerCase()}`).join('; ')}.`,
      en: `In the target group: ${hits.map((h) => `${h.code} ${h.d.en.toLowerCase()}`).join('; ')}.`,
    },
  };
}

function reducedAutonomy(i: CriteriaInput): Criterion {
  const criterion = 'reduced_autonomy_or_communication';
  const m = i.needsMapping;
  if (!m) return { criterion, result: 'unknown', basis: NO_MAPPING };
  const parts = [
    COMMUNICATION[m.communication],
    UNDERSTANDING[m.understanding],
    DAILY_SUPPORT[m.dailySupport],
  ].filter((p): p is [string, string] => !!p);
  if (parts.length === 0)
    return {
      criterion,
      result: 'not_met',
      basis: {
        sv: 'Enligt kartläggningen talar personen, förstår och klarar vardagen själv.',
        en: 'According to the mapping the person speaks, understands and manages daily life on their own.',
      },
    };
  return {
    criterion,
    result: 'met',
    basis: {
      sv: `Enligt kartläggningen: personen ${parts.map((p) => p[0]).join(', ')}.`,
      en: `According to the mapping: the person ${parts.map((p) => p[1]).join(', ')}.`,
    },
  };
}

function severalCareActors(i: CriteriaInput): Criterion {
  const criterion = 'several_care_actors';
  const m = i.needsMapping;
  if (!m) return { criterion, result: 'unknown', basis: NO_MAPPING };
  const n = m.careContactCount;
  return n >= 2
    ? {
        criterion,
        result: 'met',
        basis: {
          sv: `${n} vårdkontakter enligt kartläggningen.`,
          en: `${n} care contacts according to the mapping.`,
        },
      }
    : {
        criterion,
        result: 'not_met',
        basis: {
          sv: `${n} vårdkontakt${n === 1 ? '' : 'er'} enligt kartläggningen; kriteriet är minst två.`,
          en: `${n} care contact${n === 1 ? '' : 's'} according to the mapping; the criterion is at least two.`,
        },
      };
}

// --- Days ----------------------------------------------------------------------------------------

const epochDay = (day: string) => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
};

/** Pure: whole calendar days from one date (YYYY-MM-DD) to another; negative when `to` is earlier. */
export const calendarDaysBetween = (from: string, to: string) => epochDay(to) - epochDay(from);

/** Pure: whole Swedish calendar days from an instant to now (0 on the same Swedish day). */
export const daysSince = (since: Date, now: Date) => calendarDaysBetween(localToday(since), localToday(now));

/** Child to adult: a planned start counts as nearing within this many days (or when passed). */
export const START_NEARING_DAYS = 60;

/**
 * Pure: a child-to-adult registration whose planned start is within 60 days or has passed, and on
 * which nothing has been done yet (still received): the board shows it.
 */
export function startNearing(plannedStartDate: string | null, stage: IntakeStage, today: string): boolean {
  if (!plannedStartDate || stage !== 'received') return false;
  return calendarDaysBetween(today, plannedStartDate) <= START_NEARING_DAYS;
}

// --- Routing the public form ---------------------------------------------------------------------

export interface RoutableUnit {
  id: string;
  regionId: string;
  name: string;
  municipalityCodes: readonly string[];
}

/**
 * Pure: where a public registration goes. The active unit whose catchment has the municipality (if
 * several, the first by name); otherwise the unit, in the region that serves the municipality's
 * county (SCB code's first two digits), whose catchment has the most of that county's municipalities
 * (then by name); null when no unit serves the county at all.
 */
export function routePublicRegistration(
  municipalityCode: string,
  units: readonly RoutableUnit[],
): { unit: RoutableUnit; rule: 'catchment' | 'county' } | null {
  const byName = [...units].sort((a, b) => a.name.localeCompare(b.name, 'sv') || a.id.localeCompare(b.id));
  const serving = byName.find((u) => u.municipalityCodes.includes(municipalityCode));
  if (serving) return { unit: serving, rule: 'catchment' };
  const county = municipalityCode.slice(0, 2);
  const inCounty = (u: RoutableUnit) => u.municipalityCodes.filter((c) => c.startsWith(county)).length;
  const candidates = byName.filter((u) => inCounty(u) > 0);
  if (candidates.length === 0) return null;
  const best = candidates.reduce((a, b) => (inCounty(b) > inCounty(a) ? b : a));
  return { unit: best, rule: 'county' };
}

const REFERENCE_ALPHABET = 'ACDEFGHJKLMNPQRTUVWXY34679';

/**
 * Pure: a receipt reference from 8 random bytes, e.g. "K7QX-M4PA": letters and digits that cannot be
 * mistaken for one another (no O/0, I/1, S/5, B/8, Z/2) when read over the phone.
 */
export function makeReference(bytes: Uint8Array): string {
  const chars = Array.from(bytes.slice(0, 8), (b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}`;
}
