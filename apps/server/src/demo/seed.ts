import type { Feature, Profession, Role } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';
import { grantRole, hashPassword, insertUser } from '../modules/access/index.ts';
import {
  equipmentTable,
  insertArea,
  insertFeatured,
  insertRegion,
  insertStaff,
  insertUnit,
  roomsTable,
  saveTeam,
} from '../modules/organisation/index.ts';
import { insertPatient, insertRepresentative } from '../modules/patients/index.ts';
import { seedCarePlans } from './care-plans.ts';
import { seedFollowUpHistory } from './follow-up.ts';
import { seedIntake } from './intake.ts';
import { seedLetterPictures } from './letters.ts';
import { seedPartnerAccess } from './partner.ts';
import { makePerson } from './people.ts';
import { type DemoPatient, type DemoUnit, seedProfiles } from './profiles.ts';
import { type Random, seededRandom } from './random.ts';
import { seedScheduling } from './scheduling.ts';
import { seedSurveys } from './surveys.ts';

export const DEMO_PASSWORD = 'lotsa-demo';

/** The demo sign-ins printed at start and listed in the README. */
export const DEMO_USERS = [
  { username: 'vardlots', description: 'vårdlots (care navigator), Kumla' },
  { username: 'lakare', description: 'läkare (doctor), Kumla' },
  { username: 'sjukskoterska', description: 'sjuksköterska (nurse), Kumla' },
  { username: 'underskoterska', description: 'undersköterska (assistant nurse), Kumla' },
  { username: 'arbetsterapeut', description: 'arbetsterapeut (OT), Kumla' },
  { username: 'fysioterapeut', description: 'fysioterapeut (PT), Kumla' },
  { username: 'chef', description: 'verksamhetschef (unit manager), Kumla' },
  { username: 'admin', description: 'regionadministratör (region admin), Region Örebro län' },
  { username: 'sormland', description: 'sjuksköterska (nurse), Katrineholm and Nyköping, Region Sörmland' },
  { username: 'admin.sormland', description: 'regionadministratör (region admin), Region Sörmland' },
  {
    username: 'vardlots.sormland',
    description: 'vårdlots (care navigator), Katrineholm, Region Sörmland (at its cap, with a waiting list)',
  },
  {
    username: 'kommun.kumla',
    description:
      'samverkanspartner (partner: municipal nurse, Kumla kommun): only the network contacts Kumla patients agreed to share',
  },
] as const;

export async function hasAnyRegion(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ e: boolean }>(db, sql`select exists(select 1 from regions) as e`);
  return row?.e === true;
}

/** The database holds the demo (its first sign-in exists), not an installation's own data (npm run setup). */
export async function isDemoDatabase(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ e: boolean }>(
    db,
    sql`select exists(select 1 from users where username = ${DEMO_USERS[0].username}) and exists(select 1 from regions where code = 'orebro') as e`,
  );
  return row?.e === true;
}

const DIAGNOSIS_PROFILES: string[][] = [
  ['Q90', 'F71'],
  ['Q90', 'F71', 'G40'],
  ['F84.0', 'F72'],
  ['F84.0', 'F71'],
  ['G80.0', 'F72', 'G40'],
  ['G80', 'F71'],
  ['Q05'],
  ['Q05', 'F71'],
  ['T90.5'],
  ['T91.3'],
  ['G71.0'],
  ['Q87.1', 'F71'],
  ['Q99.2', 'F71'],
  ['F84.2', 'F73', 'G40'],
  ['Q93.5', 'F72', 'G40'],
  ['F72'],
];

