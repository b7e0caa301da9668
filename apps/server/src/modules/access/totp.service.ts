// Two-step sign-in with TOTP (RFC 6238, the `otpauth` library; decision 0012): enrolment confirmed by a
// first code, the sign-in's second step, one-time recovery codes, replay refusal, the lock on wrong
// codes, and the region admin's reset.
import type { Me, Role, SessionInfo } from '@lotsa/contracts';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import type { Db, Queryable } from '../../db/database.ts';
import { accessSettingsOf, appendAudit, setTotpRoles } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { type AppError, conflict, notFound, problem } from '../../lib/errors.ts';
import * as repo from './access.repository.ts';
import {
  CODE_LOCK_MINUTES,
  isTotpRequired,
  MAX_WRONG_CODES,
  type SessionSettings,
  slidingExpiry,
} from './access.rules.ts';
import { toMe } from './access.service.ts';
import { deleteSessionsOf } from './accounts.repository.ts';
import { getAccount, requireAccountAdmin } from './accounts.service.ts';
import { hashRecoveryCode, makeRecoveryCodes, openSecret, sealSecret } from './totp.crypto.ts';
import * as totpRepo from './totp.repository.ts';

export interface TotpSettings extends SessionSettings {
  /** LOTSA_TOTP_KEY (32 bytes), or null: secrets kept unencrypted. */
  totpKey: Buffer | null;
}

const ISSUER = 'Lotsa';
const PERIOD = 30;
/** One step either side: a phone's clock a little off, or a code typed as it turned. */
const WINDOW = 1;
const REASON = 'inloggning';

const totpOf = (base32: string) =>
  new TOTP({
    issuer: ISSUER,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(base32),
  });

const audit = (
  tx: Queryable,
  actor: Actor,
  action: 'create' | 'update' | 'delete',
  entityId: string,
  detail: Record<string, unknown>,
) =>
  appendAudit(
    tx,
    { ...actor, reason: REASON },
    { action, entity: 'user_totp', entityId, patientIds: [], detail },
  );

const lockedProblem = (until: Date, now: Date) =>
  problem(429, 'totp_locked', {
    minutes: Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000)),
  });

/** Refuses while the account's codes are locked. */
function checkNotLocked(row: totpRepo.TotpRow, now: Date) {
  if (row.lockedUntil && row.lockedUntil > now) throw lockedProblem(row.lockedUntil, now);
}

/** Counts a wrong code or recovery code; the fifth in a row locks (429) instead of 401. */
async function wrongCode(db: Queryable, userId: string, now: Date, refusal: AppError): Promise<never> {
  const until = new Date(now.getTime() + CODE_LOCK_MINUTES * 60_000);
  if (await totpRepo.recordWrongCode(db, userId, MAX_WRONG_CODES, until)) throw lockedProblem(until, now);
  throw refusal;
}

/**
 * Checks a code against the row's secret and takes its time step (refusing a replay); a wrong code
 * counts towards the lock. Answers the step.
 */
async function checkCode(
  db: Queryable,
  row: totpRepo.TotpRow,
  code: string,
  settings: TotpSettings,
  now: Date,
): Promise<number> {
  checkNotLocked(row, now);
  const secret = openSecret(row.secret, row.userId, settings.totpKey);
  const delta = totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: WINDOW });
  if (delta === null)
    return wrongCode(db, row.userId, now, problem(401, 'wrong_totp_code').at('code', 'wrong_totp_code'));
  const step = Math.floor(now.getTime() / 1000 / PERIOD) + delta;
  if (!(await totpRepo.claimStep(db, row.userId, step)))
    throw problem(401, 'totp_code_used').at('code', 'totp_code_used');
  return step;
}

async function confirmedTotp(db: Queryable, userId: string) {
  const row = await totpRepo.findTotp(db, userId);
  if (!row?.confirmedAt) throw conflict('totp_not_enrolled');
  return row;
}

export async function totpStatus(db: Db, session: repo.SessionRow) {
  const [row, left, settings, held] = await Promise.all([
    totpRepo.findTotp(db, session.user.id),
    totpRepo.countRecoveryCodesLeft(db, session.user.id),
    accessSettingsOf(db, session.user.regionId),
    repo.findRolesOfUser(db, session.user.regionId, session.user.id),
  ]);
  return {
    enrolled: row?.confirmedAt != null,
    confirmedAt: row?.confirmedAt?.toISOString() ?? null,
    recoveryCodesLeft: row?.confirmedAt ? left : 0,
    required: isTotpRequired(held, settings.totpRoles),
  };
}

