import { makeTestIdentityNumber, municipalityName } from '@lotsa/contracts';
import type { Db } from '../../src/db/database.ts';
import { patients } from '../../src/db/schema.ts';
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE } from '../../src/demo/people.ts';
import type { Random } from '../../src/demo/random.ts';
import type { Progress } from './progress.ts';
import { type BenchUnit, ÖREBRO_POSTAL } from './units.ts';

/** Patients per INSERT statement: about 34,000 bound parameters, under PostgreSQL's 65,535. */
const ROWS_PER_INSERT = 2_000;
const DAY_MS = 86_400_000;
const FIRST_BIRTH = Date.UTC(1940, 0, 1);
const BIRTH_DAYS = (Date.UTC(2006, 11, 31) - FIRST_BIRTH) / DAY_MS + 1;
const STREETS = [
  'Storgatan',
  'Kyrkogatan',
  'Skolgatan',
  'Parkvägen',
  'Björkvägen',
  'Ringvägen',
  'Norra Allén',
];
const DIAGNOSIS_PROFILES = [
  ['Q90', 'F71'],
  ['F84.0', 'F72'],
  ['G80.0', 'F72', 'G40'],
  ['F72'],
  ['G71.0'],
  ['Q05'],
];

export interface Placement {
  unit: BenchUnit;
  count: number;
}

/** Which unit each new patient joins, shuffled: patients register over time, not unit by unit. */
function shuffledUnits(placements: Placement[], rnd: Random): BenchUnit[] {
  const order = placements.flatMap((p) => Array<BenchUnit>(p.count).fill(p.unit));
  for (let i = order.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

/** A test identity number (birth number 980–999) not yet used in the region. */
function newIdentity(rnd: Random, used: Set<string>) {
  for (;;) {
    const birthDate = new Date(FIRST_BIRTH + rnd.int(0, BIRTH_DAYS - 1) * DAY_MS).toISOString().slice(0, 10);
    const serial = rnd.int(980, 999);
    const identityNumber = makeTestIdentityNumber(birthDate, serial);
    if (used.has(identityNumber)) continue;
    used.add(identityNumber);
    return { identityNumber, birthDate, female: serial % 2 === 0 };
  }
}

function makePatient(regionId: string, unit: BenchUnit, rnd: Random, used: Set<string>) {
  const { identityNumber, birthDate, female } = newIdentity(rnd, used);
  const municipalityCode = rnd.chance(0.6) ? unit.municipalityCodes[0]! : rnd.pick(unit.municipalityCodes);
  return {
    regionId,
    unitId: unit.id,
    identityKind: 'personnummer',
    identityNumber,
    birthDate,
    sex: female ? 'female' : 'male',
    givenName: rnd.pick(female ? GIVEN_FEMALE : GIVEN_MALE),
    familyName: rnd.pick(FAMILY),
    municipalityCode,
    streetAddress: `${rnd.pick(STREETS)} ${rnd.int(1, 80)}`,
    postalCode: `${ÖREBRO_POSTAL[municipalityCode] ?? '700'} ${rnd.int(10, 99)}`,
    city: municipalityName(municipalityCode),
    phone: rnd.chance(0.5) ? `070-${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}` : null,
    protectedIdentity: rnd.chance(0.005),
    diagnoses: rnd.pick(DIAGNOSIS_PROFILES),
  } satisfies typeof patients.$inferInsert;
}

/** Inserts the patients in large multi-row INSERTs, avoiding the identity numbers in `used`. */
export async function insertPatients(
  db: Db,
  regionId: string,
  placements: Placement[],
  rnd: Random,
  used: Set<string>,
  progress: Progress,
) {
  const order = shuffledUnits(placements, rnd);
  for (let start = 0; start < order.length; start += ROWS_PER_INSERT) {
    const batch = order.slice(start, start + ROWS_PER_INSERT).map((u) => makePatient(regionId, u, rnd, used));
    await db.insert(patients).values(batch);
    await progress(start + batch.length, order.length);
  }
}
