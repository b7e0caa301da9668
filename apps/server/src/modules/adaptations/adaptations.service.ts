import {
  type AdaptationProfile,
  deriveSchedulingRequirements,
  type SchedulingRequirements,
  type ZAdaptationProfileInput,
} from '@lotsa/contracts';
import type { z } from 'zod';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../lib/actor.ts';
import { unwrapPatient } from '../patients/index.ts';
import * as repo from './adaptations.repository.ts';
import { normaliseItem, summariseVersions, toAdaptationProfile } from './adaptations.rules.ts';

export async function getAdaptations(db: Db, actor: Actor, patientId: string): Promise<AdaptationProfile> {
  const row = unwrapPatient(await repo.readCurrentAdaptations(db, actor, patientId));
  return toAdaptationProfile(patientId, row);
}

export async function saveAdaptations(
  db: Db,
  actor: Actor,
  patientId: string,
  input: z.output<typeof ZAdaptationProfileInput>,
): Promise<AdaptationProfile> {
  const row = unwrapPatient(
    await repo.insertAdaptationVersion(db, actor, patientId, {
      items: input.items.map(normaliseItem),
      topThree: input.topThree,
      consentBy: input.consentBy,
    }),
  );
  return toAdaptationProfile(patientId, row);
}

export async function listAdaptationVersions(db: Db, actor: Actor, patientId: string) {
  const rows = unwrapPatient(await repo.listAdaptationVersions(db, actor, patientId));
  return summariseVersions(rows);
}

/**
 * For the scheduler: what a booking for this patient needs (room features, minimum length, time of
 * day, companion, interpreter…), derived from the current profile. The read is audited like any other.
 */
export async function getSchedulingRequirements(
  db: Db,
  actor: Actor,
  patientId: string,
): Promise<SchedulingRequirements> {
  const row = unwrapPatient(await repo.readCurrentAdaptations(db, actor, patientId));
  return deriveSchedulingRequirements(row?.items ?? []);
}
