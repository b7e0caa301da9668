import type { Account, Me, Role } from '@lotsa/contracts';
import argon2 from 'argon2';
import type { Db, Queryable } from '../../db/database.ts';
// The repository, not the audit module's door: that door's routes use this module's rules (a cycle).
import { appendAudit } from '../../kernel/index.ts';
import type { Actor } from '../../lib/actor.ts';
import { conflict, fieldProblem, forbidden, notFound, problem } from '../../lib/errors.ts';
import { describeUnits, findStaffNames, staffInRegion, unitsInRegion } from '../organisation/index.ts';
import * as access from './access.repository.ts';
import { isSignInLocked, SIGN_IN_WINDOW_MINUTES } from './access.rules.ts';
import { hashPassword, toMe } from './access.service.ts';
import * as repo from './accounts.repository.ts';

/** Why account changes are used, in the audit log. */
const REASON = 'kontoadministration';

export interface AccountValues {
  displayName: string;
  staffId: string | null;
  units: Array<{ unitId: string; roles: Role[] }>;
  isRegionAdmin: boolean;
}

export function requireAccountAdmin(actor: Actor) {
  if (!actor.isRegionAdmin) throw forbidden('manage_accounts');
}

const audit = (
  tx: Queryable,
  actor: Actor,
  action: 'create' | 'update',
  entity: string,
  id: string,
  detail: Record<string, unknown>,
) => appendAudit(tx, { ...actor, reason: REASON }, { action, entity, entityId: id, patientIds: [], detail });

/** Accounts with their staff member's and units' names (from the organisation module). */
async function withNames(db: Queryable, regionId: string, rows: repo.AccountRow[]): Promise<Account[]> {
  const unitIds = [...new Set(rows.flatMap((r) => r.units.map((u) => u.id)))];
  const [{ units }, staffNames] = await Promise.all([
    describeUnits(db, regionId, unitIds),
    findStaffNames(
      db,
      regionId,
      rows.flatMap((r) => (r.staffId ? [r.staffId] : [])),
    ),
  ]);
  return rows.map(({ staffId, units: held, ...r }) => {
    const roles = new Map(held.map((u) => [u.id, u.roles]));
    return {
      ...r,
      staff: staffId ? { id: staffId, name: staffNames.get(staffId) ?? '' } : null,
      units: units.filter((u) => roles.has(u.id)).map((u) => ({ ...u, roles: roles.get(u.id) ?? [] })),
    };
  });
}

export async function listAccounts(db: Db, actor: Actor, unitId?: string): Promise<Account[]> {
  requireAccountAdmin(actor);
  return withNames(db, actor.regionId, await repo.findAccounts(db, actor.regionId, { unitId }));
}

/** The account of the actor's region, or 404 (another region's account is not there to see). */
export async function getAccount(db: Queryable, actor: Actor, id: string): Promise<Account> {
  const [account] = await withNames(db, actor.regionId, await repo.findAccounts(db, actor.regionId, { id }));
  if (!account) throw notFound('account');
  return account;
}

async function checkValues(db: Queryable, actor: Actor, v: AccountValues) {
  if (
    !(await unitsInRegion(
      db,
      actor.regionId,
      v.units.map((u) => u.unitId),
    ))
  )
    throw problem(400, 'unknown_unit', { several: true }).at('units', 'choose_units_in_region');
  if (v.staffId && !(await staffInRegion(db, actor.regionId, [v.staffId])))
    throw problem(400, 'unknown_staff', { several: false }).at('staffId', 'choose_staff_in_region');
}

const staffHasAccount = (username: string | null) =>
  problem(409, 'staff_has_account', { username }).at('staffId', 'staff_already_linked', { username });

/** One account per staff member: refused when another account is linked to them already. */
async function checkStaffFree(db: Queryable, staffId: string | null, accountId?: string) {
  if (!staffId) return;
  const other = await repo.accountOfStaff(db, staffId, accountId);
  if (other) throw staffHasAccount(other);
}

