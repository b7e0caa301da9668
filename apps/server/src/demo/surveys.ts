import { createHash } from 'node:crypto';
import type { AnsweredBy, SurveyVersion, VisitTypeCode } from '@lotsa/contracts';
import type { Db } from '../db/database.ts';
import { localToday } from '../lib/time.ts';
import { insertDemoRows } from '../modules/surveys/index.ts';
import type { DemoUnit } from './profiles.ts';
import { type Random, seededRandom } from './random.ts';

/*
 * Twelve months of after-visit survey answers per demo unit (issue 6): invitations for patients and
 * companions with a realistic response rate (about half), a few kiosk answers, mostly good scores
 * with waiting time the weak spot, slowly improving, and short comments in plain Swedish.
 * The invitations have no booking (the visits are older than the demo's calendar) and no usable link.
 * Bulk inserts: a few statements per unit.
 */

const MONTHS = 12;

const VISIT_MIX: Array<[VisitTypeCode, number]> = [
  ['nurse_visit', 30],
  ['health_check', 25],
  ['extended_doctor', 18],
  ['team_visit', 10],
  ['sampling_school', 5],
  ['home_visit', 7],
  ['digital_visit', 5],
];

const COMMENTS_GOOD = [
  'Bra att vi fick komma in direkt i det lugna rummet.',
  'Sjuksköterskan pratade med mig och inte bara med min kontaktperson.',
  'Bildschemat i kallelsen hjälpte mycket. Vi visste vad som skulle hända.',
  'Skönt med lång tid. Ingen stress.',
  'Tack för att ni tog blodprovet hemma.',
  'Läkaren förklarade med bilder. Det var bra.',
  'Liften fungerade bra och personalen var lugn.',
  'Jag fick säga vad jag tyckte.',
];
const COMMENTS_MIXED = [
  'Vi fick vänta en stund i väntrummet. Det var svårt för honom.',
  'Det var svårt att hitta rätt ingång.',
  'Bra besök, men det var mycket folk i väntrummet.',
  'Jag förstod inte allt om medicinerna.',
  'Det tog lång tid att komma fram på telefon.',
  'Parkeringen är för långt från ingången för rullstol.',
];

function pickWeighted<T>(rnd: Random, items: Array<[T, number]>): T {
  const total = items.reduce((s, [, w]) => s + w, 0);
  let x = rnd.next() * total;
  for (const [item, w] of items) {
    x -= w;
    if (x < 0) return item;
  }
  return items[items.length - 1]![0];
}

/** 3 good, 2 middle, 1 bad: mostly good, `penalty` shifts towards worse, `progress` (0–1) improves. */
function score(rnd: Random, penalty: number, progress: number): number | null {
  if (rnd.chance(0.04)) return null;
  const bad = Math.max(0.02, 0.07 + penalty * 0.6 - progress * 0.04);
  const middle = Math.max(0.08, 0.2 + penalty - progress * 0.08);
  const x = rnd.next();
  return x < bad ? 1 : x < bad + middle ? 2 : 3;
}

function monthStart(today: string, back: number): { y: number; m: number } {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - back;
  return { y: Math.floor(index / 12), m: (index % 12) + 1 };
}

const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** A weekday in the month, not after today. */
function visitDay(rnd: Random, y: number, m: number, today: string): string | null {
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  for (let tries = 0; tries < 10; tries++) {
    const d = rnd.int(1, days);
    const weekday = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
    const date = iso(y, m, d);
    if (weekday !== 0 && weekday !== 6 && date <= today) return date;
  }
  return null;
}

type InvitationInsert = Parameters<typeof insertDemoRows>[1][number];
type ResponseInsert = Parameters<typeof insertDemoRows>[2][number];

