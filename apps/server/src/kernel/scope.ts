import type { Db } from '../db/database.ts';
import type { Actor } from '../lib/actor.ts';

/**
 * The request scope: everything a use case needs to act for the signed-in person. Built once per
 * request by the session plugin (`request.scope`) and passed to services instead of `(db, actor)`
 * pairs. The region is the tenant: the kernel's guarded rows bind every row to it, so a module
 * never has to thread the region by hand to keep tenants apart.
 */
export interface Scope {
  readonly db: Db;
  readonly actor: Actor;
  /** The tenant (care provider); equal to `actor.regionId`. */
  readonly regionId: string;
  /** The units where the actor holds any role. */
  readonly unitIds: readonly string[];
}

export function scopeOf(db: Db, actor: Actor): Scope {
  return { db, actor, regionId: actor.regionId, unitIds: [...actor.unitRoles.keys()] };
}