/** A new secret, unconfirmed until a first code: shown this once as text and QR code. */
export async function startEnrolment(db: Db, session: repo.SessionRow, settings: TotpSettings) {
  const secret = new Secret({ size: 20 }).base32;
  const stored = sealSecret(secret, session.user.id, settings.totpKey);
  if (
    !(await totpRepo.putPendingTotp(db, {
      userId: session.user.id,
      regionId: session.user.regionId,
      secret: stored,
    }))
  )
    throw conflict('totp_already_enrolled');
  const totp = totpOf(secret);
  totp.label = session.user.username;
  const uri = totp.toString();
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/** The first code confirms the secret; the recovery codes are made and answered once. */
export async function confirmEnrolment(
  db: Db,
  session: repo.SessionRow,
  actor: Actor,
  code: string,
  settings: TotpSettings,
): Promise<{ me: Me; recoveryCodes: string[] }> {
  const now = new Date();
  const row = await totpRepo.findTotp(db, session.user.id);
  if (!row) throw conflict('totp_enrolment_not_started');
  if (row.confirmedAt) throw conflict('totp_already_enrolled');
  const step = await checkCode(db, row, code, settings, now);
  const recoveryCodes = makeRecoveryCodes();
  await db.transaction(async (tx) => {
    await totpRepo.confirmTotp(tx, session.user.id, step, now);
    await totpRepo.replaceRecoveryCodes(
      tx,
      { userId: session.user.id, regionId: session.user.regionId },
      recoveryCodes.map(hashRecoveryCode),
    );
    if (session.secondFactor !== 'none')
      await repo.setSessionSecondFactor(
        tx,
        session.tokenHash,
        'none',
        slidingExpiry(session.createdAt, now, settings),
      );
    await audit(tx, actor, 'create', session.user.id, {
      username: session.user.username,
      recoveryCodes: recoveryCodes.length,
    });
  });
  return { me: await toMe(db, { ...session, secondFactor: 'none' }), recoveryCodes };
}

function requireDue(session: repo.SessionRow) {
  if (session.secondFactor !== 'verify') throw conflict('no_second_factor_due');
}

/** The sign-in's second step: the session gets its full lifetime. */
async function completeSignIn(db: Queryable, session: repo.SessionRow, settings: TotpSettings, now: Date) {
  await repo.setSessionSecondFactor(
    db,
    session.tokenHash,
    'none',
    slidingExpiry(session.createdAt, now, settings),
  );
  return toMe(db, { ...session, secondFactor: 'none' });
}

export async function verifyCode(db: Db, session: repo.SessionRow, code: string, settings: TotpSettings) {
  requireDue(session);
  const now = new Date();
  await checkCode(db, await confirmedTotp(db, session.user.id), code, settings, now);
  return completeSignIn(db, session, settings, now);
}

/** A recovery code instead of the app: each works once, and its use is in the audit log. */
export async function useRecoveryCode(
  db: Db,
  session: repo.SessionRow,
  actor: Actor,
  recoveryCode: string,
  settings: TotpSettings,
) {
  requireDue(session);
  const now = new Date();
  const row = await confirmedTotp(db, session.user.id);
  checkNotLocked(row, now);
  const me = await db.transaction(async (tx) => {
    if (!(await totpRepo.useRecoveryCode(tx, session.user.id, hashRecoveryCode(recoveryCode), now)))
      return null;
    const left = await totpRepo.countRecoveryCodesLeft(tx, session.user.id);
    await audit(tx, actor, 'update', session.user.id, {
      username: session.user.username,
      recoveryCodeUsed: true,
      left,
    });
    return completeSignIn(tx, session, settings, now);
  });
  return (
    me ??
    wrongCode(
      db,
      session.user.id,
      now,
      problem(401, 'wrong_recovery_code').at('recoveryCode', 'wrong_recovery_code'),
    )
  );
}

/** New recovery codes for a signed-in user, confirmed with a current code; the old ones stop working. */
export async function renewRecoveryCodes(
  db: Db,
  session: repo.SessionRow,
  actor: Actor,
  code: string,
  settings: TotpSettings,
) {
  const now = new Date();
  await checkCode(db, await confirmedTotp(db, session.user.id), code, settings, now);
  const recoveryCodes = makeRecoveryCodes();
  await db.transaction(async (tx) => {
    await totpRepo.replaceRecoveryCodes(
      tx,
      { userId: session.user.id, regionId: session.user.regionId },
      recoveryCodes.map(hashRecoveryCode),
    );
    await audit(tx, actor, 'update', session.user.id, {
      username: session.user.username,
      recoveryCodesRenewed: recoveryCodes.length,
    });
  });
  return { recoveryCodes };
}

/**
 * The region admin's reset (a lost phone): the secret and the recovery codes go and the account's
 * sessions end; the next sign-in enrols again when the region requires it. Audited.
 */
export async function resetAccountTotp(db: Db, actor: Actor, id: string) {
  requireAccountAdmin(actor);
  const account = await getAccount(db, actor, id);
  return db.transaction(async (tx) => {
    if (!(await totpRepo.deleteTotp(tx, id))) throw conflict('totp_not_enrolled');
    const sessionsEnded = await deleteSessionsOf(tx, actor.regionId, id);
    await appendAudit(
      tx,
      { ...actor, reason: 'kontoadministration' },
      {
        action: 'delete',
        entity: 'user_totp',
        entityId: id,
        patientIds: [],
        detail: { username: account.username, totpReset: true, sessionsEnded },
      },
    );
    return getAccount(tx, actor, id);
  });
}

/** The region's TOTP roles (region admin). */
export async function getTotpRoles(db: Db, actor: Actor) {
  requireAccountAdmin(actor);
  return { roles: [...(await accessSettingsOf(db, actor.regionId)).totpRoles].sort() };
}

/** The region admin chooses the roles that must use TOTP; audited with before and after. */
export async function chooseTotpRoles(db: Db, actor: Actor, roles: Role[]) {
  requireAccountAdmin(actor);
  return db.transaction(async (tx) => {
    const before = [...(await accessSettingsOf(tx, actor.regionId)).totpRoles].sort();
    await setTotpRoles(tx, actor.regionId, roles);
    await appendAudit(
      tx,
      { ...actor, reason: 'kontoadministration' },
      {
        action: 'update',
        entity: 'access_settings',
        entityId: actor.regionId,
        patientIds: [],
        detail: { totpRoles: { before, after: roles } },
      },
    );
    return { roles };
  });
}

// ---- sessions ----

export async function listSessions(db: Db, session: repo.SessionRow): Promise<SessionInfo[]> {
  const rows = await repo.findSessionsOf(db, session.user.regionId, session.user.id, new Date());
  return rows.map((r) => ({
    id: r.id,
    userAgent: r.userAgent,
    createdAt: r.createdAt.toISOString(),
    lastSeenAt: r.lastSeenAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    current: r.tokenHash === session.tokenHash,
  }));
}

/** Signs out one of the user's own sessions (another user's is a 404, as an absent one). */
export async function endSession(db: Db, session: repo.SessionRow, id: string) {
  if (!(await repo.deleteSessionById(db, session.user.regionId, session.user.id, id)))
    throw notFound('session');
  return { ok: true as const };
}

export async function endOtherSessions(db: Db, session: repo.SessionRow) {
  return { ended: await deleteSessionsOf(db, session.user.regionId, session.user.id, session.tokenHash) };
}

/** The region admin signs an account out everywhere (audited). */
export async function endAccountSessions(db: Db, actor: Actor, id: string) {
  requireAccountAdmin(actor);
  const account = await getAccount(db, actor, id);
  return db.transaction(async (tx) => {
    const ended = await deleteSessionsOf(tx, actor.regionId, id);
    await appendAudit(
      tx,
      { ...actor, reason: 'kontoadministration' },
      {
        action: 'update',
        entity: 'user_account',
        entityId: id,
        patientIds: [],
        detail: { username: account.username, signedOutEverywhere: true, sessionsEnded: ended },
      },
    );
    return { ended };
  });
}