const STREETS: Record<string, { streets: string[]; postal: string; city: string }> = {
  '1881': {
    streets: ['Storgatan', 'Kvarntorpsvägen', 'Hagendalsvägen', 'Sörbyvägen', 'Ekenvägen'],
    postal: '692',
    city: 'Kumla',
  },
  '1861': { streets: ['Västra Storgatan', 'Samzeliigatan', 'Östra Vägen'], postal: '694', city: 'Hallsberg' },
  '1882': { streets: ['Torget', 'Vättersvägen', 'Prästgårdsgatan'], postal: '696', city: 'Askersund' },
  '0483': { streets: ['Drottninggatan', 'Vasavägen', 'Backavägen'], postal: '641', city: 'Katrineholm' },
  '0480': { streets: ['Västra Storgatan', 'Brunnsgatan', 'Hamnvägen'], postal: '611', city: 'Nyköping' },
  '0482': { streets: ['Stortorget', 'Järnvägsgatan'], postal: '642', city: 'Flen' },
  '0484': { streets: ['Kungsgatan', 'Fröslundavägen'], postal: '632', city: 'Eskilstuna' },
};

interface UnitPlan {
  name: string;
  area: string;
  cap: number;
  municipalities: string[];
  phone: string;
  address: string;
  patients: number;
  rooms: Array<{ name: string; features: Feature[] }>;
  equipment: Array<{ name: string; features: Feature[] }>;
  staff: Array<{ given: string; family: string; profession: Profession; username?: string; roles?: Role[] }>;
}

interface RegionPlan {
  code: string;
  name: string;
  areas: string[];
  hsaPrefix: string;
  admin: { username: string; displayName: string };
  units: UnitPlan[];
}

const ÖREBRO: RegionPlan = {
  code: 'orebro',
  name: 'Region Örebro län',
  areas: ['Länsdel Söder', 'Länsdel Norr', 'Länsdel Väster', 'Örebro'],
  hsaPrefix: 'SE2321000164',
  admin: { username: 'admin', displayName: 'Agnes Admin' },
  units: [
    {
      name: 'Kumla vårdcentral SMO',
      area: 'Länsdel Söder',
      cap: 120,
      municipalities: ['1881', '1861', '1882'],
      phone: '019-602 00 00',
      address: 'Vårdcentralsgatan 1, 692 00 Kumla',
      patients: 38,
      rooms: [
        {
          name: 'Rum 1 – anpassat rum',
          features: [
            'wide_bench',
            'floor_lift',
            'ceiling_lift',
            'wheelchair_scale',
            'height_adjustable_bench',
          ],
        },
        { name: 'Rum 2', features: ['hearing_loop', 'height_adjustable_bench'] },
        { name: 'Lugna rummet', features: ['low_stimulus', 'separate_entrance'] },
        { name: 'Rum 4', features: [] },
      ],
      equipment: [
        { name: 'Mobil golvlyft', features: ['floor_lift'] },
        { name: 'Rullstolsvåg', features: ['wheelchair_scale'] },
        // Rum 1 has no hearing loop: a patient who needs the lift and the loop gets the portable one.
        { name: 'Portabel hörslinga', features: ['hearing_loop'] },
      ],
      staff: [
        {
          given: 'Elsa',
          family: 'Lotsberg',
          profession: 'navigator',
          username: 'vardlots',
          roles: ['navigator'],
        },
        { given: 'Per', family: 'Läkarsson', profession: 'doctor', username: 'lakare', roles: ['doctor'] },
        {
          given: 'Sanna',
          family: 'Sköterman',
          profession: 'nurse',
          username: 'sjukskoterska',
          roles: ['nurse'],
        },
        {
          given: 'Ulla',
          family: 'Undersson',
          profession: 'assistant_nurse',
          username: 'underskoterska',
          roles: ['assistant_nurse'],
        },
        { given: 'Åsa', family: 'Arbetsdahl', profession: 'ot', username: 'arbetsterapeut', roles: ['ot'] },
        { given: 'Filip', family: 'Fysell', profession: 'pt', username: 'fysioterapeut', roles: ['pt'] },
        {
          given: 'Cecilia',
          family: 'Chefsson',
          profession: 'unit_manager',
          username: 'chef',
          roles: ['unit_manager'],
        },
        { given: 'Leo', family: 'Läkarsson', profession: 'doctor' },
        { given: 'Nadia', family: 'Sköterman', profession: 'nurse' },
      ],
    },
  ],
};

