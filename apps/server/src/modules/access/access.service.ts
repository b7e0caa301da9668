import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Locale, Me, SecondFactorState } from '@lotsa/contracts';
import argon2 from 'argon2';
import type { Db, Queryable } from '../../db/database.ts';
import { accessSettingsOf } from '../../kernel/index.ts';
import { type Actor, DEFAULT_REASON } from '../../lib/actor.ts';
import { forbidden, problem } from '../../lib/errors.ts';
import { describeUnits } from '../organisation/index.ts';
import * as repo from './access.repository.ts';
import {
  isSignInLocked,
  isTotpRequired,
  SECOND_FACTOR_MINUTES,
  type SessionSettings,
  SIGN_IN_WINDOW_MINUTES,
  slidingExpiry,
} from './access.rules.ts';
import type { SessionCache } from './session-cache.ts';
import * as totpRepo from './totp.repository.ts';

/** argon2id with the library's defaults (64 MiB, 3 passes): OWASP's recommended family. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

// Verified against when the user name is unknown, so timing does not reveal which names exist.
let dummyHash: Promise<string> | undefined;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export function safeEqual(a: string, b: string): boolean {
  const ab = Buffer.from(a);
  const bb = Buffer.from(b);
  return ab.length === bb.length && timingSafeEqual(ab, bb);
}

const tooMany = () => problem(429, 'sign_in_locked', { minutes: SIGN_IN_WINDOW_MINUTES, after: 'sign_ins' });

const wrongCredentials = () => problem(401, 'wrong_credentials');

export type { SessionSettings };

/**
 * What a password sign-in still owes: a code when the account has TOTP, enrolment when the region
 * requires it for one of the account's roles (`access_settings.totp_roles`), else nothing.
 */
async function secondFactorDue(
  db: Queryable,
  user: { id: string; regionId: string },
): Promise<SecondFactorState> {
  if (await totpRepo.hasConfirmedTotp(db, user.id)) return 'verify';
  const [{ totpRoles }, held] = await Promise.all([
    accessSettingsOf(db, user.regionId),
    repo.findRolesOfUser(db, user.regionId, user.id),
  ]);
  return isTotpRequired(held, totpRoles) ? 'enrol' : 'none';
}

/** The session's end: the full lifetime, or a short one while the second step is owed. */
export function sessionExpiry(now: Date, secondFactor: SecondFactorState, settings: SessionSettings): Date {
  return new Date(
    now.getTime() +
      (secondFactor === 'none'
        ? slidingExpiry(now, now, settings).getTime() - now.getTime()
        : SECOND_FACTOR_MINUTES * 60_000),
  );
}

export async function signIn(
  db: Db,
  input: { username: string; password: string },
  ip: string,
  settings: SessionSettings,
  userAgent: string | null = null,
): Promise<{ token: string; me: Me }> {
  const now = new Date();
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MINUTES * 60_000);
  if (isSignInLocked(await repo.countRecentFailures(db, input.username, ip, since))) throw tooMany();
  const user = await repo.findUserByUsername(db, input.username);
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  const ok = await argon2.verify(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !ok || !user.active) {
    await repo.recordFailedSignIn(db, input.username, ip);
    throw wrongCredentials();
  }
  await repo.clearFailedSignIns(db, input.username);
  const token = randomBytes(32).toString('base64url');
  const tokenHash = hashToken(token);
  const secondFactor = await secondFactorDue(db, user);
  await repo.insertSession(db, {
    tokenHash,
    regionId: user.regionId,
    userId: user.id,
    csrfToken: randomBytes(24).toString('base64url'),
    activeUnitId: null,
    expiresAt: sessionExpiry(now, secondFactor, settings),
    secondFactor,
    userAgent: userAgent?.slice(0, 300) || null,
  });
  const session = await repo.loadSession(db, tokenHash, now);
  if (!session) throw new Error('session vanished right after it was created');
  // Start in the user's first unit (by name), so a one-unit user never has to choose.
  const me = await toMe(db, session);
  const first = me.units[0];
  if (first) {
    await repo.setSessionUnit(db, tokenHash, first.id);
    session.activeUnitId = first.id;
    me.activeUnitId = first.id;
  }
  return { token, me };
}

/** The signed-in person as the web sees them: the region's and the units' names come from organisation. */
export async function toMe(db: Queryable, s: repo.SessionRow): Promise<Me> {
  const roles = new Map(s.units.map((u) => [u.id, u.roles]));
  const [{ regionName, units }, totpEnrolled] = await Promise.all([
    describeUnits(db, s.user.regionId, [...roles.keys()]),
    totpRepo.hasConfirmedTotp(db, s.user.id),
  ]);
  return {
    user: { ...s.user, regionName, totpEnrolled },
    units: units.map((u) => ({ id: u.id, name: u.name, roles: roles.get(u.id) ?? [] })),
    activeUnitId: s.activeUnitId,
    csrfToken: s.csrfToken,
    secondFactor: s.secondFactor,
  };
}

export function toActor(s: repo.SessionRow): Actor {
  return {
    userId: s.user.id,
    userName: s.user.displayName,
    regionId: s.user.regionId,
    activeUnitId: s.activeUnitId,
    unitRoles: new Map(s.units.map((u) => [u.id, u.roles])),
    isRegionAdmin: s.user.isRegionAdmin,
    locale: s.user.locale,
    reason: DEFAULT_REASON,
  };
}

/** Finds the live session of a cookie's token, sliding its expiry at most once a minute. */
export async function resolveSession(db: Db, token: string, settings: SessionSettings, cache?: SessionCache) {
  const now = new Date();
  const tokenHash = hashToken(token);
  let session = cache?.get(tokenHash, now) ?? null;
  if (!session) {
    const mark = cache?.mark ?? 0;
    session = await repo.loadSession(db, tokenHash, now);
    if (!session) return null;
    cache?.set(session, mark, now);
  }
  // A session owing its second step keeps its short lifetime (no sliding).
  if (session.secondFactor === 'none' && now.getTime() - session.lastSeenAt.getTime() > 60_000) {
    // Its trigger tells every instance's cache to drop the session; this one takes it again next time.
    // Until that notice arrives, the copy in memory carries the new expiry itself, so a session whose
    // lifetime this request ended is not answered from memory on the next one.
    const expiresAt = slidingExpiry(session.createdAt, now, settings);
    session.lastSeenAt = now;
    session.expiresAt = expiresAt;
    await repo.touchSession(db, tokenHash, now, expiresAt);
  }
  return session;
}

export async function signOut(db: Db, token: string) {
  await repo.deleteSession(db, hashToken(token));
}

export async function setActiveUnit(db: Db, session: repo.SessionRow, unitId: string): Promise<Me> {
  if (!session.units.some((u) => u.id === unitId)) throw forbidden('no_role_at_unit');
  await repo.setSessionUnit(db, session.tokenHash, unitId);
  return toMe(db, { ...session, activeUnitId: unitId });
}

export async function setLocale(db: Db, session: repo.SessionRow, locale: Locale): Promise<Me> {
  await repo.setUserLocale(db, session.user.id, locale);
  return toMe(db, { ...session, user: { ...session.user, locale } });
}