const usernameTaken = (username: string) =>
  problem(409, 'username_taken', { username }).at('username', 'username_taken', { username });

/** What of a database error may be passed on from a write that carried a password hash. */
const SAFE_ERROR_FIELDS = ['code', 'constraint', 'table', 'column', 'schema', 'severity'] as const;

/**
 * Runs a write that carries a password hash. Drizzle's error for a failed query lists the query's
 * parameters, the hash among them; PGlite's own error keeps the query and its parameters too, and a
 * not-null or check violation's `detail` shows the failing row. An error is logged: pass on a new error
 * with the database's message, code and constraint (what the error handler answers by) and nothing else.
 */
export async function hidingParams<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    // Drizzle's wrapper is never passed on; a driver error only when it is a database error (has a code).
    const wrapped = err instanceof Error && err.message.startsWith('Failed query');
    if (!wrapped && !(err instanceof Error && 'code' in err)) throw err;
    const dbError = wrapped ? (err as { cause?: unknown }).cause : err;
    const clean = new Error(dbError instanceof Error ? dbError.message : 'The database refused the write.');
    for (const field of SAFE_ERROR_FIELDS) {
      const value =
        dbError && typeof dbError === 'object' ? (dbError as Record<string, unknown>)[field] : undefined;
      if (value !== undefined) Object.assign(clean, { [field]: value });
    }
    throw clean;
  }
}

/** The constraint of a unique violation (two admins choosing the same name or person at once), else null. */
function uniqueViolation(err: unknown): string | null {
  let e: unknown = err;
  for (let i = 0; i < 3 && e && typeof e === 'object'; i++) {
    const x = e as { code?: unknown; constraint?: unknown; cause?: unknown };
    if (x.code === '23505') return String(x.constraint ?? '');
    e = x.cause;
  }
  return null;
}
const isUsernameRace = (err: unknown) => uniqueViolation(err)?.includes('username') ?? false;
const isStaffRace = (err: unknown) => uniqueViolation(err) === 'users_staff_uq';

export async function createAccount(
  db: Db,
  actor: Actor,
  input: AccountValues & { username: string; temporaryPassword: string },
): Promise<Account> {
  requireAccountAdmin(actor);
  await checkValues(db, actor, input);
  if (await repo.usernameTaken(db, input.username)) throw usernameTaken(input.username);
  await checkStaffFree(db, input.staffId);
  const passwordHash = await hashPassword(input.temporaryPassword);
  try {
    return await hidingParams(() =>
      db.transaction(async (tx) => {
        const id = await repo.insertAccount(tx, actor.regionId, {
          username: input.username,
          displayName: input.displayName,
          staffId: input.staffId,
          isRegionAdmin: input.isRegionAdmin,
          passwordHash,
        });
        await repo.replaceRoles(tx, actor.regionId, id, input.units);
        const account = await getAccount(tx, actor, id);
        await audit(tx, actor, 'create', 'user_account', id, { after: describe(account) });
        return account;
      }),
    );
  } catch (err) {
    if (isUsernameRace(err)) throw usernameTaken(input.username);
    if (isStaffRace(err)) throw staffHasAccount(null);
    throw err;
  }
}

/** What the audit log keeps of an account: no password, no hash. */
function describe(a: Account) {
  return {
    username: a.username,
    displayName: a.displayName,
    staffId: a.staff?.id ?? null,
    roles: Object.fromEntries(a.units.map((u) => [u.id, u.roles])),
    isRegionAdmin: a.isRegionAdmin,
    active: a.active,
  };
}

export async function updateAccount(db: Db, actor: Actor, id: string, v: AccountValues): Promise<Account> {
  requireAccountAdmin(actor);
  const before = await getAccount(db, actor, id);
  if (id === actor.userId && !v.isRegionAdmin) throw conflict('own_admin_flag');
  await checkValues(db, actor, v);
  await checkStaffFree(db, v.staffId, id);
  try {
    return await updateInTransaction(db, actor, id, v, before);
  } catch (err) {
    if (isStaffRace(err)) throw staffHasAccount(null);
    throw err;
  }
}

