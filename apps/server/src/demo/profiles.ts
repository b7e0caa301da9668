import {
  type CareTeamRole,
  type NETWORK_KINDS,
  type Profession,
  ZAdaptationProfileInput,
} from '@lotsa/contracts';
import type { Db } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';
import { problem as problemError } from '../lib/errors.ts';
import { localToday } from '../lib/time.ts';
import { insertAdaptationVersion, normaliseItem } from '../modules/adaptations/index.ts';
import {
  checkAssignment,
  insertAbsence,
  insertAssignment,
  insertNetworkContact,
  updateNeedsGroup,
} from '../modules/care-team/index.ts';
import { demoProfile } from './adaptation-profiles.ts';
import { seedContactRequests } from './contact-requests.ts';
import { type Random, seededRandom } from './random.ts';

/** What the base seed hands on for each unit. */
export interface DemoUnit {
  regionId: string;
  regionName: string;
  unitId: string;
  name: string;
  /** The demo data's own actor (region admin, reason "demodata"): every audit entry names it. */
  actor: Actor;
  staff: Array<{ id: string; givenName: string; familyName: string; profession: Profession }>;
  /** Demo user name → user id, for the region. */
  users: ReadonlyMap<string, string>;
  patients: DemoPatient[];
}

export interface DemoPatient {
  id: string;
  index: number;
  identityNumber: string;
  givenName: string;
  familyName: string;
  municipalityCode: string;
  diagnoses: string[];
  /** The group home's name when the patient lives in one. */
  groupHome: string | null;
  /** God man or förvaltare who receives the letters. */
  letterRepresentative: { kind: string; name: string } | null;
}

type NetworkKind = (typeof NETWORK_KINDS)[number];
const DAY = 86_400_000;
const MUNICIPALITY_NAMES: Record<string, string> = {
  '1881': 'Kumla',
  '1861': 'Hallsberg',
  '1882': 'Askersund',
  '0483': 'Katrineholm',
  '0480': 'Nyköping',
  '0482': 'Flen',
  '0484': 'Eskilstuna',
};

const phone = (rnd: Random, area = '019') =>
  `${area}-${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`;
const fullName = (s: { givenName: string; familyName: string }) => `${s.givenName} ${s.familyName}`;

/**
 * Adaptation profiles, fixed contacts (with a stand-in where the unit has two nurses), needs groups
 * and the care network for every demo patient, then Kumla's contact requests. Deterministic.
 */
export async function seedProfiles(db: Db, units: DemoUnit[], today: Date) {
  const rnd = seededRandom(4_2026);
  for (const unit of units) {
    const byProfession = (p: Profession) => unit.staff.filter((s) => s.profession === p);
    const doctors = byProfession('doctor');
    const nurses = byProfession('nurse');
    const navigators = byProfession('navigator');
    const recorders = [...nurses, ...navigators];
    // Kumla: the second nurse (Nadia) is fixed nurse for every fifth patient and away this week, so
    // their requests go to her stand-in (Sanna, the `sjukskoterska` demo user).
    const [firstNurse, secondNurse] = nurses;
    if (secondNurse)
      await insertAbsence(db, unit.regionId, secondNurse.id, {
        from: localToday(new Date(today.getTime() - 7 * DAY)),
        to: localToday(new Date(today.getTime() + 4 * DAY)),
        reason: 'Semester',
      });
    for (const p of unit.patients) {
      await seedAdaptations(db, unit, p, recorders, rnd, today);
      const team: Array<{ role: CareTeamRole; staffId: string; standInStaffId: string | null }> = [];
      if (doctors.length > 0)
        team.push({
          role: 'fixed_doctor',
          staffId: doctors[p.index % doctors.length]!.id,
          standInStaffId: null,
        });
      if (firstNurse) {
        const second = secondNurse && p.index % 5 === 1;
        team.push({
          role: 'fixed_nurse',
          staffId: second ? secondNurse.id : firstNurse.id,
          standInStaffId: secondNurse ? (second ? firstNurse.id : secondNurse.id) : null,
        });
      }
      if (navigators[0]) team.push({ role: 'navigator', staffId: navigators[0].id, standInStaffId: null });
      await seedCareTeam(db, unit, p, team, doctors, today);
      await updateNeedsGroup(db, unit.actor, p.id, needsGroupOf(p, rnd));
      await seedNetwork(db, unit, p, rnd);
    }
  }
  const kumla = units.find((u) => u.name.startsWith('Kumla'));
  if (kumla) await seedContactRequests(db, kumla, today);
}

async function seedAdaptations(
  db: Db,
  unit: DemoUnit,
  p: DemoPatient,
  recorders: DemoUnit['staff'],
  rnd: Random,
  today: Date,
) {
  const profile = ZAdaptationProfileInput.parse(
    demoProfile({
      index: p.index,
      givenName: p.givenName,
      groupHome: p.groupHome,
      letterRepresentative: p.letterRepresentative,
      severe: p.diagnoses.includes('F73'),
    }),
  );
  const items = profile.items.map(normaliseItem);
  const by = () => (recorders.length ? fullName(rnd.pick(recorders)) : unit.actor.userName);
  // Every fifth patient has an earlier, shorter version (so the history shows what changed).
  if (p.index % 5 === 3)
    await insertAdaptationVersion(db, unit.actor, p.id, {
      items: items.slice(0, Math.max(1, Math.ceil(items.length / 2))),
      topThree: profile.topThree.slice(0, 2),
      consentBy: profile.consentBy,
      recordedAt: new Date(today.getTime() - (250 + p.index) * DAY),
      recordedByName: by(),
    });
  // Spread over the last seven months: some are already due for their six-monthly review.
  await insertAdaptationVersion(db, unit.actor, p.id, {
    items,
    topThree: profile.topThree,
    consentBy: profile.consentBy,
    recordedAt: new Date(today.getTime() - (10 + ((p.index * 37) % 200)) * DAY),
    recordedByName: by(),
  });
}

