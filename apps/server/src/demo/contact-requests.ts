import type { Db } from '../db/database.ts';
import { localToday } from '../lib/time.ts';
import {
  appendContactRequestEvent,
  insertContactRequest,
  routeContactRequest,
} from '../modules/contact-requests/index.ts';
import type { DemoUnit } from './profiles.ts';

const MIN = 60_000;
const HOUR = 60 * MIN;
const noCheck = () => {};

interface Step {
  status: 'in_progress' | 'waiting' | 'done';
  after: number;
  by: string;
  note: string;
  /** Hand the request to this staff member (given name, Kumla). */
  assignTo?: string;
}

interface DemoRequest {
  /** Which Kumla patient (index in the seed). */
  patient: number;
  callerKind: 'patient' | 'representative' | 'relative' | 'municipal_nurse' | 'group_home' | 'other';
  callerName: string;
  callbackPhone: string;
  subject: string;
  urgency: 'urgent' | 'today' | 'normal';
  /** How long ago the call came. */
  ago: number;
  takenBy: string;
  steps?: Step[];
}

/**
 * Kumla's queue: open requests of every urgency, some just in, some days old, some under way, and a
 * few done. Patients 1, 6, 11 … have Nadia as fixed nurse; she is away this week, so their requests
 * land with the stand-in, Sanna (`sjukskoterska`).
 */
const REQUESTS: DemoRequest[] = [
  {
    patient: 1,
    callerKind: 'group_home',
    callerName: 'Personalen på gruppbostaden',
    callbackPhone: '019-58 22 10',
    subject: 'Anfall i morse som varade sex minuter, Buccolam gavs. Vill prata med läkare om medicinen.',
    urgency: 'urgent',
    ago: 35 * MIN,
    takenBy: 'vardlots',
  },
  {
    patient: 4,
    callerKind: 'municipal_nurse',
    callerName: 'Karin Ek, kommunsjuksköterska',
    callbackPhone: '019-58 80 41',
    subject: 'Trycksår på vänster häl sedan i helgen, behöver bedömning och förbandsordination.',
    urgency: 'today',
    ago: 2 * HOUR + 10 * MIN,
    takenBy: 'vardlots',
  },
  {
    patient: 6,
    callerKind: 'relative',
    callerName: 'Mamma',
    callbackPhone: '070-312 45 67',
    subject: 'Har ont i magen och har inte haft avföring på fyra dagar.',
    urgency: 'today',
    ago: 4 * HOUR,
    takenBy: 'sjukskoterska',
    steps: [
      {
        status: 'in_progress',
        after: 20 * MIN,
        by: 'sjukskoterska',
        note: 'Ringt mamma, ger råd om vätska och Movicol. Ringer upp igen i eftermiddag.',
      },
    ],
  },
  {
    patient: 0,
    callerKind: 'representative',
    callerName: 'God man',
    callbackPhone: '070-455 12 90',
    subject: 'Vill att kallelsen till hälsokontrollen skickas till henne, inte till boendet.',
    urgency: 'normal',
    ago: 26 * HOUR,
    takenBy: 'vardlots',
  },
  {
    patient: 13,
    callerKind: 'other',
    callerName: 'Sofia Ljung, logoped, vuxenhabiliteringen',
    callbackPhone: '019-602 55 30',
    subject: 'Vill samordna en sväljbedömning och uppdatera talapparatens ordförråd inför besöket.',
    urgency: 'normal',
    ago: 2 * 24 * HOUR + 3 * HOUR,
    takenBy: 'vardlots',
    steps: [
      {
        status: 'waiting',
        after: 5 * HOUR,
        by: 'sjukskoterska',
        note: 'Lämnar till Per – väntar på svar från dietisten innan vi bokar.',
        assignTo: 'Per',
      },
    ],
  },
  {
    patient: 11,
    callerKind: 'patient',
    callerName: 'Patienten själv',
    callbackPhone: '070-221 09 87',
    subject: 'Vill boka om tiden på torsdag, har fått jobb på daglig verksamhet då.',
    urgency: 'normal',
    ago: 3 * 24 * HOUR + 1 * HOUR,
    takenBy: 'underskoterska',
  },
  {
    patient: 2,
    callerKind: 'group_home',
    callerName: 'Personalen på gruppbostaden',
    callbackPhone: '019-58 31 00',
    subject: 'Orolig, sover dåligt och slår sig själv sedan en vecka. Behöver en lugn tid.',
    urgency: 'today',
    ago: 5 * HOUR + 30 * MIN,
    takenBy: 'vardlots',
  },
  {
    patient: 16,
    callerKind: 'municipal_nurse',
    callerName: 'Jonas Holm, kommunsjuksköterska',
    callbackPhone: '019-58 80 45',
    subject: 'Behöver ny ordination på inhalationer efter läkemedelsgenomgången.',
    urgency: 'urgent',
    ago: 70 * MIN,
    takenBy: 'vardlots',
    steps: [
      {
        status: 'in_progress',
        after: 15 * MIN,
        by: 'sjukskoterska',
        note: 'Stämt av med Per Läkarsson, ordination kommer före lunch.',
      },
    ],
  },
  // Done ones.
  {
    patient: 9,
    callerKind: 'relative',
    callerName: 'Pappa',
    callbackPhone: '070-555 43 21',
    subject: 'Frågar om provsvaren från förra veckan.',
    urgency: 'normal',
    ago: 4 * 24 * HOUR,
    takenBy: 'vardlots',
    steps: [
      { status: 'in_progress', after: 3 * HOUR, by: 'sjukskoterska', note: 'Ringt upp.' },
      {
        status: 'done',
        after: 3 * HOUR + 10 * MIN,
        by: 'sjukskoterska',
        note: 'Proverna var bra, inget att åtgärda.',
      },
    ],
  },
  {
    patient: 21,
    callerKind: 'group_home',
    callerName: 'Personalen på gruppbostaden',
    callbackPhone: '019-58 22 10',
    subject: 'Feber 38,5 sedan i går kväll.',
    urgency: 'urgent',
    ago: 2 * 24 * HOUR + 6 * HOUR,
    takenBy: 'vardlots',
    steps: [
      { status: 'in_progress', after: 10 * MIN, by: 'sjukskoterska', note: 'Bedömt per telefon.' },
      {
        status: 'done',
        after: 50 * MIN,
        by: 'lakare',
        note: 'Hembesök gjort, urinvägsinfektion, antibiotika insatt.',
      },
    ],
  },
  {
    patient: 5,
    callerKind: 'representative',
    callerName: 'Förvaltare',
    callbackPhone: '070-700 11 22',
    subject: 'Behöver intyg till Försäkringskassan.',
    urgency: 'normal',
    ago: 6 * 24 * HOUR,
    takenBy: 'vardlots',
    steps: [{ status: 'done', after: 2 * 24 * HOUR, by: 'lakare', note: 'Intyget skickat.' }],
  },
];