function updateInTransaction(db: Db, actor: Actor, id: string, v: AccountValues, before: Account) {
  return db.transaction(async (tx) => {
    await repo.updateAccount(tx, actor.regionId, id, {
      displayName: v.displayName,
      staffId: v.staffId,
      isRegionAdmin: v.isRegionAdmin,
    });
    await repo.replaceRoles(tx, actor.regionId, id, v.units);
    const after = await getAccount(tx, actor, id);
    await audit(tx, actor, 'update', 'user_account', id, {
      before: describe(before),
      after: describe(after),
    });
    return after;
  });
}

/** A new temporary password: the account must choose its own at the next sign-in; its sessions end now. */
export async function setTemporaryPassword(
  db: Db,
  actor: Actor,
  id: string,
  temporaryPassword: string,
): Promise<Account> {
  requireAccountAdmin(actor);
  const account = await getAccount(db, actor, id);
  if (id === actor.userId) throw conflict('own_password');
  const passwordHash = await hashPassword(temporaryPassword);
  return hidingParams(() =>
    db.transaction(async (tx) => {
      await repo.setPassword(tx, id, passwordHash, true);
      const sessionsEnded = await repo.deleteSessionsOf(tx, actor.regionId, id);
      await audit(tx, actor, 'update', 'user_account', id, {
        username: account.username,
        temporaryPassword: 'set',
        sessionsEnded,
      });
      return getAccount(tx, actor, id);
    }),
  );
}

/** Deactivating ends the account's sessions, and sign-in refuses an inactive account. */
export async function setAccountActive(db: Db, actor: Actor, id: string, active: boolean): Promise<Account> {
  requireAccountAdmin(actor);
  const account = await getAccount(db, actor, id);
  if (id === actor.userId && !active) throw conflict('own_account');
  return db.transaction(async (tx) => {
    await repo.updateAccount(tx, actor.regionId, id, { active });
    const sessionsEnded = active ? 0 : await repo.deleteSessionsOf(tx, actor.regionId, id);
    await audit(tx, actor, 'update', 'user_account', id, {
      username: account.username,
      active: { before: account.active, after: active },
      sessionsEnded,
    });
    return getAccount(tx, actor, id);
  });
}

const tooMany = () => problem(429, 'sign_in_locked', { minutes: SIGN_IN_WINDOW_MINUTES, after: 'passwords' });

/**
 * The signed-in user chooses a new password: the current one must be right (wrong guesses count
 * like failed sign-ins) and the new one must differ. The user's other sessions end; this one stays.
 */
export async function changeOwnPassword(
  db: Db,
  session: access.SessionRow,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  ip: string,
): Promise<Me> {
  const username = session.user.username;
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MINUTES * 60_000);
  if (isSignInLocked(await access.countRecentFailures(db, username, ip, since))) throw tooMany();
  const hash = await repo.findPasswordHash(db, session.user.id);
  if (!hash || !(await argon2.verify(hash, input.currentPassword))) {
    await access.recordFailedSignIn(db, username, ip);
    throw fieldProblem('currentPassword', 'wrong_password');
  }
  if (input.newPassword === input.currentPassword) throw fieldProblem('newPassword', 'same_password');
  const newHash = await hashPassword(input.newPassword);
  await hidingParams(() =>
    db.transaction(async (tx) => {
      await repo.setPassword(tx, session.user.id, newHash, false);
      const otherSessionsEnded = await repo.deleteSessionsOf(
        tx,
        session.user.regionId,
        session.user.id,
        session.tokenHash,
      );
      await access.clearFailedSignIns(tx, username);
      await appendAudit(
        tx,
        { ...actor, reason: REASON },
        {
          action: 'update',
          entity: 'user_password',
          entityId: session.user.id,
          patientIds: [],
          detail: { username, wasTemporary: session.user.mustChangePassword, otherSessionsEnded },
        },
      );
    }),
  );
  return toMe(db, { ...session, user: { ...session.user, mustChangePassword: false } });
}
