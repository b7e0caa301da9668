import type { KioskInfo, SurveyScores, VisitTypeCode, ZKioskAnswer } from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { badRequest } from '../../lib/errors.ts';
import { endOfLocalDay, localToday } from '../../lib/time.ts';
import { CLINICAL_ROLES, hasRoleIn } from '../access/index.ts';
import { findUnits } from '../organisation/index.ts';
import { unitVisitTypeCodes } from './surveys.bookings.ts';
import { kioskNotStarted, noSurveyRights, tooManyAnswers } from './surveys.errors.ts';
import { insertResponse } from './surveys.repository.ts';
import { hashToken, isTokenShaped, newToken, RateLimiter } from './surveys.tokens.ts';

/*
 * Kiosk mode: a tablet at reception. A staff member with a care role starts it for the active unit;
 * the server answers a kiosk key bound to that unit, valid until the end of the day (at most 12 hours).
 * Decision: the key lives hashed in this server's memory (no table): a restart, or a second server
 * instance, means the staff member starts the kiosk again. The web client signs the staff member out
 * on the tablet as the kiosk starts, so the tablet holds no staff session.
 */

export const KIOSK_HOURS = 12;
/** Answers per kiosk: at most one every few seconds, and a few dozen per ten minutes. */
const KIOSK_BURST_MS = 3_000;
const KIOSK_PER_10_MIN = 30;

interface Kiosk extends KioskInfo {
  regionId: string;
  unitId: string;
}

export class KioskStore {
  private readonly kiosks = new Map<string, Kiosk>();
  private readonly burst = new RateLimiter(1, KIOSK_BURST_MS);
  private readonly window = new RateLimiter(KIOSK_PER_10_MIN, 10 * 60_000);

  /** Registers a kiosk and gives its key (shown once). */
  add(kiosk: Kiosk, now = new Date()): string {
    this.sweep(now);
    const key = newToken();
    this.kiosks.set(hashToken(key), kiosk);
    return key;
  }

  find(key: string | undefined, now = new Date()): Kiosk | null {
    if (!key || !isTokenShaped(key)) return null;
    const k = this.kiosks.get(hashToken(key));
    if (!k || Date.parse(k.expiresAt) <= now.getTime()) return null;
    return k;
  }

  /** One answer's permission: false when the kiosk sends too fast. */
  take(key: string, now = new Date()): boolean {
    const h = hashToken(key);
    return this.burst.take(h, now.getTime()) && this.window.take(h, now.getTime());
  }

  end(key: string | undefined): void {
    if (key && isTokenShaped(key)) this.kiosks.delete(hashToken(key));
  }

  private sweep(now: Date) {
    for (const [h, k] of this.kiosks) if (Date.parse(k.expiresAt) <= now.getTime()) this.kiosks.delete(h);
  }
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

export async function startKiosk(db: Db, actor: Actor, store: KioskStore, now = new Date()) {
  const unitId = surveyUnitOf(actor);
  const [unit] = await findUnits(db, actor.regionId, [unitId]);
  const visitTypeCodes: VisitTypeCode[] = await unitVisitTypeCodes(db, actor);
  const info = {
    unitName: unit?.name ?? '',
    visitTypeCodes,
    expiresAt: kioskExpiry(now).toISOString(),
  };
  const key = store.add({ ...info, regionId: actor.regionId, unitId }, now);
  return { key, ...info };
}

export function kioskInfo(store: KioskStore, key: string | undefined, now = new Date()): KioskInfo {
  const k = store.find(key, now);
  if (!k) throw kioskNotStarted();
  return { unitName: k.unitName, visitTypeCodes: k.visitTypeCodes, expiresAt: k.expiresAt };
}

/** One anonymous answer from the kiosk, dated today, channel 'kiosk'. */
export async function answerKiosk(
  db: Db,
  store: KioskStore,
  key: string | undefined,
  answer: z.output<typeof ZKioskAnswer>,
  now = new Date(),
): Promise<{ received: true }> {
  const k = store.find(key, now);
  if (!k || !key) throw kioskNotStarted();
  if (!k.visitTypeCodes.includes(answer.visitTypeCode))
    throw badRequest(
      'survey_visit_type',
      'Välj ett av besöken som visas på skärmen.',
      'Choose one of the visits shown on the screen.',
    );
  if (!store.take(key, now)) throw tooManyAnswers();
  await insertResponse(db, {
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