export async function seedContactRequests(db: Db, kumla: DemoUnit, today: Date) {
  const staffOfUser = new Map<string, { userId: string; name: string }>();
  const names: Record<string, string> = {
    vardlots: 'Elsa Lotsberg',
    lakare: 'Per Läkarsson',
    sjukskoterska: 'Sanna Sköterman',
    underskoterska: 'Ulla Undersson',
  };
  for (const [username, name] of Object.entries(names)) {
    const userId = kumla.users.get(username);
    if (userId) staffOfUser.set(username, { userId, name });
  }
  for (const r of REQUESTS) {
    const patient = kumla.patients[r.patient];
    if (!patient) continue;
    const createdAt = new Date(today.getTime() - r.ago);
    const created = await insertContactRequest(
      db,
      kumla.actor,
      {
        patientId: patient.id,
        callerKind: r.callerKind,
        callerName: r.callerName,
        callbackPhone: r.callbackPhone,
        subject: r.subject,
        urgency: r.urgency,
        today: localToday(createdAt),
        createdAt,
        takenBy: staffOfUser.get(r.takenBy),
      },
      routeContactRequest,
    );
    if (created.status !== 'ok') throw new Error('demo: could not create a contact request');
    for (const step of r.steps ?? [])
      await appendContactRequestEvent(
        db,
        kumla.actor,
        created.value.row.id,
        {
          status: step.status,
          note: step.note,
          ...(step.assignTo
            ? { assignToStaffId: kumla.staff.find((m) => m.givenName === step.assignTo)?.id ?? null }
            : {}),
          at: new Date(createdAt.getTime() + step.after),
          by: staffOfUser.get(step.by),
        },
        noCheck,
      );
  }
}