const SÖRMLAND: RegionPlan = {
  code: 'sormland',
  name: 'Region Sörmland',
  areas: ['Södra Sörmland', 'Västra Sörmland', 'Eskilstuna'],
  hsaPrefix: 'SE2321000032',
  admin: { username: 'admin.sormland', displayName: 'Sören Admin' },
  units: [
    {
      name: 'Katrineholm vårdcentral SMO',
      area: 'Västra Sörmland',
      // A small add-on assignment, full since the intake demo's enrolments: it has a waiting list.
      cap: 12,
      municipalities: ['0483', '0482'],
      phone: '0150-400 00 00',
      address: 'Vårdvägen 2, 641 00 Katrineholm',
      patients: 9,
      rooms: [
        { name: 'Mottagning 1', features: ['wide_bench', 'ceiling_lift'] },
        { name: 'Mottagning 2', features: ['low_stimulus'] },
      ],
      equipment: [{ name: 'Mobil golvlyft', features: ['floor_lift'] }],
      staff: [
        { given: 'Stina', family: 'Sörman', profession: 'nurse', username: 'sormland', roles: ['nurse'] },
        { given: 'Kent', family: 'Katrinesson', profession: 'doctor' },
        {
          given: 'Vera',
          family: 'Lotsén',
          profession: 'navigator',
          username: 'vardlots.sormland',
          roles: ['navigator'],
        },
      ],
    },
    {
      name: 'Nyköping vårdcentral SMO',
      area: 'Södra Sörmland',
      cap: 60,
      municipalities: ['0480'],
      phone: '0155-400 00 00',
      address: 'Hälsans väg 3, 611 00 Nyköping',
      patients: 8,
      rooms: [
        { name: 'Rum A', features: ['wide_bench', 'floor_lift'] },
        { name: 'Rum B', features: ['hearing_loop'] },
      ],
      equipment: [],
      staff: [
        { given: 'Nils', family: 'Nyström', profession: 'doctor' },
        { given: 'Tea', family: 'Tallberg', profession: 'nurse', username: 'sormland', roles: ['nurse'] },
      ],
    },
    {
      name: 'Eskilstuna vårdcentral SMO',
      area: 'Eskilstuna',
      cap: 80,
      municipalities: ['0484'],
      phone: '016-400 00 00',
      address: 'Kungsgatan 10, 632 00 Eskilstuna',
      patients: 6,
      rooms: [{ name: 'Rum 1', features: ['wide_bench', 'ceiling_lift', 'hearing_loop'] }],
      equipment: [],
      staff: [{ given: 'Eva', family: 'Eskilsdotter', profession: 'nurse' }],
    },
  ],
};

/** Creates the demo regions. Deterministic: the same data on every machine. */
export async function seedDemo(db: Db, opts: { today?: Date } = {}) {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rnd = seededRandom(20261123);
  const usedIds = new Set<string>();
  const today = opts.today ?? new Date();
  const units: DemoUnit[] = [];
  for (const plan of [ÖREBRO, SÖRMLAND])
    units.push(...(await seedRegion(db, plan, passwordHash, rnd, usedIds, today)));
  // Interest registrations in every stage of intake (issue 3); its enrolments join the units' patients.
  await seedIntake(db, units, usedIds, today);
  // Adaptations, fixed contacts, the care network and contact requests (issue 4).
  await seedProfiles(db, units, today);
  // Visit types, calendars, closed days, past health checks and the coming weeks' visits (issue 5).
  await seedScheduling(db, units, today);
  // A partner organisation's account and a patient whose network shows what consent hides.
  const partner = await seedPartnerAccess(db, units, passwordHash);
  // Twelve months of after-visit survey answers per unit (issue 6).
  await seedSurveys(db, units, today);
  // Drawn avatars of the staff and a drawing of each unit's entrance, for the letters (issue 6).
  await seedLetterPictures(db, units);
  // When the pilot patients were listed, for the follow-up's history (issue 14).
  await seedFollowUpHistory(db, units, today);
  // SIPs: agreed with the partner, a draft, one whose follow-up is overdue (issue 13).
  await seedCarePlans(db, units, partner?.userId ?? null, today);
}