async function seedCareTeam(
  db: Db,
  unit: DemoUnit,
  p: DemoPatient,
  team: Array<{ role: CareTeamRole; staffId: string; standInStaffId: string | null }>,
  doctors: DemoUnit['staff'],
  today: Date,
) {
  const check =
    (role: CareTeamRole, staffId: string, standInStaffId: string | null) =>
    (patient: { unitId: string }, staffById: Parameters<typeof checkAssignment>[0]['staffById']) => {
      const problem = checkAssignment({
        role,
        staffId,
        standInStaffId,
        patientUnitId: patient.unitId,
        staffById,
      });
      if (problem) throw problemError(400, problem.code, problem.params as never);
    };
  const assign = (role: CareTeamRole, staffId: string, standInStaffId: string | null, at: Date) =>
    insertAssignment(
      db,
      unit.actor,
      p.id,
      { role, staffId, standInStaffId, assignedByName: unit.actor.userName, at },
      check(role, staffId, standInStaffId),
    );
  const enrolled = new Date(today.getTime() - (400 + p.index * 3) * DAY);
  for (const t of team) {
    // Some patients changed doctor: the history shows the earlier one.
    const doctor = t.role === 'fixed_doctor';
    const previous = doctors.find((d) => d.id !== t.staffId);
    if (doctor && previous && p.index % 7 === 2) {
      await assign(t.role, previous.id, null, enrolled);
      await assign(t.role, t.staffId, t.standInStaffId, new Date(today.getTime() - (60 + p.index) * DAY));
    } else {
      await assign(t.role, t.staffId, t.standInStaffId, enrolled);
    }
  }
}

function needsGroupOf(p: DemoPatient, rnd: Random) {
  if (p.diagnoses.includes('G40') && p.diagnoses.some((d) => d === 'F72' || d === 'F73')) return 'complex';
  return rnd.pick(['simple', 'complicated', 'chronic', 'chronic', 'complex'] as const);
}

type Contact = {
  kind: NetworkKind;
  organisation: string;
  name: string | null;
  role: string;
  phone: string;
  consentToShare: boolean;
};

async function seedNetwork(db: Db, unit: DemoUnit, p: DemoPatient, rnd: Random) {
  const town = MUNICIPALITY_NAMES[p.municipalityCode] ?? 'kommunen';
  const area = unit.regionName.includes('Örebro') ? '019' : '0150';
  const contacts: Contact[] = [
    {
      kind: 'municipal_health_care',
      organisation: `${town} kommun, kommunal hälso- och sjukvård`,
      name: `${rnd.pick(['Lena', 'Karin', 'Jonas', 'Fatima', 'Mikael'])} ${rnd.pick(['Ek', 'Holm', 'Berg', 'Lund'])}`,
      role: 'Kommunsjuksköterska',
      phone: phone(rnd, area),
      consentToShare: true,
    },
  ];
  if (p.groupHome)
    contacts.push({
      kind: 'group_home',
      organisation: `${p.groupHome}s gruppbostad, ${town}`,
      name: null,
      role: 'Baspersonal',
      phone: phone(rnd, area),
      consentToShare: true,
    });
  if (p.diagnoses.includes('G40'))
    contacts.push({
      kind: 'specialist_clinic',
      organisation: unit.regionName.includes('Örebro')
        ? 'Neurologmottagningen, Universitetssjukhuset Örebro'
        : 'Neurologmottagningen, Mälarsjukhuset',
      name: null,
      role: 'Epilepsisjuksköterska',
      phone: phone(rnd, area),
      consentToShare: true,
    });
  contacts.push(
    {
      kind: 'habilitation',
      organisation: `Vuxenhabiliteringen, ${unit.regionName}`,
      name: rnd.pick(['Sofia Ljung', 'Anders Dahl', 'Maria Sund']),
      role: rnd.pick(['Logoped', 'Kurator', 'Arbetsterapeut']),
      phone: phone(rnd, area),
      consentToShare: rnd.chance(0.6),
    },
    {
      kind: 'dentist',
      organisation: `Folktandvården ${town}`,
      name: null,
      role: 'Tandläkare',
      phone: phone(rnd, area),
      consentToShare: false,
    },
    {
      kind: 'aids_centre',
      organisation: `Hjälpmedelscentrum, ${unit.regionName}`,
      name: null,
      role: 'Förskrivare',
      phone: phone(rnd, area),
      consentToShare: rnd.chance(0.5),
    },
  );
  // One to three contacts, the municipal health care always first.
  for (const c of contacts.slice(0, 1 + (p.index % 3)))
    await insertNetworkContact(db, unit.actor, p.id, {
      ...c,
      email: null,
      note: c.consentToShare ? null : 'Patienten har inte samtyckt till att vi delar uppgifter.',
    });
}
