import type { Database, Listener } from '../../db/database.ts';
import type { SessionRow } from './access.repository.ts';

/** The channel the database's triggers notify on (migration 0016). */
export const SESSION_CHANNEL = 'lotsa_sessions';

/**
 * Sessions resolved by this instance, kept in memory so a request needs no session query (#18). Every
 * change that could change a session — the session row updated or deleted (sign-out, unit switch,
 * expiry, housekeeping), the user changed (deactivated, password, locale, admin flag), the user's roles,
 * a unit — is announced by a database trigger with `NOTIFY lotsa_sessions` on commit, and every instance
 * listening drops what it held (`s:<token hash>`, `u:<user id>`, `*`). While the listening connection is
 * lost, nothing is cached (messages may have been missed). A change through this instance also empties
 * the cache before its answer leaves (`clear()` from the session plugin after every state-changing
 * request), so the same instance never serves an old session after its own change. Entries also expire
 * after `ttlMs` whatever happens.
 */
export class SessionCache {
  private readonly entries = new Map<string, { session: SessionRow; at: number }>();
  /** Bumped by every invalidation: a load that started before one must not be cached after it. */
  private generation = 0;
  private listener: Listener | null = null;

  constructor(private readonly ttlMs: number) {}

  async start(database: Database): Promise<void> {
    this.listener = await database.listen(SESSION_CHANNEL, {
      onMessage: (payload) => this.invalidate(payload),
      onState: () => this.clear(),
    });
  }

  async stop(): Promise<void> {
    await this.listener?.close();
    this.listener = null;
    this.clear();
  }

  get usable(): boolean {
    return this.listener?.listening === true;
  }

  /** The generation to hand back to `set` (taken before the load). */
  get mark(): number {
    return this.generation;
  }

  get(tokenHash: string, now: Date): SessionRow | null {
    if (!this.usable) return null;
    const e = this.entries.get(tokenHash);
    if (!e) return null;
    if (now.getTime() - e.at > this.ttlMs || e.session.expiresAt.getTime() <= now.getTime()) {
      this.entries.delete(tokenHash);
      return null;
    }
    return e.session;
  }

  set(session: SessionRow, mark: number, now: Date): void {
    if (!this.usable || mark !== this.generation) return;
    this.entries.set(session.tokenHash, { session, at: now.getTime() });
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  private invalidate(payload: string): void {
    this.generation++;
    if (payload.startsWith('s:')) this.entries.delete(payload.slice(2));
    else if (payload.startsWith('u:')) {
      const userId = payload.slice(2);
      for (const [k, e] of this.entries) if (e.session.user.id === userId) this.entries.delete(k);
    } else this.entries.clear();
  }
}
