import {
  type PublicSurvey,
  SURVEY_VERSIONS,
  type SurveyInvitations,
  type SurveyScores,
  type SurveyVersion,
  type VisitTypeCode,
  type ZSurveyAnswer,
} from '@lotsa/contracts';
import QRCode from 'qrcode';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { appendAudit } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { localToday } from '../../lib/time.ts';
import { findUnits } from '../organisation/index.ts';
import { findSurveyBooking } from './surveys.bookings.ts';
import { alreadyAnswered, bookingNotOpen, expired, notOpenYet, unknownLink } from './surveys.errors.ts';
import {
  answerInvitation,
  type FoundInvitation,
  findInvitationByHash,
  upsertInvitation,
} from './surveys.repository.ts';
import { invitationExpiry } from './surveys.rules.ts';
import { hashToken, isTokenShaped, newToken } from './surveys.tokens.ts';

/** The web page of a link: `/enkat/<token>`. */
export const surveyPath = (token: string) => `/enkat/${token}`;

export interface InvitationOptions {
  /** Where the web client is served, e.g. `https://lotsa.example.se`; links are relative without it. */
  origin?: string;
  now?: Date;
}

/**
 * Makes (or renews) the after-visit survey invitations of a booking: one for the patient (easy read)
 * and one for the companion, each a link and a QR code. Only the hash of a token is stored, so a link
 * can be shown once: calling this again gives new links, and the earlier unanswered ones stop working.
 * An answered invitation stays answered (no link). Booked or completed visits only.
 *
 * The letters module puts these on the letter: call it once per letter run.
 */
export async function ensureSurveyInvitations(
  db: Db,
  actor: Actor,
  bookingId: string,
  opts: InvitationOptions = {},
): Promise<SurveyInvitations> {
  const now = opts.now ?? new Date();
  const booking = await findSurveyBooking(db, actor, bookingId);
  if (booking.status !== 'booked' && booking.status !== 'completed') throw bookingNotOpen();
  const expiresAt = invitationExpiry(booking.end, now);
  const visitDate = localToday(booking.start);
  const issued = await db.transaction(async (tx) => {
    const out: Array<{ audience: SurveyVersion; token: string | null; expiresAt: Date | null }> = [];
    for (const audience of SURVEY_VERSIONS) {
      const token = newToken();
      const row = await upsertInvitation(tx, {
        regionId: actor.regionId,
        unitId: booking.unitId,
        bookingId,
        audience,
        visitTypeCode: booking.visitTypeCode,
        visitDate,
        tokenHash: hashToken(token),
        expiresAt,
      });
      out.push({ audience, token: row ? token : null, expiresAt: row ? row.expiresAt : null });
    }
    await appendAudit(tx, actor, {
      action: 'create',
      entity: 'survey_invitation',
      entityId: bookingId,
      patientIds: [booking.patientId],
      detail: { audiences: out.filter((o) => o.token).map((o) => o.audience) },
    });
    return out;
  });
  const invitations = await Promise.all(
    issued.map(async ({ audience, token, expiresAt: at }) => {
      if (!token) return { audience, answered: true, url: null, qrSvg: null, expiresAt: null };
      const url = `${opts.origin ?? ''}${surveyPath(token)}`;
      const qrSvg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
      return { audience, answered: false, url, qrSvg, expiresAt: at?.toISOString() ?? null };
    }),
  );
  return { bookingId, invitations };
}

/** Why a found invitation cannot be answered now, if it cannot. */
export function refusal(inv: FoundInvitation | null, now: Date, status: 409 | 410) {
  if (!inv) return unknownLink();
  if (inv.used) return alreadyAnswered(status);
  if (inv.expiresAt.getTime() <= now.getTime()) return expired();
  if (inv.visitDate > localToday(now)) return notOpenYet(inv.visitDate);
  return null;
}

/** GET of a link: the version, the unit's name, the visit type and the date; nothing else. */
export async function getPublicSurvey(db: Db, token: string, now = new Date()): Promise<PublicSurvey> {
  if (!isTokenShaped(token)) throw unknownLink();
  const inv = await findInvitationByHash(db, hashToken(token));
  const refused = refusal(inv, now, 410);
  if (refused || !inv) throw refused ?? unknownLink();
  const [unit] = await findUnits(db, inv.regionId, [inv.unitId]);
  return {
    version: inv.audience as SurveyVersion,
    unitName: unit?.name ?? '',
    visitTypeCode: inv.visitTypeCode as VisitTypeCode,
    visitDate: inv.visitDate,
  };
}

/**
 * POST of a link: stores the anonymous answer (unit, visit type, date, version, who answered, channel
 * 'link', scores, comment) and marks the invitation used, in one transaction. No identifier of the
 * invitation, the booking or the patient goes into the answer.
 */
export async function answerPublicSurvey(
  db: Db,
  token: string,
  answer: z.output<typeof ZSurveyAnswer>,
  now = new Date(),
): Promise<{ received: true }> {
  if (!isTokenShaped(token)) throw unknownLink();
  await answerInvitation(db, hashToken(token), (inv) => {
    const refused = refusal(inv, now, 409);
    if (refused || !inv) throw refused ?? unknownLink();
    return {
      regionId: inv.regionId,
      unitId: inv.unitId,
      visitTypeCode: inv.visitTypeCode,
      visitDate: inv.visitDate,
      version: inv.audience as SurveyVersion,
      answeredBy: answer.answeredBy,
      channel: 'link',
      scores: answer.scores as SurveyScores,
      comment: answer.comment,
    };
  });
  return { received: true };
}
