import { createHash } from 'node:crypto';
import type { ZPublicRegistration } from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import { AppError, problem } from '../../lib/errors.ts';
import { routePublicRegistration } from './intake.criteria.ts';
import { claimFor, contentHashOf } from './intake.duplicates.ts';
import { insertPublicRegistration } from './intake.public.repository.ts';
import { applicantColumns, newReference, personColumns } from './intake.service.ts';

/**
 * The public interest form: no account, no session. It answers a receipt with a reference and never
 * anything stored; it is rate-limited per client address; the honeypot field `website` is refused by
 * the contract (400) before anything runs; the body is limited in the route (32 KB, else 413).
 * A repeated submission (the same idempotency key within 24 hours, or without a key the same identity
 * number and content within 10 minutes) answers the first one's receipt; the same key with other
 * content is refused (422 `idempotency_key_reused`). A person with an open registration gets the same
 * answer as anyone (the form never tells whether a number is registered); the new registration is
 * marked as a possible duplicate for the navigator.
 */

/** Accepted submissions per client address and window. */
export const PUBLIC_FORM_LIMIT = 5;
export const PUBLIC_FORM_WINDOW_MINUTES = 10;
/** The form's largest body; larger is answered 413 and never read. */
export const PUBLIC_FORM_BODY_LIMIT = 32 * 1024;

/** A SHA-256 of the client address: enough to count, not stored in the clear. */
export const hashAddress = (ip: string) =>
  createHash('sha256').update(`lotsa-intake-form:${ip}`).digest('hex');

const tooMany = () => problem(429, 'too_many_registrations', { minutes: PUBLIC_FORM_WINDOW_MINUTES });

const noUnit = () => problem(422, 'no_unit_for_municipality');

export async function submitPublicRegistration(
  db: Db,
  input: z.output<typeof ZPublicRegistration>,
  ip: string,
  now = new Date(),
) {
  const claim = claimFor(input, contentHashOf(input as unknown as Record<string, unknown>), now);
  const result = await insertPublicRegistration(db, {
    claim,
    ipHash: hashAddress(ip),
    windowStart: new Date(now.getTime() - PUBLIC_FORM_WINDOW_MINUTES * 60_000),
    limit: PUBLIC_FORM_LIMIT,
    municipalityCode: input.person.municipalityCode,
    route: (units) => routePublicRegistration(input.person.municipalityCode, units)?.unit ?? null,
    values: {
      reference: newReference(),
      channel: 'public',
      source: input.source,
      ...personColumns(input.person),
      ...applicantColumns(input.applicant),
      contactPreference: input.contactPreference,
      contactConsent: input.consentToContact,
      disabilities: input.disabilities,
      diagnoses: [],
      currentCareContacts: input.currentCareContacts,
      hardToday: input.hardToday,
      plannedStartDate: null,
    },
    at: now,
    auditActor: (regionId, unitId) => ({
      regionId,
      userId: null,
      userName: 'Webbformuläret (intresseanmälan)',
      activeUnitId: unitId,
      reason: 'intresseanmälan via webbformuläret',
    }),
  });
  if (result.status === 'rate_limited') throw tooMany();
  if (result.status === 'no_unit') throw noUnit();
  if (result.status === 'key_reused') throw problem(422, 'idempotency_key_reused');
  return { received: true as const, reference: result.reference };
}