async function seedRegion(
  db: Db,
  plan: RegionPlan,
  passwordHash: string,
  rnd: Random,
  usedIds: Set<string>,
  today: Date,
): Promise<DemoUnit[]> {
  const regionId = await insertRegion(db, plan.code, plan.name);
  const seeded: DemoUnit[] = [];
  const areaIds = new Map<string, string>();
  for (const a of plan.areas) areaIds.set(a, (await insertArea(db, regionId, a)).id);
  const adminId = await insertUser(db, {
    regionId,
    username: plan.admin.username,
    displayName: plan.admin.displayName,
    passwordHash,
    isRegionAdmin: true,
  });
  const users = new Map<string, string>();
  let hsa = 1000;
  for (const u of plan.units) {
    const unitId = await insertUnit(db, regionId, {
      name: u.name,
      areaId: areaIds.get(u.area) ?? null,
      cap: u.cap,
      hsaId: `${plan.hsaPrefix}-${u.name.split(' ')[0]!.toLowerCase()}`,
      phone: u.phone,
      address: u.address,
      active: true,
      municipalityCodes: u.municipalities,
    });
    for (const r of u.rooms)
      await insertFeatured(db, roomsTable, regionId, {
        unitId,
        name: r.name,
        features: r.features,
        active: true,
      });
    for (const r of u.equipment)
      await insertFeatured(db, equipmentTable, regionId, {
        unitId,
        name: r.name,
        features: r.features,
        active: true,
      });
    const staffIds: string[] = [];
    const demoStaff: DemoUnit['staff'] = [];
    for (const s of u.staff) {
      const member = await insertStaff(db, regionId, {
        unitId,
        givenName: s.given,
        familyName: s.family,
        profession: s.profession,
        hsaId: `${plan.hsaPrefix}-${(hsa++).toString(36)}`,
        phone: `0${rnd.int(10, 99)}-${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
        email: `${s.given.toLowerCase()}.${s.family.toLowerCase()}@example.se`
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, ''),
        active: true,
      });
      staffIds.push(member.id);
      demoStaff.push({ id: member.id, givenName: s.given, familyName: s.family, profession: s.profession });
      if (s.username) {
        let userId = users.get(s.username);
        if (!userId) {
          userId = await insertUser(db, {
            regionId,
            staffId: member.id,
            username: s.username,
            displayName: `${s.given} ${s.family}`,
            passwordHash,
          });
          users.set(s.username, userId);
        }
        for (const role of s.roles ?? []) await grantRole(db, regionId, userId, unitId, role);
      }
    }
    await saveTeam(db, regionId, null, { unitId, name: 'SMO-teamet', memberIds: staffIds });

    const actor: Actor = {
      userId: adminId,
      userName: `${plan.admin.displayName} (demodata)`,
      regionId,
      activeUnitId: unitId,
      // A care role at the unit, so the seeding passes the same access rule as everyone (the kernel's).
      unitRoles: new Map([[unitId, ['navigator']]]),
      isRegionAdmin: true,
      locale: 'sv',
      reason: 'demodata',
    };
    const patients: DemoPatient[] = [];
    for (let i = 0; i < u.patients; i++)
      patients.push(await seedPatient(db, actor, unitId, u, rnd, usedIds, today, i));
    seeded.push({
      regionId,
      regionName: plan.name,
      unitId,
      name: u.name,
      actor,
      staff: demoStaff,
      users,
      patients,
    });
  }
  return seeded;
}

/**
 * Which of a unit's demo patients have protected identity: exactly two per unit, as the README says
 * (Kumla's 38 keep numbers 7 and 23; the smaller units 3 and 7, or 3 and the last).
 */
function protectedIndices(patients: number): [number, number] {
  if (patients > 23) return [7, 23];
  return [3, Math.min(7, patients - 1)];
}

async function seedPatient(
  db: Db,
  actor: Actor,
  unitId: string,
  u: UnitPlan,
  rnd: Random,
  usedIds: Set<string>,
  today: Date,
  i: number,
): Promise<DemoPatient> {
  const person = makePerson(rnd, usedIds, 19, 78, today);
  const municipalityCode = i < u.patients * 0.6 ? u.municipalities[0]! : rnd.pick(u.municipalities);
  const place = STREETS[municipalityCode]!;
  const groupHome = rnd.chance(0.45);
  const protectedIdentity = protectedIndices(u.patients).includes(i);
  const row = await insertPatient(db, actor, {
    unitId,
    identityKind: 'personnummer',
    identityNumber: person.identityNumber,
    birthDate: `${person.identityNumber.slice(0, 4)}-${person.identityNumber.slice(4, 6)}-${person.identityNumber.slice(6, 8)}`,
    sex: person.female ? 'female' : 'male',
    givenName: person.givenName,
    familyName: person.familyName,
    municipalityCode,
    streetAddress: `${rnd.pick(place.streets)} ${rnd.int(1, 60)}${groupHome ? ' (gruppbostad)' : ''}`,
    postalCode: `${place.postal} ${rnd.int(30, 99)}`,
    city: place.city,
    phone: rnd.chance(0.5) ? `070-${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}` : null,
    email: null,
    protectedIdentity,
    diagnoses: DIAGNOSIS_PROFILES[i % DIAGNOSIS_PROFILES.length]!,
    note: null,
  });
  const demo: DemoPatient = {
    id: row.id,
    index: i,
    identityNumber: row.identityNumber,
    givenName: person.givenName,
    familyName: person.familyName,
    municipalityCode,
    diagnoses: row.diagnoses,
    groupHome: null,
    letterRepresentative: null,
  };
  if (groupHome) {
    demo.groupHome = rnd.pick(['Solrosen', 'Linden', 'Björkhagen', 'Tallbacken']);
    await insertRepresentative(db, actor, row.id, {
      kind: 'group_home_contact',
      name: `Personalen på ${demo.groupHome}s gruppbostad`,
      phone: `0${rnd.int(10, 99)}-${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
      receivesLetters: false,
      receivesHealthInfo: true,
      mayBook: true,
    });
  }
  if (i % 3 === 0) {
    const rep = makePerson(rnd, new Set(), 40, 70, today);
    demo.letterRepresentative = {
      kind: i % 2 === 0 ? 'god_man' : 'forvaltare',
      name: `${rep.givenName} ${rep.familyName}`,
    };
    await insertRepresentative(db, actor, row.id, {
      kind: i % 2 === 0 ? 'god_man' : 'forvaltare',
      name: `${rep.givenName} ${rep.familyName}`,
      phone: `070-${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
      email: `${rep.givenName.toLowerCase()}@example.se`.normalize('NFD').replace(/[\u0300-\u036f]/g, ''),
      streetAddress: `${rnd.pick(place.streets)} ${rnd.int(1, 60)}`,
      postalCode: `${place.postal} ${rnd.int(30, 99)}`,
      city: place.city,
      receivesLetters: true,
      receivesHealthInfo: false,
      mayBook: false,
    });
  } else if (rnd.chance(0.6)) {
    const rep = makePerson(rnd, new Set(), 45, 80, today);
    await insertRepresentative(db, actor, row.id, {
      kind: 'anhorig',
      name: `${rep.givenName} ${person.familyName}`,
      phone: `070-${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
      receivesLetters: rnd.chance(0.5),
      receivesHealthInfo: true,
      mayBook: true,
      note: rep.female ? 'Mamma' : 'Pappa',
    });
  }
  return demo;
}
