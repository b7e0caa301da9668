import { createHash, randomBytes } from 'node:crypto';

/*
 * Secrets of the survey links and the kiosk: 256 random bits as base64url (43 characters). Only a
 * SHA-256 of a token is kept, so the database (or a memory dump) cannot give a working link back.
 */

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

export const newToken = () => randomBytes(32).toString('base64url');

/** The stored form of a token. */
export const hashToken = (token: string) =>
  createHash('sha256').update(`lotsa-survey:${token}`).digest('hex');

/** A token of any other shape is not looked up at all (answered as unknown). */
export const isTokenShaped = (token: string) => TOKEN_SHAPE.test(token);

/**
 * A small sliding-window counter in memory: enough to slow down one client (per address or kiosk);
 * each server instance counts for itself.
 */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Records a hit and says whether it is within the limit. */
  take(key: string, now = Date.now()): boolean {
    const since = now - this.windowMs;
    const recent = (this.hits.get(key) ?? []).filter((t) => t > since);
    if (recent.length >= this.limit) {
      this.hits.set(key, recent);
      return false;
    }
    recent.push(now);
    this.hits.set(key, recent);
    if (this.hits.size > 10_000) this.sweep(since);
    return true;
  }

  private sweep(since: number) {
    for (const [k, ts] of this.hits) if (!ts.some((t) => t > since)) this.hits.delete(k);
  }
}
