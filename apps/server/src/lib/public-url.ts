import type { FastifyRequest } from 'fastify';

/**
 * Where patients reach this Lotsa: the base of the links and QR codes printed on letters and survey
 * invitations. `LOTSA_PUBLIC_URL` when set (staff may use an internal host name that a patient's phone
 * cannot reach); otherwise the host the staff member's browser used. `X-Forwarded-*` is not trusted.
 */
export function publicBaseUrl(req: FastifyRequest, configured: string | undefined): string {
  return configured ? configured.replace(/\/+$/, '') : `${req.protocol}://${req.host}`;
}

/**
 * A request address fit for the log: the secret of a letter's or survey's link replaced by `…`, so a
 * log reader cannot open a patient's letter or answer a survey in someone's name (the list of such
 * paths and the rest of what is left out: lib/log-redaction.ts).
 */
export { redactUrl as redactTokens } from './log-redaction.ts';
