import { randomBytes } from 'node:crypto';
import { renderAnyMessage, ZNewPassword, ZUsername } from '@lotsa/contracts';
import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { type AuditActor, appendAudit } from '../../kernel/index.ts';
import { DEMO_SEED_LOCK_KEY } from '../../ops/locks.ts';
import { insertRegion, listRegionNames } from '../organisation/index.ts';
import { hashPassword } from './access.service.ts';
import { insertAccount } from './accounts.repository.ts';

/*
 * The first start without demo data (issue #21 item 5): the first region and its first region admin,
 * from `npm run setup` (scripts/setup.ts) or LOTSA_SETUP_* at start (main.ts). Everything else (areas,
 * units, staff, more accounts) the admin then adds under Administration. It runs once: with any region
 * in the database (a finished setup, or the demo data) it refuses and changes nothing.
 */

/** A region's code: a short slug, unique (e.g. `orebro`). */
const ZRegionCode = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, 'the region code must be 2–40 of a–z, digits and hyphens');

export const ZFirstRegion = z.object({
  regionName: z.string().trim().min(2, 'the region name must have at least 2 characters').max(120),
  regionCode: ZRegionCode.optional(),
  adminUsername: ZUsername,
  adminDisplayName: z.string().trim().min(1).max(120).optional(),
  /** Unset: one is made and shown once. Either way it is temporary: the admin chooses their own at first sign-in. */
  password: ZNewPassword.optional(),
});
export type FirstRegionInput = z.input<typeof ZFirstRegion>;

export interface FirstRegion {
  regionId: string;
  regionCode: string;
  regionName: string;
  adminUserId: string;
  adminUsername: string;
  /** The temporary password when it was made here (show it once); null when the caller gave it. */
  generatedPassword: string | null;
}

/** Setup refused, nothing changed: already done, or bad input. The message says what to do instead. */
export class SetupRefused extends Error {
  constructor(
    readonly reason: 'already_set_up' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

/** A contract's issue message is a catalogue code (with `params`): the command speaks English. */
const issueText = (i: { message: string; params?: unknown }) =>
  renderAnyMessage('en', i.message, i.params) ?? i.message;

/** `Region Örebro län` → `region-orebro-lan`. */
export function regionCodeOf(name: string): string {
  const slug = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return slug.length >= 2 ? slug : 'region';
}

/** Who the setup's audit entries name: no user (nobody is signed in yet), the command that did it. */
const setupActor = (regionId: string): AuditActor => ({
  regionId,
  userId: null,
  userName: 'lotsa setup',
  activeUnitId: null,
  reason: 'första start: region och första regionadministratör',
});

export async function setUpFirstRegion(db: Db, input: FirstRegionInput): Promise<FirstRegion> {
  const parsed = ZFirstRegion.safeParse(input);
  if (!parsed.success)
    throw new SetupRefused(
      'invalid',
      `Setup refused, nothing changed:\n${parsed.error.issues.map((i) => `  ${i.path.join('.') || 'input'}: ${issueText(i)}`).join('\n')}`,
    );
  const v = parsed.data;
  const generatedPassword = v.password ? null : randomBytes(15).toString('base64url');
  const password = v.password ?? generatedPassword!;
  const passwordHash = await hashPassword(password);
  const regionCode = v.regionCode ?? regionCodeOf(v.regionName);
  const displayName = v.adminDisplayName ?? v.adminUsername;
  return db.transaction(async (tx) => {
    // The demo seed's lock too: two setups, or a setup and the demo seed, never both make a first region.
    await tx.execute(sql`select pg_advisory_xact_lock(${DEMO_SEED_LOCK_KEY})`);
    const existing = await listRegionNames(tx);
    if (existing.length > 0)
      throw new SetupRefused(
        'already_set_up',
        `Lotsa is already set up: the database has ${existing.length === 1 ? 'the region' : `${existing.length} regions:`} ${existing.map((n) => `"${n}"`).join(', ')}. Setup runs only once and changed nothing. A region admin adds accounts under Administration → Konton (and can give a forgotten password a new temporary one).`,
      );
    const regionId = await insertRegion(tx, regionCode, v.regionName);
    const adminUserId = await insertAccount(tx, regionId, {
      username: v.adminUsername,
      displayName,
      staffId: null,
      isRegionAdmin: true,
      passwordHash,
    });
    const actor = setupActor(regionId);
    await appendAudit(tx, actor, {
      action: 'create',
      entity: 'region',
      entityId: regionId,
      patientIds: [],
      detail: { code: regionCode, name: v.regionName },
    });
    await appendAudit(tx, actor, {
      action: 'create',
      entity: 'user_account',
      entityId: adminUserId,
      patientIds: [],
      detail: {
        after: { username: v.adminUsername, displayName, isRegionAdmin: true, roles: {}, active: true },
        temporaryPassword: true,
        passwordFrom: generatedPassword ? 'generated' : 'given',
      },
    });
    return {
      regionId,
      regionCode,
      regionName: v.regionName,
      adminUserId,
      adminUsername: v.adminUsername,
      generatedPassword,
    };
  });
}

/** The setup from LOTSA_SETUP_* (main.ts at start): null when LOTSA_SETUP_REGION is not set. */
export function setupInputFromEnv(env: NodeJS.ProcessEnv): FirstRegionInput | null {
  if (!env.LOTSA_SETUP_REGION) return null;
  if (!env.LOTSA_SETUP_ADMIN)
    throw new SetupRefused(
      'invalid',
      'LOTSA_SETUP_REGION is set but LOTSA_SETUP_ADMIN (the first admin’s user name) is not.',
    );
  return {
    regionName: env.LOTSA_SETUP_REGION,
    regionCode: env.LOTSA_SETUP_REGION_CODE || undefined,
    adminUsername: env.LOTSA_SETUP_ADMIN,
    adminDisplayName: env.LOTSA_SETUP_ADMIN_NAME || undefined,
    password: env.LOTSA_SETUP_PASSWORD || undefined,
  };
}

/** What to print after a setup (the generated password once; never one that was given). */
export function describeSetup(r: FirstRegion): string {
  return [
    `Lotsa is set up: region "${r.regionName}" (code ${r.regionCode}) and its first region admin "${r.adminUsername}".`,
    r.generatedPassword
      ? `  temporary password (shown only now, stored only as a hash): ${r.generatedPassword}`
      : '  password: the one given in LOTSA_SETUP_PASSWORD (temporary)',
    `  Sign in as ${r.adminUsername}, choose your own password, then add areas, units, staff and accounts under Administration.`,
  ].join('\n');
}
