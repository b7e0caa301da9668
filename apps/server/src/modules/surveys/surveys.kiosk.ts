import type { KioskInfo, SurveyScores, VisitTypeCode, ZKioskAnswer } from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { CLINICAL_ROLES, hasRoleIn } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { badRequest } from '../../lib/errors.ts';
import { endOfLocalDay, localToday } from '../../lib/time.ts';
import { type RateLimit, takeRateLimits } from '../../ops/rate-limit.repository.ts';
import { findUnits } from '../organisation/index.ts';
import { unitVisitTypeCodes } from './surveys.bookings.ts';
import { kioskNotStarted, noSurveyRights, tooManyAnswers } from './surveys.errors.ts';
import * as repo from './surveys.repository.ts';
import { hashToken, isTokenShaped, newToken } from './surveys.tokens.ts';

/*
 * Kiosk mode: a tablet at reception. A staff member with a care role starts it for the active unit;
 * the server answers a kiosk key bound to that unit, valid until the end of the day (at most 12 hours).
 * The key is kept hashed in the database (`survey_kiosks`), so every app instance serves the tablet and a
 * restart does not end it; ending it on one instance ends it everywhere. The web client signs the staff
 * member out on the tablet as the kiosk starts, so the tablet holds no staff session. The pace limit of
 * answers (below) is counted in the database too, so it holds whichever instance the tablet reaches.
 */

export const KIOSK_HOURS = 12;
/** Answers per kiosk: at most one every few seconds, and a few dozen per ten minutes. */
export const KIOSK_PACE: RateLimit[] = [
  { bucket: 'survey_kiosk_burst', limit: 1, windowMs: 3_000 },
  { bucket: 'survey_kiosk_window', limit: 30, windowMs: 10 * 60_000 },
];

async function runningKiosk(db: Db, key: string | undefined, now: Date) {
  if (!key || !isTokenShaped(key)) return null;
  return repo.findRunningKiosk(db, hashToken(key), now);
}

export function kioskExpiry(now: Date): Date {
  const endOfDay = endOfLocalDay(localToday(now)).getTime();
  return new Date(Math.min(endOfDay, now.getTime() + KIOSK_HOURS * 3600_000));
}

/** Only a care role in the active unit may start the kiosk or read the results. */
export function surveyUnitOf(actor: Actor): string {
  const unitId = actor.activeUnitId;
  if (!unitId || !hasRoleIn(actor, unitId, CLINICAL_ROLES)) throw noSurveyRights();
  return unitId;
}

export async function startKiosk(db: Db, actor: Actor, now = new Date()) {
  const unitId = surveyUnitOf(actor);
  const [unit] = await findUnits(db, actor.regionId, [unitId]);
  const visitTypeCodes: VisitTypeCode[] = await unitVisitTypeCodes(db, actor);
  const expiresAt = kioskExpiry(now);
  const key = newToken();
  await db.transaction(async (tx) => {
    await repo.deleteOldKiosks(tx, now);
    await repo.insertKiosk(tx, {
      keyHash: hashToken(key),
      regionId: actor.regionId,
      unitId,
      unitName: unit?.name ?? '',
      visitTypeCodes,
      startedBy: actor.userId,
      startedAt: now,
      expiresAt,
    });
  });
  return { key, unitName: unit?.name ?? '', visitTypeCodes, expiresAt: expiresAt.toISOString() };
}

export async function kioskInfo(db: Db, key: string | undefined, now = new Date()): Promise<KioskInfo> {
  const k = await runningKiosk(db, key, now);
  if (!k) throw kioskNotStarted();
  return {
    unitName: k.unitName,
    visitTypeCodes: k.visitTypeCodes as VisitTypeCode[],
    expiresAt: k.expiresAt.toISOString(),
  };
}

/** Ends the kiosk on the tablet (any instance); an unknown or ended key changes nothing. */
export async function endKiosk(db: Db, key: string | undefined, now = new Date()): Promise<void> {
  if (key && isTokenShaped(key)) await repo.endKiosk(db, hashToken(key), now);
}

/** One anonymous answer from the kiosk, dated today, channel 'kiosk'. */
export async function answerKiosk(
  db: Db,
  key: string | undefined,
  answer: z.output<typeof ZKioskAnswer>,
  now = new Date(),
): Promise<{ received: true }> {
  const k = await runningKiosk(db, key, now);
  if (!k) throw kioskNotStarted();
  if (!k.visitTypeCodes.includes(answer.visitTypeCode)) throw badRequest('survey_visit_type');
  if (!(await takeRateLimits(db, KIOSK_PACE, k.keyHash, now))) throw tooManyAnswers();
  await repo.insertResponse(db, {
    regionId: k.regionId,
    unitId: k.unitId,
    visitTypeCode: answer.visitTypeCode,
    visitDate: localToday(now),
    version: answer.version,
    answeredBy: answer.answeredBy,
    channel: 'kiosk',
    scores: answer.scores as SurveyScores,
    comment: answer.comment,
  });
  return { received: true };
}
