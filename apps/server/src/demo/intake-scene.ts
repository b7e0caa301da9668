import { makeTestIdentityNumber, type NeedsMapping, type Role } from '@lotsa/contracts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';
import { localToday, startOfLocalDay } from '../lib/time.ts';
import {
  bookFirstCall,
  createRegistration,
  decideEligibility,
  recordConsent,
  recordFirstCall,
  type StepOptions,
} from '../modules/intake/index.ts';
import type { DemoUnit } from './profiles.ts';

/** The intake demo's helpers: past times, staff names, test identity numbers, the usual steps. */

export const DAY = 86_400_000;

export interface Scene {
  db: Db;
  unit: DemoUnit;
  /** The demo's own actor, with a navigator role at the unit so the steps pass the access rules. */
  actor: Actor;
  /** Who the steps are recorded as. */
  staff: Record<string, { userId: string | null; name: string }>;
  today: Date;
  used: Set<string>;
}

/** A time `daysAgo` Swedish days before today, at hh:mm Swedish time (negative: in the future). */
export function at(s: Scene, daysAgo: number, hh = 10, mm = 0): Date {
  const day = localToday(new Date(s.today.getTime() - daysAgo * DAY));
  return new Date(startOfLocalDay(day).getTime() + (hh * 60 + mm) * 60_000);
}

export const by = (s: Scene, who: string, daysAgo: number, hh = 10, mm = 0): StepOptions => ({
  now: at(s, daysAgo, hh, mm),
  by: s.staff[who]!,
});

/** A test identity number for a birth date, not used by any other demo person. */
export function identity(s: Scene, birthDate: string): string {
  for (let serial = 980; serial <= 999; serial++) {
    const n = makeTestIdentityNumber(birthDate, serial);
    if (!s.used.has(n)) {
      s.used.add(n);
      return n;
    }
  }
  throw new Error(`no free test number for ${birthDate}`);
}

/** The birth date of someone who turns `years` in `days` days (negative: turned it that long ago). */
export function birthFor(s: Scene, years: number, days: number): string {
  const d = new Date(s.today.getTime() + days * DAY);
  const day = localToday(d);
  return `${Number(day.slice(0, 4)) - years}${day.slice(4)}`.replace(/-02-29$/, '-02-28');
}

export const MAPPINGS: Record<string, NeedsMapping> = {
  aac: {
    communication: 'aac',
    communicationNote: 'Bildstöd och tecken som stöd. Visar ja med nick, nej genom att vända bort huvudet.',
    understanding: 'needs_extensive_support',
    understandingNote: 'Korta meningar, en sak i taget, bildschema.',
    mobility: 'wheelchair',
    mobilityNote: 'Elrullstol. Förflyttning med taklyft.',
    environmentNote: 'Blir orolig i väntrum; vill ha första tiden på dagen.',
    dailySupport: 'extensive_help',
    careContacts: 'Vuxenhabiliteringen, ortopeden på USÖ, neurologen, kommunens sjuksköterska, tandvården.',
    careContactCount: 5,
    companionNeeded: true,
    companionWho: 'Personal från gruppbostaden som känner henne väl.',
    wishes: 'En fast läkare som känner henne och att slippa berätta allt från början varje gång.',
    hardToday: 'Många mottagningar som inte pratar med varandra; svårt att få tider som passar.',
  },
  speech: {
    communication: 'speaks_with_support',
    communicationNote: 'Talar i korta meningar, behöver tid att svara.',
    understanding: 'needs_support',
    understandingNote: 'Lättläst och att någon han känner förklarar.',
    mobility: 'walks_with_aid',
    mobilityNote: 'Rollator ute.',
    environmentNote: 'Samma personal, helst samma rum.',
    dailySupport: 'some_help',
    careContacts: 'Vuxenhabiliteringen, diabetesmottagningen, kommunens sjuksköterska.',
    careContactCount: 3,
    companionNeeded: true,
    companionWho: 'Boendestödjare eller mamma.',
    wishes: 'Att någon håller ihop hans vård och att besöken förbereds.',
    hardToday: 'Har missat flera kontroller för att kallelserna var svåra att förstå.',
  },
  mild: {
    communication: 'speaks',
    communicationNote: null,
    understanding: 'independent',
    understandingNote: null,
    mobility: 'walks',
    mobilityNote: null,
    environmentNote: null,
    dailySupport: 'independent',
    careContacts: 'Vårdcentralen.',
    careContactCount: 1,
    companionNeeded: false,
    companionWho: null,
    wishes: 'Att få hjälp med sin astma.',
    hardToday: null,
  },
};