export async function seedSurveys(db: Db, units: readonly DemoUnit[], today: Date) {
  const todayLocal = localToday(today);
  for (const [u, unit] of units.entries()) {
    const rnd = seededRandom(6_000 + u);
    const invitations: InvitationInsert[] = [];
    const responses: ResponseInsert[] = [];
    const base = Math.max(6, Math.round(unit.patients.length * 0.7));
    let n = 0;
    for (let back = MONTHS - 1; back >= 0; back--) {
      const { y, m } = monthStart(todayLocal, back);
      const progress = (MONTHS - 1 - back) / (MONTHS - 1);
      // Fewer visits in July (holidays) and in the current, unfinished month.
      const visits = Math.round(
        base * (m === 7 ? 0.4 : 1) * (back === 0 ? 0.5 : 1) * (0.8 + rnd.next() * 0.4),
      );
      const respond = (
        visitDate: string,
        visitTypeCode: VisitTypeCode,
        version: SurveyVersion,
        answeredBy: AnsweredBy,
        channel: 'link' | 'kiosk',
      ) => {
        const mood = rnd.next() < 0.15 ? 0.25 : 0; // some visits go less well in every way
        const r: ResponseInsert = {
          regionId: unit.regionId,
          unitId: unit.unitId,
          visitTypeCode,
          visitDate,
          version,
          answeredBy,
          channel,
          accessibility: score(rnd, mood + 0.03, progress),
          time: score(rnd, mood + 0.12, progress),
          treatment: score(rnd, mood - 0.08, progress),
          communication: score(rnd, mood + 0.02, progress),
          // Companions answering for the person rate a little higher (BASSPID: proxies overestimate).
          participation: score(rnd, mood + (answeredBy === 'companion' ? -0.05 : 0.06), progress),
          comment: null,
        };
        if (rnd.chance(0.16)) {
          const low = [r.accessibility, r.time, r.treatment].some((s) => s === 1 || s === 2);
          r.comment = rnd.pick(low ? COMMENTS_MIXED : COMMENTS_GOOD);
        }
        responses.push(r);
      };
      for (let v = 0; v < visits; v++) {
        const visitDate = visitDay(rnd, y, m, todayLocal);
        if (!visitDate) continue;
        const visitTypeCode = pickWeighted(rnd, VISIT_MIX);
        const audiences: SurveyVersion[] = rnd.chance(0.6) ? ['patient', 'companion'] : ['patient'];
        for (const audience of audiences) {
          // Links are answered within weeks: this month's are still coming in.
          const answered = rnd.chance(back === 0 ? 0.25 : audience === 'patient' ? 0.42 : 0.55);
          const expiresAt = new Date(`${visitDate}T12:00:00Z`);
          expiresAt.setUTCDate(expiresAt.getUTCDate() + 30);
          invitations.push({
            regionId: unit.regionId,
            unitId: unit.unitId,
            bookingId: null,
            audience,
            visitTypeCode,
            visitDate,
            tokenHash: createHash('sha256').update(`lotsa-demo-survey:${unit.unitId}:${n++}`).digest('hex'),
            expiresAt,
            used: answered,
          });
          if (!answered) continue;
          const answeredBy: AnsweredBy =
            audience === 'companion'
              ? rnd.chance(0.8)
                ? 'companion'
                : 'patient_with_help'
              : pickWeighted<AnsweredBy>(rnd, [
                  ['patient_alone', 35],
                  ['patient_with_help', 50],
                  ['companion', 15],
                ]);
          respond(visitDate, visitTypeCode, audience, answeredBy, 'link');
        }
      }
      // The reception tablet: a few answers a month, dated the visit day.
      for (let k = rnd.int(1, 5); k > 0; k--) {
        const visitDate = visitDay(rnd, y, m, todayLocal);
        if (!visitDate) continue;
        const answeredBy = pickWeighted<AnsweredBy>(rnd, [
          ['patient_alone', 30],
          ['patient_with_help', 50],
          ['companion', 20],
        ]);
        const visitTypeCode = pickWeighted(
          rnd,
          VISIT_MIX.filter(([c]) => c !== 'home_visit' && c !== 'digital_visit'),
        );
        respond(
          visitDate,
          visitTypeCode,
          answeredBy === 'companion' ? 'companion' : 'patient',
          answeredBy,
          'kiosk',
        );
      }
    }
    await insertDemoRows(db, invitations, responses);
  }
}