export const consentBody = (
  s: Scene,
  daysAgo: number,
  who: 'patient' | 'representative',
  name: string | null,
) => ({
  givenBy: who,
  representativeName: who === 'representative' ? name : null,
  method: who === 'representative' ? ('by_representative' as const) : ('spoken' as const),
  givenAt: at(s, daysAgo, 10, 30).toISOString(),
  scopes: {
    participation: true,
    sharingPartners: [`${s.unit.name.split(' ')[0]} kommun, kommunal hälso- och sjukvård`],
    lettersToRepresentative: who === 'representative',
    surveys: true,
  },
  note: null,
});

export interface Person {
  givenName: string;
  familyName: string;
  identityNumber: string | null;
  municipalityCode: string;
  streetAddress?: string;
  postalCode?: string;
  city?: string;
  phone?: string;
}

export async function register(
  s: Scene,
  daysAgo: number,
  person: Person,
  more: {
    source:
      | 'self'
      | 'representative'
      | 'relative'
      | 'habilitation'
      | 'municipality'
      | 'other_clinic'
      | 'group_home';
    applicant: { name: string; relation: string; phone: string } | null;
    disabilities: string;
    diagnoses?: string[];
    currentCareContacts?: string;
    hardToday?: string;
    plannedStartDate?: string | null;
  },
) {
  return createRegistration(
    s.db,
    s.actor,
    {
      source: more.source,
      person: {
        streetAddress: null,
        postalCode: null,
        city: null,
        phone: null,
        email: null,
        ...person,
      },
      applicant: more.applicant ? { ...more.applicant, email: null } : null,
      contactPreference: 'phone',
      disabilities: more.disabilities,
      diagnoses: more.diagnoses ?? [],
      currentCareContacts: more.currentCareContacts ?? null,
      hardToday: more.hardToday ?? null,
      plannedStartDate: more.plannedStartDate ?? null,
    },
    by(s, 'navigator', daysAgo, 9, 15),
  );
}

/** First call (booked, then held with the needs mapping), decision, consent: each `daysAgo`. */
export async function takeTo(
  s: Scene,
  id: string,
  until: 'mapped' | 'eligible' | 'consented',
  days: { booked: number; mapped: number; decided?: number; consented?: number },
  mapping: NeedsMapping,
  consenter: { who: 'patient' | 'representative'; name: string | null } = { who: 'patient', name: null },
) {
  await bookFirstCall(
    s.db,
    s.actor,
    id,
    { at: at(s, days.mapped, 13, 30).toISOString(), note: null },
    by(s, 'navigator', days.booked, 11),
  );
  await recordFirstCall(s.db, s.actor, id, mapping, by(s, 'navigator', days.mapped, 14, 10));
  if (until === 'mapped') return;
  await decideEligibility(
    s.db,
    s.actor,
    id,
    {
      decision: 'eligible',
      reason:
        'Omfattande och varaktig funktionsnedsättning i målgruppen, nedsatt autonomi och flera vårdaktörer.',
      catchmentOverride: false,
      overrideReason: null,
    },
    by(s, 'navigator', days.decided!, 15),
  );
  if (until === 'eligible') return;
  await recordConsent(
    s.db,
    s.actor,
    id,
    consentBody(s, days.consented!, consenter.who, consenter.name),
    by(s, 'navigator', days.consented!, 11),
  );
}

export function scene(db: Db, unit: DemoUnit, used: Set<string>, today: Date, staff: Scene['staff']): Scene {
  const roles = new Map<string, readonly Role[]>([[unit.unitId, ['navigator']]]);
  return { db, unit, actor: { ...unit.actor, unitRoles: roles }, staff, today, used };
}

export const staffBy = (unit: DemoUnit, given: string, username?: string) => {
  const s = unit.staff.find((x) => x.givenName === given);
  if (!s) throw new Error(`no demo staff ${given} at ${unit.name}`);
  return { userId: (username && unit.users.get(username)) || null, name: `${s.givenName} ${s.familyName}` };
};
